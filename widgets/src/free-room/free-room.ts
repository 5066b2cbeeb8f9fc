/**
 * The widgets' third file, loaded once a list has shown its last page: what fills the room the
 * list leaves, inside the place the element keeps anyway (so nothing moves). The row of "more",
 * with nothing more to load, links to the network's page (all its reports and meetings) and to
 * its feed. A report list with fewer reports than a page holds shows the network's next meeting
 * in its first free place, and the network itself in the next.
 */
import { css, html, nothing } from 'lit';
import { apiRequestUrl } from 'treffpunkt-shared/api-requests';
import { toLocale } from 'treffpunkt-shared/locales';
import { NETWORK_PATH, NEXT_EVENT_PATH, REPORTS_PATH } from 'treffpunkt-shared/public-routes';
import type { Locale, NetworkResponse, NextEventResponse, WireEvent, WireFeedLinks, WireNetwork } from 'treffpunkt-shared/wire';
import { getJson, type Unchecked } from '../shared/api-client';
import { heading } from '../shared/heading';
import { messages } from '../shared/i18n';
import { CARD_SIZES, picture } from '../shared/media';
import { safeUrl } from '../shared/safe-url';
import type { PagedList } from '../shared/paged-list';
import { adopt } from '../shared/styles';

/** What fills the room: the "more" row's links, and what goes into the free places, from the first on (no more than there are). */
export interface Room {
  more: unknown;
  places: unknown[];
}

/** Words only this file uses; the keys end in "_" for the build's shortening, like shared/i18n.ts. */
const words = {
  de: {
    all_: { reports: 'Alle Berichte', calendar: 'Alle Termine' },
    feeds_: { reports: 'Feed abonnieren', calendar: 'Kalender abonnieren' },
    next_: 'Nächstes Treffen',
    network_: 'Berichte und Treffen des Netzwerks',
  },
  en: {
    all_: { reports: 'All reports', calendar: 'All meetings' },
    feeds_: { reports: 'Subscribe (feed)', calendar: 'Subscribe (calendar)' },
    next_: 'Next meeting',
    network_: "The network's reports and meetings",
  },
} satisfies Record<Locale, { all_: WireFeedLinks; feeds_: WireFeedLinks; next_: string; network_: string }>;

/** The calendar sheet in place of a report's cover; a logo whole, not cut to the cover's shape. */
const roomStyles = css`
  .leaf {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    color: var(--_accent);
    font-weight: 600;
  }
  .leaf > b {
    font-size: 2.5em;
    line-height: 1.1;
  }
  .logo {
    padding: var(--_gap);
  }
  .logo > img {
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
`;

const isNetwork = (body: unknown): body is NetworkResponse => typeof (body as Unchecked<NetworkResponse>)?.data?.feeds === 'object';
const isNext = (body: unknown): body is NextEventResponse => typeof (body as Unchecked<NextEventResponse>)?.data === 'object';

/**
 * Fills the room of `list`, complete with its last page: its first page's address names the
 * API, the networks (the first one's page and feed are the links), the filter and the language.
 * What arrives for a list that asks for another one by then is dropped.
 */
export async function fillRoom(list: PagedList<unknown>): Promise<void> {
  const listUrl = list.url_();
  adopt(list.renderRoot as ShadowRoot, roomStyles);
  const url = new URL(listUrl);
  const query = url.searchParams;
  const locale = toLocale(query.get('locale'));
  const kind: keyof WireFeedLinks = url.pathname.endsWith(`/${REPORTS_PATH}`) ? 'reports' : 'calendar';
  const cms = new URL('../..', url);
  const network = (query.get('network') ?? '').split(',')[0];
  const filter = { network: query.get('network') ?? undefined, include: query.get('include') ?? undefined };
  const [profile, next] = await Promise.all([
    getJson(apiRequestUrl(cms, NETWORK_PATH.replace(':slug', encodeURIComponent(network)), {}, locale), isNetwork),
    list.free_() && kind === 'reports' ? getJson(apiRequestUrl(cms, NEXT_EVENT_PATH, filter, locale), isNext) : undefined,
  ]);
  if (listUrl !== list.url_()) return;
  const about = profile.data?.data;
  const event = next?.data?.data;
  const level = list.level_();
  const places = kind === 'reports' ? [event && nextMeeting(event, locale, level), about && networkCard(about, locale, level)] : [];
  list.room_ = { more: about ? links(about, kind, locale) : nothing, places: places.filter(Boolean).slice(0, list.free_()) };
}

/** The network's page and its feed, where they are http(s) addresses. */
function links(network: WireNetwork, kind: keyof WireFeedLinks, locale: Locale) {
  const page = safeUrl(network.url);
  const feed = safeUrl(network.feeds[kind]);
  // One flex item of the row: a text item of its own would lose the spaces around the dot.
  return html`<span>${page ? html`<a part="archive" href=${page}>${words[locale].all_[kind]}</a>` : nothing}${page && feed ? ' · ' : ''}${
    feed ? html`<a part="feed" href=${feed}>${words[locale].feeds_[kind]}</a>` : nothing
  }</span>`;
}

/** The next meeting as a report card: its day as a calendar sheet in the place of the cover. */
function nextMeeting(event: WireEvent, locale: Locale, level: number) {
  const t = messages[locale];
  const ics = event.datePrecision === 'month' ? undefined : safeUrl(event.series?.ics ?? event.ics);
  const where = event.attendanceMode === 'online' ? t.online_ : event.display.place;
  return html`<li><article part="next" class="card" lang=${event.locale}>
    <div class="cover leaf" aria-hidden="true">${sheet(event, locale)}</div>
    <div class="pad text">
      ${heading(level, event.title, undefined, event.title)}
      <p class="meta line">${words[locale].next_} · <time datetime=${event.display.datetime}>${event.display.brief}</time></p>
      <p class="summary">${where ? html`${where}<br>` : nothing}${event.summary}</p>
      ${ics ? html`<a href=${ics}>${t.calendar_}</a>` : html`<span></span>`}
    </div></article></li>`;
}

/** Weekday, day and month in the meeting's own zone; of a meeting known by its month, the month. */
function sheet(event: WireEvent, locale: Locale) {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, ...options }).format(Date.parse(event.start));
  return event.datePrecision === 'month'
    ? html`<b>${part({ month: 'short' })}</b>`
    : html`${part({ weekday: 'short' })}<b>${part({ day: 'numeric' })}</b>${part({ month: 'short' })}`;
}

/** The network as a report card: its logo (or the empty cover), name, region, short description and its page. */
function networkCard(network: WireNetwork, locale: Locale, level: number) {
  const page = safeUrl(network.url);
  const logo = picture(network.logo, CARD_SIZES);
  return html`<li><article part="network" class="card" lang=${network.locale}>
    ${logo === nothing ? html`<div class="cover" aria-hidden="true"></div>` : html`<div class="logo">${logo}</div>`}
    <div class="pad text">
      ${heading(level, network.name, undefined, network.name)}
      <p class="meta line">${network.region}</p>
      <p class="summary">${network.shortDescription}</p>
      ${page ? html`<a href=${page}>${words[locale].network_}</a>` : html`<span></span>`}
    </div></article></li>`;
}
