/**
 * Previews of a report or event exactly as the widgets render it, draft included, inside the
 * content manager's preview (config/admin.ts).
 *
 * Strapi asks the preview handler for a URL through an admin-authenticated route; only there
 * a short-lived token is signed for that one document, locale and status. The preview page
 * and its little API (the widgets' `api` attribute points at it) answer only with a valid
 * token and only about that document. The public API never returns a draft.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { previewPagePath } from 'treffpunkt-shared/admin-api';
import { toLocale } from 'treffpunkt-shared/locales';
import type { Locale, WireEvent, WireReport } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { EVENT_POPULATE, type StoredEvent } from '../repositories/events';
import { documents } from '../repositories/published';
import { FULL_REPORT_POPULATE, type StoredReport } from '../repositories/reports';
import { DEFAULT_TIME_ZONE, todayIn } from '../time/zoned-time';
import { publicOrigin } from '../urls/public-urls';
import { toWireEvent } from '../wire/event';
import { toWireReport } from '../wire/report';

/** Long enough for an editing session; the content manager asks for a new URL each time it opens the preview. */
export const PREVIEW_TOKEN_SECONDS = 60 * 60;

const PREVIEWABLE = { report: CONTENT_TYPES.report, event: CONTENT_TYPES.event } as const;
export type PreviewKind = keyof typeof PREVIEWABLE;

export interface PreviewGrant {
  kind: PreviewKind;
  documentId: string;
  locale: Locale;
  status: 'draft' | 'published';
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export type PreviewContent = { kind: 'report'; report: WireReport } | { kind: 'event'; event: WireEvent | null } | { kind: 'missing' };

/** What Strapi's preview route passes to the handler (see content-manager's preview validation). */
export interface PreviewParams {
  documentId?: string;
  locale?: string | null;
  status?: string;
}

/**
 * A report preview shows the card and, in a second element with this id, the opened report:
 * the widgets open a report named in the URL hash, and the preview API answers any slug.
 */
export const OPEN_REPORT_ELEMENT_ID = 'full';
const OPEN_REPORT_HASH = `#treffpunkt-report-${OPEN_REPORT_ELEMENT_ID}=preview`;

const PLACEHOLDER_NETWORK = { slug: 'preview', name: '—' };

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;
  const now = () => service('clock').now();

  /** Derived from the admin's JWT secret: every instance behind a load balancer accepts the others' tokens. */
  function signingKey(): Buffer {
    const secret = strapi.config.get<string>('admin.auth.secret');
    if (!secret) throw new Error('treffpunkt: previews need admin.auth.secret (ADMIN_JWT_SECRET)');
    return createHmac('sha256', secret).update('treffpunkt-preview').digest();
  }

  const signature = (payload: string) => createHmac('sha256', signingKey()).update(payload).digest();

  function sign(grant: PreviewGrant): string {
    const payload = base64url(JSON.stringify(grant));
    return `${payload}.${base64url(signature(payload))}`;
  }

  /** The grant of a token, or null when it is forged, damaged or expired. */
  function verify(token: string): PreviewGrant | null {
    const [payload, mac, extra] = token.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = signature(payload);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PreviewGrant;
      return grant.exp * 1000 > now().getTime() ? grant : null;
    } catch {
      return null;
    }
  }

  /** The admin asking for a preview may read this content type (Strapi's preview route checks only that someone is logged in). */
  function requesterMayRead(uid: string): boolean {
    const ability = strapi.requestContext.get()?.state?.userAbility;
    return Boolean(ability?.can('plugin::content-manager.explorer.read', uid));
  }

  /** The granted version, with what a draft may still lack (a slug, a network) filled in for display. */
  async function readGranted<Stored extends StoredReport | StoredEvent>(grant: PreviewGrant, populate: object): Promise<Stored | null> {
    const stored = (await documents(strapi, PREVIEWABLE[grant.kind]).findOne({
      documentId: grant.documentId,
      locale: grant.locale,
      status: grant.status,
      populate,
    })) as Stored | null;
    return stored && { ...stored, slug: stored.slug || 'preview', network: stored.network ?? PLACEHOLDER_NETWORK };
  }

  async function readReport(grant: PreviewGrant, baseUrl: string): Promise<PreviewContent> {
    const stored = await readGranted<StoredReport>(grant, FULL_REPORT_POPULATE);
    if (!stored) return { kind: 'missing' };
    const report = {
      ...stored,
      // A draft without publication date is shown as if it were published today.
      publicationDate: stored.publicationDate ?? todayIn(now(), DEFAULT_TIME_ZONE),
      publishedAt: stored.publishedAt ?? now().toISOString(),
    };
    return { kind: 'report', report: toWireReport(report, baseUrl, grant.locale) };
  }

  async function readEvent(grant: PreviewGrant, baseUrl: string): Promise<PreviewContent> {
    const stored = await readGranted<StoredEvent>(grant, EVENT_POPULATE);
    if (!stored) return { kind: 'missing' };
    // Without a start there is nothing the widget could show yet.
    if (!stored.start) return { kind: 'event', event: null };
    const previous = await service('events').previousReport(stored, grant.locale, baseUrl);
    return { kind: 'event', event: toWireEvent(stored, { locale: grant.locale, baseUrl, now: now() }, previous) };
  }

  return {
    sign,
    verify,

    /**
     * The preview handler of config/admin.ts: a URL for reports and events the requesting
     * admin may read, nothing (no preview panel) for anything else.
     */
    previewUrl(uid: string, params: PreviewParams): string | undefined {
      const kind = (Object.keys(PREVIEWABLE) as PreviewKind[]).find((key) => PREVIEWABLE[key] === uid);
      if (!kind || !params.documentId || !requesterMayRead(uid)) return undefined;
      const locale = toLocale(params.locale);
      const status = params.status === 'published' ? 'published' : 'draft';
      const exp = Math.floor(now().getTime() / 1000) + PREVIEW_TOKEN_SECONDS;
      const token = sign({ kind, documentId: params.documentId, locale, status, exp });
      return `${publicOrigin(strapi, strapi.requestContext.get()?.origin)}${previewPagePath(token)}${kind === 'report' ? OPEN_REPORT_HASH : ''}`;
    },

    /** The document of a grant in the wire format, as the widgets receive it from the public API. */
    content(grant: PreviewGrant, baseUrl: string): Promise<PreviewContent> {
      return grant.kind === 'report' ? readReport(grant, baseUrl) : readEvent(grant, baseUrl);
    },
  };
};
