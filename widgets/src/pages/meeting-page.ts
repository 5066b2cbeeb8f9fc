/**
 * A meeting's page, or a series date's: the widgets' meeting card opened in full (when, where,
 * how to take part, the agenda, "add to calendar", the report of the previous meeting), the
 * report on it once there is one, its documents, and of a series its next dates.
 */
import { html } from '@lit-labs/ssr';
import { nothing } from 'lit';
import type { MeetingPageContent } from 'treffpunkt-shared/public-pages';
import * as details from '../details/details';
import { meetingCard } from '../meeting-card/meeting-card';
import { messages } from '../shared/i18n';
import { attachmentList, link, meetingLine, pageFrame } from './page-parts';
import { pageWords } from './words';

export function meetingPage(content: MeetingPageContent) {
  const { event, locale, report } = content;
  const w = pageWords[locale];
  const card = meetingCard(event, {
    t: messages[locale],
    locale,
    level: 1,
    compact: false,
    hrefTemplate: content.reportHrefTemplate,
    details,
    // Nothing to open or close: the card is shown whole.
    toggle: () => undefined,
  });
  return pageFrame(
    content,
    html`${card}
${report ? html`<p>${w.reportOnMeeting}: ${link(report.url, report.title, { lang: report.locale })}</p>` : nothing}
${attachmentList(event.attachments, locale)}
${content.seriesUrl ? html`<p>${link(content.seriesUrl, w.series)}</p>` : nothing}
${
  content.dates.length
    ? html`<section><h2>${w.moreDates}</h2><ul class="lines">${content.dates.map((date) => meetingLine(date, null, w))}</ul></section>`
    : nothing
}`,
  );
}
