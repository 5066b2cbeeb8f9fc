/**
 * Rules an editor meets in the admin, as clear messages on the field: a meeting that ends
 * before it starts, a series that cannot be (validation/recurrence.ts), a slug another document
 * uses, and on publish a report or event without network or an image without alternative text.
 */
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, isTreffpunktUid, type TreffpunktUid as Uid } from 'treffpunkt-shared/content-types';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../time/zoned-time';
import { checkRecurrence } from './recurrence';

type Data = Record<string, unknown>;

interface MediaFile {
  name?: string;
  alternativeText?: string | null;
}

const DOCUMENT_NAMES: Record<Uid, string> = {
  [CONTENT_TYPES.network]: 'network',
  [CONTENT_TYPES.event]: 'event',
  [CONTENT_TYPES.report]: 'report',
};
const IMAGE_FIELDS: Record<Uid, string[]> = {
  [CONTENT_TYPES.network]: ['logo'],
  [CONTENT_TYPES.event]: ['image'],
  [CONTENT_TYPES.report]: ['cover', 'gallery'],
};

function fieldError(path: string, message: string): errors.ValidationError {
  return new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
}

export function editorRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const documents = (uid: Uid) => strapi.documents(uid);

  async function currentDraft(uid: Uid, documentId: string | undefined, locale: string | undefined, populate: object = {}) {
    if (!documentId) return null;
    return (await documents(uid).findOne({ documentId, locale, status: 'draft', populate } as never)) as Data | null;
  }

  async function checkSlugIsFree(uid: Uid, slug: unknown, documentId: string | undefined) {
    if (typeof slug !== 'string' || slug === '') return;
    const other = await strapi.db.query(uid).findOne({
      where: { slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['documentId'],
    });
    if (other) {
      throw fieldError(
        'slug',
        `The slug "${slug}" is already used by another ${DOCUMENT_NAMES[uid]}; please choose another. (Dieser Kurzname ist schon vergeben.)`,
      );
    }
  }

  function checkDates(data: Data) {
    const { start, end } = data;
    if (!start || !end) return;
    if (new Date(end as string).getTime() < new Date(start as string).getTime()) {
      throw fieldError('end', 'The end lies before the start; please correct the dates. (Das Ende liegt vor dem Beginn.)');
    }
  }

  function checkTimeZone(timeZone: unknown) {
    if (timeZone === undefined || timeZone === null || (typeof timeZone === 'string' && isValidTimeZone(timeZone))) return;
    throw fieldError(
      'timeZone',
      `"${String(timeZone)}" is not a time zone; use a name like Europe/Berlin. (Bitte eine Zeitzone wie Europe/Berlin angeben.)`,
    );
  }

  /** A series is checked against the meeting's own timing: the saved one, where the write leaves it. */
  function checkSeries(meeting: Data) {
    if (meeting.recurrence === null || meeting.recurrence === undefined || !meeting.start) return;
    const checked = checkRecurrence(meeting.recurrence, {
      start: meeting.start as string,
      end: meeting.end as string | null,
      timeZone: (meeting.timeZone as string) || DEFAULT_TIME_ZONE,
      datePrecision: (meeting.datePrecision as string) ?? 'time',
    });
    if ('message' in checked) throw fieldError('recurrence', checked.message);
  }

  async function checkWrite(uid: Uid, params: { documentId?: string; locale?: string; data?: Data }) {
    const data = params.data ?? {};
    await checkSlugIsFree(uid, data.slug, params.documentId);
    if (uid !== CONTENT_TYPES.event) return;
    checkTimeZone(data.timeZone);
    const timing = ['start', 'end', 'timeZone', 'datePrecision', 'recurrence'];
    if (!timing.some((field) => field in data)) return;
    const draft = (await currentDraft(uid, params.documentId, params.locale)) ?? {};
    const meeting = { ...draft, ...Object.fromEntries(timing.filter((field) => field in data).map((field) => [field, data[field]])) };
    checkDates(meeting);
    checkSeries(meeting);
  }

  /** A translation may lack the relation while its network has no version in that language; the API reads it from another version. */
  async function anyVersionHasNetwork(uid: Uid, documentId: string | undefined) {
    return Boolean(
      documentId && (await strapi.db.query(uid).findOne({ where: { documentId, network: { id: { $notNull: true } } }, select: ['id'] })),
    );
  }

  function imagesWithoutAlt(uid: Uid, draft: Data): string | null {
    for (const field of IMAGE_FIELDS[uid]) {
      const value = draft[field] as MediaFile | MediaFile[] | null | undefined;
      const files = Array.isArray(value) ? value : value ? [value] : [];
      const missing = files.find((file) => !file.alternativeText?.trim());
      if (missing) return field;
    }
    return null;
  }

  async function checkPublish(uid: Uid, params: { documentId?: string; locale?: string }) {
    const populate = Object.fromEntries(
      [...IMAGE_FIELDS[uid], ...(uid === CONTENT_TYPES.network ? [] : ['network'])].map((f) => [f, true]),
    );
    const draft = await currentDraft(uid, params.documentId, params.locale, populate);
    if (!draft) return;
    if (uid !== CONTENT_TYPES.network && !draft.network && !(await anyVersionHasNetwork(uid, params.documentId))) {
      throw fieldError('network', `A ${DOCUMENT_NAMES[uid]} needs a network before it can be published. (Bitte ein Netzwerk wählen.)`);
    }
    if (uid === CONTENT_TYPES.event) {
      checkDates(draft);
      checkSeries(draft);
    }
    const field = imagesWithoutAlt(uid, draft);
    if (field) {
      throw fieldError(
        field,
        `Every image needs an alternative text before publishing, for visitors who cannot see it: add one in the media library. (Bildbeschreibung fehlt.)`,
      );
    }
  }

  return async (context, next) => {
    const uid = context.uid;
    if (!isTreffpunktUid(uid)) return next();
    const params = context.params as { documentId?: string; locale?: string; data?: Data; status?: string };
    if (context.action === 'publish') await checkPublish(uid, params);
    if (context.action !== 'create' && context.action !== 'update') return next();

    await checkWrite(uid, params);
    if (params.status !== 'published') return next();
    // Saving and publishing in one call: save the draft first, so that a refused publish loses nothing.
    const { status: _published, ...draftParams } = params;
    context.params = draftParams as typeof context.params;
    const draft = (await next()) as { documentId: string };
    const published = await documents(uid).publish({ documentId: draft.documentId, locale: params.locale } as never);
    return published.entries[0];
  };
}
