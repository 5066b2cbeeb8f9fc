import { html, nothing } from 'lit';
import type { NextEventResponse, WireEvent } from '../../../cms/src/plugins/treffpunkt/shared/wire';
import { define, TreffpunktElement } from '../shared/base-element';
import { loadDetails } from '../shared/details-loader';
import { machineDate, relativeWhen } from '../shared/format';
import { heading } from '../shared/heading';
import { templateHref } from '../shared/report-link';
import { safeUrl } from '../shared/safe-url';
import { baseStyles } from '../shared/styles';
import { publishJsonLd } from './json-ld';
import { nextMeetingStyles } from './next-meeting.styles';

type Details = Awaited<ReturnType<typeof loadDetails>>;

/**
 * The next meeting of one or more networks: what, when (in the event's time zone), where,
 * how to take part, and how to put it in a calendar. Adds schema.org Event data for the
 * shown meeting to the page's `<head>`.
 *
 * The card has a fixed height (32em, compact 29em) whatever the meeting holds: title, date and
 * place are clamped to a few lines and the summary gets the room that is left. "More about this
 * meeting" opens the whole text, host, description and agenda in place. So the page does not
 * move when the meeting arrives, and widgets.css reserves the same height before the script runs.
 *
 * @summary The next meeting of a network, with date, place, registration and calendar links.
 * @tagname treffpunkt-next-meeting
 *
 * @attr network - One network slug or a comma-separated list, e.g. `bke` or `jetzt,zwh`.
 * @attr include-subnetworks - Also consider meetings of the networks' subnetworks.
 * @attr lang - `de` or `en`; defaults to the nearest `lang` on the page, else German.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr layout - `card` (default) or `compact` (without summary; the previous report's link shows with the details).
 * @attr heading-level - Level of the meeting title, 2 to 6; default 2.
 * @attr href-template - Page of a report on your site, e.g. `/berichte/{slug}`, used for the link to the previous meeting's report. Without it the link opens the report in a `treffpunkt-latest-reports` element on the same page, if there is one.
 * @attr api - Base URL of the Treffpunkt CMS; defaults to the origin the script was loaded from.
 *
 * @slot - Fallback content, shown when the meeting cannot be loaded (API down, slow or offline).
 *
 * @event treffpunkt-load - The answer arrived; `detail.count` is 1, or 0 when no meeting is planned.
 * @event treffpunkt-error - It could not be loaded; `detail.reason` is `offline`, `missing` (404) or `error`.
 *
 * @csspart base - Wrapper around everything the element shows.
 * @csspart card - The meeting.
 * @csspart heading - The meeting title and the headings of its details.
 * @csspart kind - The kind of meeting (workshop, conference, …).
 * @csspart badge - The status badge: tentative, postponed or cancelled.
 * @csspart relative - When it starts, relative to now ("in 3 days", "happening now").
 * @csspart when - Date and time.
 * @csspart place - Venue, linked to the map.
 * @csspart online - Online participation.
 * @csspart summary - The meeting's summary.
 * @csspart more - The "more about this meeting" button.
 * @csspart details - What the button opens: host, places, description, agenda.
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
  static override properties = { event_: { state: true }, details_: { state: true } };

  private event_: WireEvent | null = null;
  /** The details file once the visitor opened the meeting; `null` while it loads. */
  private details_?: Details | null;

  protected override async refresh_(): Promise<void> {
    const body = await this.load_<NextEventResponse>(this.apiUrl_('events/next', this.filters_()), (body) => typeof body?.data === 'object');
    if (!body) return;
    this.event_ = body.data;
    this.details_ = undefined;
    this.shown_(body.data ? 1 : 0);
    if (body.data) publishJsonLd(body.data);
  }

  protected override opened_(): boolean {
    return this.status_ === 'ready' && this.details_ !== undefined;
  }

  private async toggle_(): Promise<void> {
    if (this.details_ !== undefined) {
      this.details_ = undefined;
      return;
    }
    this.details_ = null;
    const details = await loadDetails();
    if (this.details_ === null) this.details_ = details;
  }

  protected override emptyText_(): string {
    return this.t.meetingEmpty_;
  }

  /** The card's fixed height, empty: the meeting takes its place without moving the page. */
  protected override renderSkeleton_() {
    return html`<div class="card skeleton"></div>`;
  }

  protected override renderContent_() {
    const event = this.event_!;
    const { locale, t } = this;
    const level = this.level_(2);
    const open = event.status !== 'cancelled';
    const relative = open && relativeWhen(event, locale);
    const compact = this.layout === 'compact';
    // Kind and status come from the API in the language asked for (the request's locale is ours).
    return html`<article part="card" class="card pad meeting" lang=${event.locale}>
      <p class="meta line tags"><span part="kind">${event.kindLabel}</span>
        ${event.statusLabel ? html`<span part="badge" class="badge ${event.status}">${event.statusLabel}</span>` : nothing}
        ${relative ? html`<span part="relative" class="relative">${relative}</span>` : nothing}</p>
      ${heading(level, event.title, undefined, event.title)}
      <p part="when" class="when clamp"><time datetime=${machineDate(event, event.start)}>${event.display.when}</time></p>
      ${this.renderPlace_(event)}
      ${compact || !event.summary ? html`<p class="fill"></p>` : html`<p part="summary" class="fill summary">${event.summary}</p>`}
      ${this.details_ ? this.details_.meetingDetails(event, level + 1, locale) : nothing}
      <p class="line"><button part="more" class="link" aria-expanded=${this.details_ !== undefined} @click=${this.toggle_}>
        ${this.details_ === undefined ? t.details_ : this.details_ ? t.less_ : t.loading_}${event.agenda.length
          ? ` · ${t.agenda_} (${event.agenda.length})`
          : ''}</button></p>
      ${open ? this.renderActions_(event) : nothing}${compact && this.details_ === undefined ? nothing : this.renderPrevious_(event)}
    </article>`;
  }

  private renderPlace_(event: WireEvent) {
    const { t } = this;
    const mode = event.attendanceMode;
    const where = event.display.place;
    const map = safeUrl(event.links.map);
    const join = safeUrl(event.onlineUrl);
    return html`${where
      ? html`<p part="place" class="clamp">${map ? html`<a href=${map} title="${t.map_} (OpenStreetMap)">${where}</a>` : where}</p>`
      : nothing}
    ${mode === 'in-person'
      ? nothing
      : html`<p part="online" class="line">${mode === 'online' ? t.online_ : t.hybrid_}${join ? html` · <a href=${join}>${t.join_}</a>` : nothing}</p>`}`;
  }

  private renderActions_(event: WireEvent) {
    const { t } = this;
    const registration = event.registration;
    const register = safeUrl(registration?.url);
    const deadline = registration?.deadline;
    const google = safeUrl(event.links.googleCalendar);
    const closed = deadline && Date.parse(deadline) < Date.now();
    const ics = safeUrl(event.ics);
    return html`${!register
      ? nothing
      : html`<p class="row">${closed
          ? html`<span part="register">${t.closed_}</span>`
          : html`<a part="register" class="button" href=${register}>${t.register_}</a>
            ${deadline ? html`<span class="meta">${t.until_} <time datetime=${deadline}>${event.display.deadline}</time></span>` : nothing}`}</p>`}
      ${event.datePrecision === 'month'
        ? nothing
        : html`<p part="calendar" class="meta">${t.calendar_}: ${ics ? html`<a href=${ics}>iCal (.ics)</a>` : nothing}${ics && google ? ' · ' : ''}${google
            ? html`<a href=${google}>${t.google_}</a>`
            : nothing}</p>`}`;
  }

  /** The previous meeting's report: on the site (href-template) or in a reports element on this page. */
  private renderPrevious_(event: WireEvent) {
    const report = event.previousReport;
    if (!report) return nothing;
    const href =
      templateHref(this.hrefTemplate, report.slug) ??
      document.querySelector('treffpunkt-latest-reports')?.reportHash?.(report.slug);
    return html`<p part="previous" class="meta clamp">${this.t.previous_}:
      ${href ? html`<a href=${href} lang=${report.locale}>${report.title}</a>` : html`<span lang=${report.locale}>${report.title}</span>`}</p>`;
  }
}

define('treffpunkt-next-meeting', TreffpunktNextMeeting);

declare global {
  interface HTMLElementTagNameMap {
    'treffpunkt-next-meeting': TreffpunktNextMeeting;
  }
}
