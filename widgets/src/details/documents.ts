import { html, nothing } from 'lit';
import { ATTACHMENT_TYPES } from 'treffpunkt-shared/attachments';
import type { Locale, WireAttachment } from 'treffpunkt-shared/wire';
import { safeUrl } from '../shared/safe-url';

/** "PDF, 1.2 MB": a document's kind and its size. */
function fileFacts(file: WireAttachment, locale: Locale): string {
  const size = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    Math.max(file.size / 1e6, 0.1),
  );
  return [ATTACHMENT_TYPES[file.mime], size].filter(Boolean).join(', ');
}

/** A document as a link (its title) with its kind and size; its title alone where the address is refused. */
function documentItem(file: WireAttachment, locale: Locale) {
  const href = safeUrl(file.url);
  const title = href ? html`<a href=${href} type=${file.mime || nothing} download=${file.name || nothing}>${file.title}</a>` : file.title;
  return html`<li>${title} <span class="meta">(${fileFacts(file, locale)})</span></li>`;
}

/** A report's or a meeting's documents (minutes, slides), in the reader, an opened card and the pages. */
export const documentList = (attachments: WireAttachment[], locale: Locale) =>
  attachments.length ? html`<ul part="documents" class="documents">${attachments.map((file) => documentItem(file, locale))}</ul>` : nothing;
