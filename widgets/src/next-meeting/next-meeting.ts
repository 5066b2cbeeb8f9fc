import { meetingFilter } from 'treffpunkt-shared/api-requests';
import { NEXT_EVENT_PATH } from 'treffpunkt-shared/public-routes';
import { html } from 'lit';
import { WIDGET_DEFAULTS } from 'treffpunkt-shared/widget-options';
import type { NextEventResponse, WireEvent } from 'treffpunkt-shared/wire';
import { meetingCard, type Details } from '../meeting-card/meeting-card';
import { meetingCardStyles } from '../meeting-card/meeting-card.styles';
import type { Unchecked } from '../shared/api-client';
import { define, TreffpunktElement } from '../shared/base-element';
import { loadAfterRender, loadDetails } from '../shared/on-demand';
import { baseStyles } from '../shared/styles';
import { nextMeetingStyles } from './next-meeting.styles';

/**
 * The next meeting of one or more networks: what, when (in the event's time zone), where,
 * how to take part, and how to put it in a calendar. Adds schema.org Event data for the
 * shown meeting to the page's `<head>`.
 *
 * The card's height depends on the element's width only, never on what the meeting holds: in a
 * narrow column one row below the other (33.25em, compact 29.5em at most), from 44em wide date
 * and place beside the summary and links (21.5em, compact 18em, and lower from 60em). Title,
 * date and place are clamped to a few lines, the summary gets the room that is left, and what
 * room a short meeting leaves is spread between the rows. "More about this meeting" opens the
 * whole text, host, description and agenda in place. So the page does not move when the meeting
 * arrives, and widgets.css reserves the same height before the script runs.
 *
 * @summary The next meeting of a network, with date, place, registration and calendar links.
 * @tagname treffpunkt-next-meeting
 *
 * @attr network - One network slug or a comma-separated list, e.g. `bke` or `jetzt,zwh`.
 * @attr include-subnetworks - Also consider meetings of the networks' subnetworks.
 * @attr kind - Only meetings of these kinds, comma-separated, e.g. `workshop,conference`.
 * @attr tag - Only meetings with this tag.
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
 * @csspart follow - The "Follow" button: subscribe to the network's meetings in a calendar app, or follow it by e-mail.
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
export class TreffpunktNextMeeting extends TreffpunktElement<NextEventResponse> {
  static override styles = [baseStyles, meetingCardStyles, nextMeetingStyles];
  static override properties = { event_: { state: true }, details_: { state: true } };

  protected override defaultLevel_ = WIDGET_DEFAULTS['next-meeting'].headingLevel;
  protected override followLook_ = 'link';
  /** The meeting shown (the follow dialog offers a reminder of it). */
  event_: WireEvent | null = null;
  /** The details file once the visitor opened the meeting; `null` while it loads. */
  private details_?: Details | null;

  protected override url_(): string {
    return this.apiUrl_(NEXT_EVENT_PATH, { ...this.filters_(), ...meetingFilter(this) });
  }

  protected override valid_ = (body: unknown): body is NextEventResponse =>
    typeof (body as Unchecked<NextEventResponse>)?.data === 'object';

  protected override take_(body: NextEventResponse): number {
    this.event_ = body.data;
    this.details_ = undefined;
    const event = body.data;
    if (event) void loadAfterRender().then((file) => file?.publishJsonLd(event));
    return event ? 1 : 0;
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
    return meetingCard(this.event_!, {
      t: this.t,
      locale: this.locale,
      level: this.level_(),
      compact: this.layout === 'compact',
      hrefTemplate: this.hrefTemplate,
      details: this.details_,
      toggle: () => this.toggle_(),
    });
  }
}

define('treffpunkt-next-meeting', TreffpunktNextMeeting);

declare global {
  interface HTMLElementTagNameMap {
    'treffpunkt-next-meeting': TreffpunktNextMeeting;
  }
}
