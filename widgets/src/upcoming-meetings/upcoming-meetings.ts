import { meetingFilter } from 'treffpunkt-shared/api-requests';
import { EVENTS_PATH } from 'treffpunkt-shared/public-routes';
import { html, nothing, type TemplateResult } from 'lit';
import { WIDGET_DEFAULTS } from 'treffpunkt-shared/widget-options';
import type { WireEvent } from 'treffpunkt-shared/wire';
import { meetingCard, type Details } from '../meeting-card/meeting-card';
import { meetingCardStyles } from '../meeting-card/meeting-card.styles';
import { define } from '../shared/base-element';
import { loadAfterRender, loadDetails } from '../shared/on-demand';
import { PagedList } from '../shared/paged-list';
import { baseStyles, pagedListStyles } from '../shared/styles';
import { upcomingMeetingsStyles } from './upcoming-meetings.styles';

/** A meeting's name in the list: a single one by its slug, an occurrence of a series by slug and date. */
const keyOf = (event: WireEvent) => (event.occurrence ? `${event.slug}@${event.occurrence.date}` : event.slug);

/**
 * The next meetings of one or more networks as a compact list: date and time, title, place or
 * "online", and the status of each; occurrences of a meeting that repeats each have their line.
 * A click opens that meeting's card in place, with everything the next-meeting element shows.
 *
 * The list has a fixed height: `limit` rows of 6em (free rows stay when fewer meetings are
 * planned) and a 3em row for "more meetings", which links to the network's page and its
 * calendar once all meetings are shown; widgets.css reserves the same before the script runs.
 * Only the meeting a visitor opens makes the element grow.
 *
 * @summary The upcoming meetings of a network, as a compact list.
 * @tagname treffpunkt-upcoming-meetings
 *
 * @attr network - One network slug or a comma-separated list, e.g. `bke` or `jetzt,zwh`.
 * @attr include-subnetworks - Also list meetings of the networks' subnetworks.
 * @attr kind - Only meetings of these kinds, comma-separated, e.g. `workshop,conference`.
 * @attr tag - Only meetings with this tag.
 * @attr limit - Meetings per page, 1 to 20; default 5. "More meetings" loads the next page.
 * @attr lang - `de` or `en`; defaults to the nearest `lang` on the page, else German.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr heading-level - Level of the meeting titles, 2 to 6; default 3.
 * @attr href-template - Page of a report on your site, e.g. `/berichte/{slug}`, for the link to the previous meeting's report in an opened meeting.
 * @attr api - Base URL of the Treffpunkt CMS; defaults to the origin the script was loaded from.
 *
 * @slot - Fallback content, shown when the meetings cannot be loaded (API down, slow or offline).
 *
 * @event treffpunkt-load - The meetings arrived; `detail.count` is how many the first page has (0: none planned).
 * @event treffpunkt-error - They could not be loaded; `detail.reason` is `offline`, `missing` (404) or `error`.
 *
 * @csspart base - Wrapper around everything the element shows.
 * @csspart list - The list of meetings.
 * @csspart item - One meeting in the list (a button that opens it).
 * @csspart when - Date and time of a meeting.
 * @csspart heading - A meeting's title.
 * @csspart place - A meeting's place, or "online".
 * @csspart badge - The status badge: tentative, postponed or cancelled.
 * @csspart card - The opened meeting (with the parts of treffpunkt-next-meeting's card).
 * @csspart more - The "more meetings" button.
 * @csspart archive - Once all meetings are shown: the link to the network's page.
 * @csspart feed - Once all meetings are shown: the link to the network's calendar.
 * @csspart follow - The "Follow" button: subscribe to the network's meetings in a calendar app, or follow it by e-mail.
 * @csspart message - The empty or problem sentence.
 * @csspart retry - The "try again" button.
 *
 * @cssprop --treffpunkt-accent - Links, buttons, focus ring. Default #0a58ca (dark: #8ab4f8).
 * @cssprop --treffpunkt-on-accent - Text on accent-coloured buttons. Default #fff (dark: #0b1b33).
 * @cssprop --treffpunkt-surface - Card background. Default #fff (dark: #1f2023).
 * @cssprop --treffpunkt-text - Text colour. Default #1d1d1f (dark: #ececf1).
 * @cssprop --treffpunkt-muted - Secondary text. Default #595960 (dark: #b4b4bc).
 * @cssprop --treffpunkt-border - Borders and loading skeleton. Default #d0d0d7 (dark: #4a4c52).
 * @cssprop --treffpunkt-danger - "Cancelled" badge. Default #b3261e (dark: #ffb4ab).
 * @cssprop --treffpunkt-radius - Corner radius of rows and buttons. Default 0.5rem.
 * @cssprop --treffpunkt-gap - Spacing. Default 1rem.
 */
export class TreffpunktUpcomingMeetings extends PagedList<WireEvent> {
  static override styles = [baseStyles, pagedListStyles, meetingCardStyles, upcomingMeetingsStyles];
  static override properties = { open_: { state: true }, details_: { state: true } };

  protected override defaultLimit_ = WIDGET_DEFAULTS['upcoming-meetings'].limit!;
  protected override defaultLevel_ = WIDGET_DEFAULTS['upcoming-meetings'].headingLevel;
  protected override followLook_ = 'button quiet';
  protected override listPath_ = EVENTS_PATH;
  /** The meeting the visitor opened, and the details file for it (`null` while it loads). */
  private open_: string | null = null;
  private details_?: Details | null;

  protected override listParams_() {
    return meetingFilter(this);
  }

  protected override key_(event: WireEvent): string {
    return keyOf(event);
  }

  protected override keepsRows_(): boolean {
    return true;
  }

  protected override moreText_(): string {
    return this.t.moreMeetings_;
  }

  protected override emptyText_(): string {
    return this.t.meetingEmpty_;
  }

  protected override arrived_(events: WireEvent[]): void {
    void loadAfterRender().then((file) => file && events.forEach(file.publishJsonLd));
  }

  protected override opened_(): boolean {
    return this.status_ === 'ready' && this.open_ !== null;
  }

  /** Opens one meeting in place (the card needs the details file), or closes it. */
  private async toggle_(key: string): Promise<void> {
    if (this.open_ === key) {
      this.open_ = null;
      this.details_ = undefined;
      await this.focusIn_(this.keySelector_(key));
      return;
    }
    this.open_ = key;
    this.details_ = null;
    const details = await loadDetails();
    if (this.open_ === key) this.details_ = details;
  }

  protected override skeletonItem_(): TemplateResult {
    return html`<li aria-hidden="true"><div class="skeleton"></div></li>`;
  }

  protected override renderItem_(event: WireEvent, level: number): TemplateResult {
    const key = keyOf(event);
    if (key === this.open_) {
      return html`<li class="opened">${meetingCard(event, {
        t: this.t,
        locale: this.locale,
        level,
        compact: false,
        hrefTemplate: this.hrefTemplate,
        details: this.details_,
        toggle: () => this.toggle_(key),
      })}</li>`;
    }
    const place = event.attendanceMode === 'online' ? this.t.online_ : event.display.place;
    return html`<li lang=${event.locale}><div role="heading" aria-level=${level}><button part="item" class="item" data-key=${key}
      aria-expanded="false" @click=${() => this.toggle_(key)}>
      <span part="when" class="when"><time class="line" datetime=${event.display.datetime}>${event.display.brief}</time>${
        event.statusLabel ? html`<span part="badge" class="badge ${event.status}">${event.statusLabel}</span>` : nothing
      }</span>
      <span part="heading" class="line h">${event.title}</span>
      <span part="place" class="line meta">${place ?? ''}${event.series ? ` · ${event.series.rhythm}` : ''}</span>
    </button></div></li>`;
  }
}

define('treffpunkt-upcoming-meetings', TreffpunktUpcomingMeetings);

declare global {
  interface HTMLElementTagNameMap {
    'treffpunkt-upcoming-meetings': TreffpunktUpcomingMeetings;
  }
}
