import { html, nothing } from 'lit';
import type { NextEventResponse, WireEvent } from '../../../cms/src/plugins/treffpunkt/shared/wire';
import { define, TreffpunktElement } from '../shared/base-element';
import { dateTime, eventWhen, machineDate, relativeWhen } from '../shared/format';
import { heading } from '../shared/rich-text';
import { templateHref } from '../shared/report-link';
import { safeUrl } from '../shared/safe-url';
import { baseStyles } from '../shared/styles';
import { publishJsonLd } from './json-ld';
import { address, googleCalendarUrl, mapUrl } from './links';
import { nextMeetingStyles } from './next-meeting.styles';

/**
 * The next meeting of one or more networks: what, when (in the event's time zone), where,
 * how to take part, and how to put it in a calendar. Adds schema.org Event data for the
 * shown meeting to the page's `<head>`. While loading it keeps the place of a typical meeting
 * card (27em high, compact 24em; the card never gets lower), so the page does not move.
 *
 * @summary The next meeting of a network, with date, place, registration and calendar links.
 * @tagname treffpunkt-next-meeting
 *
 * @attr network - One network slug or a comma-separated list, e.g. `bke` or `jetzt,zwh`.
 * @attr include-subnetworks - Also consider meetings of the networks' subnetworks.
 * @attr lang - `de` or `en`; defaults to the nearest `lang` on the page, else German.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr layout - `card` (default) or `compact` (without summary and agenda).
 * @attr heading-level - Level of the meeting title, 2 to 6; default 2.
 * @attr href-template - Page of a report on your site, e.g. `/berichte/{slug}`, used for the link to the previous meeting's report. Without it the link opens the report in a `treffpunkt-latest-reports` element on the same page, if there is one.
 * @attr api - Base URL of the Treffpunkt CMS; defaults to the origin the script was loaded from.
 *
 * @slot - Fallback content, shown when the meeting cannot be loaded (API down, slow or offline).
 *
 * @csspart base - Wrapper around everything the element shows.
 * @csspart card - The meeting.
 * @csspart heading - The meeting title and the agenda heading.
 * @csspart kind - The kind of meeting (workshop, conference, …).
 * @csspart badge - The status badge: tentative, postponed or cancelled.
 * @csspart relative - When it starts, relative to now ("in 3 days", "happening now").
 * @csspart when - Date and time.
 * @csspart place - Venue and map link.
 * @csspart online - Online participation.
 * @csspart agenda - The agenda list.
 * @csspart register - The registration button.
 * @csspart calendar - The "add to calendar" links.
 * @csspart previous - The link to the report of the previous meeting.
 * @csspart message - The empty or problem sentence.
 * @csspart retry - The "try again" button.
 *
 * @cssprop --treffpunkt-accent - Links, buttons, focus ring. Default #0a58ca (dark: #8ab4f8).
 * @cssprop --treffpunkt-on-accent - Text on accent-coloured buttons. Default #fff (dark: #0b1b33).
 * @cssprop --treffpunkt-surface - Card background. Default #fff (dark: #1f2023).
 * @cssprop --treffpunkt-text - Text colour. Default #1d1d1f (dark: #ececf1).
 * @cssprop --treffpunkt-muted - Secondary text. Default #595960 (dark: #b4b4bc).
 * @cssprop --treffpunkt-border - Card border and loading skeleton. Default #d0d0d7 (dark: #4a4c52).
 * @cssprop --treffpunkt-danger - "Cancelled" badge. Default #b3261e (dark: #ffb4ab).
 * @cssprop --treffpunkt-radius - Corner radius of cards and buttons. Default 0.5rem.
 * @cssprop --treffpunkt-gap - Spacing. Default 1rem.
 */
export class TreffpunktNextMeeting extends TreffpunktElement {
  static override styles = [baseStyles, nextMeetingStyles];
  static override properties = { event_: { state: true } };

  private event_: WireEvent | null = null;

  protected override async refresh_(): Promise<void> {
    const body = await this.load_<NextEventResponse>(this.apiUrl_('events/next', this.filters_()), (body) => typeof body?.data === 'object');
    if (!body) return;
    this.event_ = body.data;
    this.status_ = body.data ? 'ready' : 'empty';
    if (body.data) publishJsonLd(body.data);
  }

  protected override emptyText_(): string {
    return this.t.meetingEmpty_;
  }

  /** The card's reserved height, empty: the meeting takes its place without moving the page. */
  protected override renderSkeleton_() {
    return html`<div class="card meeting skeleton"></div>`;
  }

  protected override renderContent_() {
    const event = this.event_!;
    const { locale } = this;
    const level = this.level_(2);
    const open = event.status !== 'cancelled';
    const relative = open && relativeWhen(event, locale);
    // Kind and status come from the API in the language asked for (the request's locale is ours).
    return html`<article part="card" class="card pad meeting" lang=${event.locale}>
      <p class="row meta"><span part="kind">${event.kindLabel}</span>
        ${event.statusLabel ? html`<span part="badge" class="badge ${event.status}">${event.statusLabel}</span>` : nothing}
        ${relative ? html`<span part="relative" class="relative">${relative}</span>` : nothing}</p>
      ${heading(level, event.title)}
      <p part="when" class="when"><time datetime=${machineDate(event, event.start)!}>${eventWhen(event, locale)}</time></p>
      ${this.renderPlace_(event)}
      ${this.layout === 'compact' ? nothing : this.renderDetails_(event, level + 1)}
      <div class="foot">${open ? this.renderActions_(event) : nothing}${this.renderPrevious_(event)}</div>
    </article>`;
  }

  private renderPlace_(event: WireEvent) {
    const { t } = this;
    const mode = event.attendanceMode;
    const where = mode === 'online' ? '' : address(event.venue);
    const map = where && safeUrl(mapUrl(event.venue));
    const join = safeUrl(event.onlineUrl);
    return html`${where
      ? html`<p part="place">${where}${map ? html` · <a href=${map}>${t.map_} (OpenStreetMap)</a>` : nothing}</p>`
      : nothing}
    ${mode === 'in-person'
      ? nothing
      : html`<p part="online">${mode === 'online' ? t.online_ : t.hybrid_}${join ? html` · <a href=${join}>${t.join_}</a>` : nothing}</p>`}`;
  }

  private renderDetails_(event: WireEvent, level: number) {
    const agenda = event.agenda;
    return html`${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
      ${agenda.length
        ? html`${heading(level, this.t.agenda_)}
            <ul part="agenda">${agenda.map(
              (item) => html`<li>${item.time ? html`<strong>${item.time}</strong> ` : nothing}${item.topic}</li>`,
            )}</ul>`
        : nothing}`;
  }

  private renderActions_(event: WireEvent) {
    const { t, locale } = this;
    const registration = event.registration;
    const register = safeUrl(registration?.url);
    const deadline = registration?.deadline;
    const closed = deadline && Date.parse(deadline) < Date.now();
    const ics = safeUrl(event.ics);
    return html`<p class="row">
      ${!register
        ? nothing
        : closed
          ? html`<span part="register">${t.closed_}</span>`
          : html`<span><a part="register" class="button" href=${register}>${t.register_}</a>
            ${deadline ? html`<span class="meta">${t.until_} <time datetime=${deadline}>${dateTime(deadline, event.timeZone, locale)}</time></span>` : nothing}</span>`}
      ${event.datePrecision === 'month'
        ? nothing
        : html`<span part="calendar">${t.calendar_}: ${ics ? html`<a href=${ics}>iCal (.ics)</a> · ` : nothing}<a
              href=${googleCalendarUrl(event)}>${t.google_}</a></span>`}
    </p>`;
  }

  /** The previous meeting's report: on the site (href-template) or in a reports element on this page. */
  private renderPrevious_(event: WireEvent) {
    const report = event.previousReport;
    if (!report) return nothing;
    const href =
      templateHref(this.hrefTemplate, report.slug) ??
      document.querySelector('treffpunkt-latest-reports')?.reportHash?.(report.slug);
    return html`<p part="previous">${this.t.previous_}:
      ${href ? html`<a href=${href} lang=${report.locale}>${report.title}</a>` : html`<span lang=${report.locale}>${report.title}</span>`}</p>`;
  }
}

define('treffpunkt-next-meeting', TreffpunktNextMeeting);

declare global {
  interface HTMLElementTagNameMap {
    'treffpunkt-next-meeting': TreffpunktNextMeeting;
  }
}
