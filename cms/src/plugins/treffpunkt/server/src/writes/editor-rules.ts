/**
 * Rules an editor meets in the admin, as clear messages at the field (validation/editor-messages.ts):
 * a meeting that ends before it starts, a series that cannot be (validation/recurrence.ts), a slug
 * another document uses, and on publish a report or event without network or an image without
 * alternative text. A document-service middleware: writes/index.ts places it among the others.
 */
import type { Core, Modules } from '@strapi/strapi';
import { CONTENT_TYPES, isTreffpunktUid, type TreffpunktUid as Uid } from 'treffpunkt-shared/content-types';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../time/zoned-time';
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';
import { ATTACHMENT_KINDS, isAttachmentType } from 'treffpunkt-shared/attachments';
import { isSiteReportTemplate, SITE_REPORT_TEMPLATE_MAX_LENGTH } from 'treffpunkt-shared/widget-options';
import { documents } from '../repositories/published';
import { fieldError } from '../validation/editor-messages';
import { checkRecurrence } from '../validation/recurrence';

type Data = Record<string, unknown>;

interface MediaFile {
  name?: string;
  mime?: string;
  alternativeText?: string | null;
}

const DOCUMENT_NAMES: Record<Uid, Bilingual> = {
  [CONTENT_TYPES.network]: t('Netzwerk', 'network'),
  [CONTENT_TYPES.event]: t('Treffen', 'event'),
  [CONTENT_TYPES.report]: t('Bericht', 'report'),
};
const IMAGE_FIELDS: Record<Uid, string[]> = {
  [CONTENT_TYPES.network]: ['logo'],
  [CONTENT_TYPES.event]: ['image'],
  [CONTENT_TYPES.report]: ['cover', 'gallery'],
};

export function editorRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const refuse = (path: string, text: Bilingual) => fieldError(strapi, path, text);

  async function currentDraft(uid: Uid, documentId: string | undefined, locale: string | undefined, populate: object = {}) {
    if (!documentId) return null;
    return (await documents(strapi, uid).findOne({ documentId, locale, status: 'draft', populate })) as Data | null;
  }

  async function checkSlugIsFree(uid: Uid, slug: unknown, documentId: string | undefined) {
    if (typeof slug !== 'string' || slug === '') return;
    const other = await strapi.db.query(uid).findOne({
      where: { slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['documentId'],
    });
    if (other) {
      throw refuse(
        'slug',
        t(
          `Der Kurzname „${slug}“ ist schon vergeben (${DOCUMENT_NAMES[uid].de}); bitte einen anderen wählen.`,
          `The slug "${slug}" is already used by another ${DOCUMENT_NAMES[uid].en}; please choose another.`,
        ),
      );
    }
  }

  function checkDates(data: Data) {
    const { start, end } = data;
    if (!start || !end) return;
    if (new Date(end as string).getTime() < new Date(start as string).getTime()) {
      throw refuse(
        'end',
        t('Das Ende liegt vor dem Beginn; bitte die Daten korrigieren.', 'The end lies before the start; please correct the dates.'),
      );
    }
  }

  function checkTimeZone(timeZone: unknown) {
    if (timeZone === undefined || timeZone === null || (typeof timeZone === 'string' && isValidTimeZone(timeZone))) return;
    throw refuse(
      'timeZone',
      t(
        `„${String(timeZone)}“ ist keine Zeitzone; bitte eine wie Europe/Berlin angeben.`,
        `"${String(timeZone)}" is not a time zone; use a name like Europe/Berlin.`,
      ),
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
    if ('problem' in checked) throw refuse('recurrence', checked.problem);
  }

  /** A network's page addresses on its own website: absolute http(s), with {slug} where each document's goes. */
  function checkPageTemplates(data: Data) {
    for (const field of ['reportPageTemplate', 'meetingPageTemplate']) {
      const value = data[field];
      if (value === undefined || value === null || value === '' || (typeof value === 'string' && isSiteReportTemplate(value))) continue;
      throw refuse(
        field,
        t(
          `Bitte eine vollständige Adresse mit https:// und {slug} angeben (höchstens ${SITE_REPORT_TEMPLATE_MAX_LENGTH} Zeichen), z. B. https://example.org/berichte/{slug}.`,
          `Please give a whole address with https:// and {slug} (at most ${SITE_REPORT_TEMPLATE_MAX_LENGTH} characters), e.g. https://example.org/reports/{slug}.`,
        ),
      );
    }
  }

  async function checkWrite(uid: Uid, params: { documentId?: string; locale?: string; data?: Data }) {
    const data = params.data ?? {};
    await checkSlugIsFree(uid, data.slug, params.documentId);
    if (uid === CONTENT_TYPES.network) checkPageTemplates(data);
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

  /** An attachment of a file type visitors cannot open (shared/attachments.ts). */
  function checkAttachments(draft: Data) {
    const attachments = (draft.attachments ?? []) as { title?: string; file?: MediaFile | null }[];
    const refused = attachments.find((attachment) => attachment.file && !isAttachmentType(attachment.file.mime));
    if (!refused) return;
    const name = refused.file?.name ?? refused.title ?? '';
    throw refuse(
      'attachments',
      t(
        `„${name}“ kann nicht angehängt werden: erlaubt sind ${ATTACHMENT_KINDS}.`,
        `"${name}" cannot be attached: allowed are ${ATTACHMENT_KINDS}.`,
      ),
    );
  }

  async function checkPublish(uid: Uid, params: { documentId?: string; locale?: string }) {
    const withAttachments = uid === CONTENT_TYPES.network ? {} : { network: true, attachments: { populate: { file: true } } };
    const populate = { ...Object.fromEntries(IMAGE_FIELDS[uid].map((field) => [field, true])), ...withAttachments };
    const draft = await currentDraft(uid, params.documentId, params.locale, populate);
    if (!draft) return;
    if (uid !== CONTENT_TYPES.network && !draft.network && !(await anyVersionHasNetwork(uid, params.documentId))) {
      throw refuse(
        'network',
        t(
          `Vor dem Veröffentlichen bitte ein Netzwerk wählen (${DOCUMENT_NAMES[uid].de}).`,
          `A ${DOCUMENT_NAMES[uid].en} needs a network before it can be published.`,
        ),
      );
    }
    if (uid === CONTENT_TYPES.event) {
      checkDates(draft);
      checkSeries(draft);
    }
    checkAttachments(draft);
    const field = imagesWithoutAlt(uid, draft);
    if (field) {
      throw refuse(
        field,
        t(
          'Jedes Bild braucht vor dem Veröffentlichen eine Bildbeschreibung (Alternativtext) für alle, die es nicht sehen: bitte in der Medienbibliothek ergänzen.',
          'Every image needs an alternative text before publishing, for visitors who cannot see it: add one in the media library.',
        ),
      );
    }
  }

  return async (context, next) => {
    const uid = context.uid;
    if (!isTreffpunktUid(uid)) return next();
    const params = context.params as { documentId?: string; locale?: string; data?: Data };
    if (context.action === 'publish') await checkPublish(uid, params);
    if (context.action === 'create' || context.action === 'update') await checkWrite(uid, params);
    return next();
  };
}
