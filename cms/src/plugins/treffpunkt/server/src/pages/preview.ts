/**
 * The HTML of the preview page: the real widget bundle, pointed (`api`) at the token's own
 * little API. No inline script: the admin's Content-Security-Policy allows scripts from 'self' only.
 */
import { previewScriptPath } from 'treffpunkt-shared/admin-api';
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import { WIDGET_SCRIPT_PATH } from 'treffpunkt-shared/public-routes';
import { htmlPage } from './html';
import type { Locale } from 'treffpunkt-shared/wire';
import { OPEN_REPORT_ELEMENT_ID, type PreviewContent } from '../services/admin-preview';

const TEXT = {
  de: {
    title: 'Vorschau',
    draft: 'Vorschau des Entwurfs – so erscheint er in den Widgets auf Websites. Nach dem Speichern wird die Vorschau neu geladen.',
    published: 'Vorschau der veröffentlichten Fassung – so erscheint sie in den Widgets auf Websites.',
    inList: 'In der Liste der Berichte',
    opened: 'Geöffnet',
    noStart: 'Für die Vorschau bitte einen Beginn eintragen und speichern.',
    missing: 'Dieses Dokument gibt es in dieser Sprache oder Fassung nicht.',
    expired: 'Dieser Vorschau-Link ist abgelaufen. Bitte die Vorschau im Admin-Bereich neu öffnen.',
  },
  en: {
    title: 'Preview',
    draft: 'Preview of the draft – as the widgets show it on websites. The preview reloads after saving.',
    published: 'Preview of the published version – as the widgets show it on websites.',
    inList: 'In the list of reports',
    opened: 'Opened',
    noStart: 'Please enter a start and save to see the preview.',
    missing: 'This document does not exist in this language or version.',
    expired: 'This preview link has expired. Please open the preview again in the admin panel.',
  },
} satisfies Record<Locale, Record<string, string>>;

const STYLE = `body{margin:0;padding:1.5rem;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f;background:#f6f6f9}
main{max-width:56rem;margin:0 auto;display:grid;gap:1.5rem}
.note{margin:0;padding:.75rem 1rem;border-left:4px solid #4945ff;background:#f0f0ff;border-radius:4px}
h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#666687;margin:0 0 .5rem}`;

function page(locale: Locale, body: string): string {
  const head = `<script type="module" src="${WIDGET_SCRIPT_PATH}"></script>
<script type="module" src="${previewScriptPath}"></script>`;
  return htmlPage({ locale, title: TEXT[locale].title, style: STYLE, head, body: `<main>${body}</main>` });
}

export function previewPage(content: PreviewContent, options: { apiBase: string; locale: Locale; status: string }): string {
  const text = TEXT[options.locale];
  const note = `<p class="note">${options.status === 'published' ? text.published : text.draft}</p>`;
  const common = `api="${escapeHtml(options.apiBase)}" lang="${options.locale}"`;
  if (content.kind === 'missing') return page(options.locale, `${note}<p>${text.missing}</p>`);
  if (content.kind === 'event') {
    const widget = content.event
      ? `<treffpunkt-next-meeting ${common} network="${escapeHtml(content.event.network.slug)}"></treffpunkt-next-meeting>`
      : `<p>${text.noStart}</p>`;
    return page(options.locale, `${note}${widget}`);
  }
  const reports = (id: string) =>
    `<treffpunkt-latest-reports ${common}${id} network="${escapeHtml(content.report.network.slug)}" limit="1"></treffpunkt-latest-reports>`;
  return page(
    options.locale,
    `${note}<section><h2>${text.inList}</h2>${reports('')}</section><section><h2>${text.opened}</h2>${reports(` id="${OPEN_REPORT_ELEMENT_ID}"`)}</section>`,
  );
}

export function expiredPage(): string {
  return page('de', `<p class="note">${TEXT.de.expired}</p><p class="note" lang="en">${TEXT.en.expired}</p>`);
}

/** Reloads the preview after the editor saved (Strapi's preview posts `strapiUpdate` into the frame). */
export const PREVIEW_PAGE_SCRIPT = `addEventListener('message', (event) => {
  if (event.origin === location.origin && event.data && event.data.type === 'strapiUpdate') location.reload();
});
`;
