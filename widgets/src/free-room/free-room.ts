/**
 * The widgets' third file, loaded once a list has shown its last page: what fills the room a
 * short list leaves, inside the place the element keeps anyway (so nothing moves). The "more"
 * row, with nothing more to load, links to all of the network's reports (or meetings): its feed,
 * until the API names a page of the network's archive. A report list with fewer reports than a
 * page holds shows the network's next meeting in its first free place.
 */
import { css, html, nothing } from 'lit';
import { apiRequestUrl } from 'treffpunkt-shared/api-requests';
import { toLocale } from 'treffpunkt-shared/locales';
import { NETWORK_PATH, NEXT_EVENT_PATH, REPORTS_PATH } from 'treffpunkt-shared/public-routes';
import type { Locale, NetworkResponse, NextEventResponse, WireEvent, WireFeedLinks } from 'treffpunkt-shared/wire';
import { getJson, type Unchecked } from '../shared/api-client';
import { heading } from '../shared/heading';
import { messages } from '../shared/i18n';
import { safeUrl } from '../shared/safe-url';
import { adopt } from '../shared/styles';

/** What fills the room: the "more" row's link, and the free places from the first on. */
export interface Room {
  more: unknown;
  places: unknown[];
}

/** Words only this file uses; the keys end in "_" for the build's shortening, like shared/i18n.ts. */
const words = {
  de: {
    feeds_: { reports: 'Alle Berichte als Feed abonnieren', calendar: 'Alle Termine im Kalender abonnieren' },
    next_: 'Nächstes Treffen',
  },
  en: { feeds_: { reports: 'Subscribe to all reports (feed)', calendar: 'Subscribe to all meetings (calendar)' }, next_: 'Next meeting' },
} satisfies Record<Locale, { feeds_: WireFeedLinks; next_: string }>;

/** The calendar sheet in place of a report's cover. */
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
`;

const isNetwork = (body: unknown): body is NetworkResponse => typeof (body as Unchecked<NetworkResponse>)?.data?.feeds === 'object';
const isNext = (body: unknown): body is NextEventResponse => typeof (body as Unchecked<NextEventResponse>)?.data === 'object';

/**
 * What fills the room of a complete list: `listUrl` is the address of its first page, which
 * names the API, the networks (the first one's feed is the link), the filter and the language;
 * `free` places of its pages are free, `level` is its items' heading level.
 */
export async function fillRoom(listUrl: string, free: number, level: number, root: ShadowRoot): Promise<Room> {
  adopt(root, roomStyles);
  const list = new URL(listUrl);
  const query = list.searchParams;
  const locale = toLocale(query.get('locale'));
  const feed: keyof WireFeedLinks = list.pathname.endsWith(`/${REPORTS_PATH}`) ? 'reports' : 'calendar';
  const cms = new URL('../..', list);
  const network = (query.get('network') ?? '').split(',')[0];
  const filter = { network: query.get('network') ?? undefined, include: query.get('include') ?? undefined };
  const [profile, next] = await Promise.all([
    getJson(apiRequestUrl(cms, NETWORK_PATH.replace(':slug', encodeURIComponent(network)), {}, locale), isNetwork),
    free && feed === 'reports' ? getJson(apiRequestUrl(cms, NEXT_EVENT_PATH, filter, locale), isNext) : undefined,
  ]);
  const link = safeUrl(profile.data?.data.feeds[feed]);
  const event = next?.data?.data;
  return {
    more: link ? html`<a part="archive" href=${link}>${words[locale].feeds_[feed]}</a>` : nothing,
    places: event ? [nextMeeting(event, locale, level)] : [],
  };
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
