/**
 * What the public pages share: the frame (the network above, the language switch, the feeds
 * below) and the lines of lists, a meeting's and a report's. Server-only templates
 * (Lit SSR's own `html`): the pages have no script, nothing is ever drawn again in a browser.
 */
import { html } from '@lit-labs/ssr';
import { nothing } from 'lit';
import type { PageContent } from 'treffpunkt-shared/public-pages';
import type { WireContact, WireEvent, WireReportCard, WireReportRef } from 'treffpunkt-shared/wire';
import { safeUrl } from '../shared/safe-url';
import { via } from '../shared/via';
import { pageWords, type PageWords } from './words';

/** A link whose address passed the URL check, else its text alone. */
export const link = (url: string | null | undefined, text: unknown, attributes: { lang?: string; type?: string } = {}) => {
  const href = safeUrl(url);
  return href ? html`<a href=${href} lang=${attributes.lang ?? nothing} type=${attributes.type ?? nothing}>${text}</a>` : text;
};

/** Every page: the network's name and the language switch above, its feeds and the page to follow it below. */
export function pageFrame(content: PageContent, main: unknown) {
  const { network, languages, locale } = content;
  const w = pageWords[locale];
  return html`<header class="top">
<p class="site">${link(network.url, network.name)}</p>
<nav aria-label=${w.language}><ul class="inline">${languages.map(
    (language) =>
      html`<li><a href=${language.url} hreflang=${language.locale} lang=${language.locale}
        aria-current=${language.locale === locale ? 'page' : nothing}>${w.languageNames[language.locale]}</a></li>`,
  )}</ul></nav>
</header>
<main>${main}</main>
<footer class="bottom"><p>${w.subscribe}: ${link(network.feeds.reports, w.reportsFeed, { type: 'application/atom+xml' })} ·
${link(network.feeds.calendar, w.calendarFeed, { type: 'text/calendar' })} ·
${link(content.follow, w.follow)}</p></footer>`;
}

/** A meeting in a list: title, date, place, where it comes from, its status, and the report on it where there is one. */
export function meetingLine(event: WireEvent, report: WireReportRef | null, w: PageWords) {
  const place = event.attendanceMode === 'online' ? null : event.display.place;
  return html`<li lang=${event.locale}>${link(event.url, event.title)}
    <span class="meta"><time datetime=${event.display.datetime}>${event.display.brief}</time>${place ? ` · ${place}` : ''}${
      event.series ? ` · ${event.series.rhythm}` : ''
    }${via(event.origin)}</span>${event.statusLabel ? html` <span class="badge ${event.status}">${event.statusLabel}</span>` : nothing}${
      report ? html`<br>${w.report}: ${link(report.url, report.title, { lang: report.locale })}` : nothing
    }</li>`;
}

/** A report in the archive's list: title, when its meeting was, whose it is, where it comes from. */
export function reportLine(report: WireReportCard) {
  return html`<li lang=${report.locale}>${link(report.url, report.title)}
    <span class="meta"><time datetime=${report.meeting.start ?? report.publishedOn}>${report.display.when}</time> · ${
      report.network.name
    }${via(report.origin)}</span></li>`;
}

/** The contact details an editor marked public. */
export function contactSection(contact: WireContact | null, w: PageWords) {
  if (!contact) return nothing;
  const email = contact.email && safeUrl(`mailto:${contact.email}`);
  return html`<section><h2>${w.contact}</h2><p>${[
    contact.name && html`${contact.name}${contact.role ? ` (${contact.role})` : ''}`,
    !contact.name && contact.role,
    email && html`<a href=${email}>${contact.email}</a>`,
    contact.phone,
  ]
    .filter(Boolean)
    .map((line, index) => (index ? html`<br>${line}` : line))}</p></section>`;
}
