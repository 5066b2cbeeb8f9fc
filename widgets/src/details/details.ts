/**
 * The widgets' second file, loaded on a visitor's first click: the full report in the reader
 * and the details of a meeting (host, description, the whole agenda). Nothing here is needed
 * to show the lists and cards, so the first load of a page stays small.
 */
import { css, html, nothing } from 'lit';
import type { Locale, WireEvent, WireReport } from 'treffpunkt-shared/wire';
import { heading } from '../shared/heading';
import { messages } from '../shared/i18n';
import { CARD_SIZES } from '../shared/media';
import { figure } from './figure';
import { richText } from './rich-text';

/** How the reader shows a report's body: quotes, line breaks as written, the gallery. */
export const readerStyles = css`
  .gallery {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: var(--_gap);
    padding: 0;
    list-style: none;
  }
  blockquote {
    padding-left: 1em;
    border-left: 4px solid var(--_border);
  }
  .reader p {
    white-space: pre-line;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;

/** Adds the reader's styles to an element's shadow root, once: they come with this file, not with the first load. */
export function adoptReaderStyles(root: ShadowRoot): void {
  const sheet = readerStyles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Words only the details use; the keys end in "_" for the build's shortening, like shared/i18n.ts. */
const words = {
  de: {
    outcomes_: 'Ergebnisse',
    nextSteps_: 'Nächste Schritte',
    by_: 'Bericht von',
    gallery_: 'Bilder',
    host_: 'Gastgeber',
    capacity_: 'Plätze',
  },
  en: { outcomes_: 'Outcomes', nextSteps_: 'Next steps', by_: 'Report by', gallery_: 'Photos', host_: 'Host', capacity_: 'Places' },
} satisfies Record<Locale, Record<string, string>>;

const section = (level: number, title: string, content: unknown) => (content ? html`${heading(level, title)}${content}` : nothing);

/** When and where a report's meeting was: "23.–25. November 2018 · JETZT e.V. · Berlin". */
function reportMeta(report: WireReport) {
  const place = report.meeting.place;
  return html`<p class="meta"><time datetime=${report.meeting.start ?? report.publishedOn}>${report.display.when}</time> · ${report.network.name}${place ? ` · ${place}` : ''}</p>`;
}

/** Everything of a report below its title; `level` is the level of its section headings. */
export function reportBody(report: WireReport, level: number, locale: Locale) {
  const t = words[locale];
  const author = report.author;
  return html`${reportMeta(report)}
    ${figure(report.cover)}
    ${report.summary ? html`<p><strong>${report.summary}</strong></p>` : nothing}
    ${richText(report.body, level - 1)}
    ${section(level, t.outcomes_, report.outcomes.length && html`<ul>${report.outcomes.map((o) => html`<li>${o}</li>`)}</ul>`)}
    ${section(level, t.nextSteps_, report.nextSteps.length && richText(report.nextSteps, level))}
    ${section(level, t.gallery_, report.gallery.length && html`<ul class="gallery">${report.gallery.map((image) => html`<li>${figure(image, CARD_SIZES)}</li>`)}</ul>`)}
    ${author ? html`<p class="meta">${t.by_} ${author.name}${author.role ? ` (${author.role})` : ''}</p>` : nothing}`;
}

/** What an opened meeting card adds: host, places, the description and the whole agenda. */
export function meetingDetails(event: WireEvent, level: number, locale: Locale) {
  const t = words[locale];
  const facts = [
    event.host && html`<li>${t.host_}: ${event.host}</li>`,
    event.capacity && html`<li>${t.capacity_}: ${event.capacity}</li>`,
  ].filter(Boolean);
  return html`<div part="details" class="details">
    ${facts.length ? html`<ul class="facts">${facts}</ul>` : nothing}
    ${richText(event.description, level - 1)}
    ${section(
      level,
      messages[locale].agenda_,
      event.agenda.length &&
        html`<ul part="agenda">${event.agenda.map(
          (item) => html`<li>${item.time ? html`<strong>${item.time}</strong> ` : nothing}${item.topic}</li>`,
        )}</ul>`,
    )}</div>`;
}
