/**
 * Content-API routes, served under /api/treffpunkt. The public read routes (shared
 * public-routes.ts) are a stable contract for widgets, calendars and feed readers: every one
 * has a handler here, and every handler exists (`satisfies`). The REST routes under /rest are
 * Strapi's standard ones and need a role or API token that allows them.
 */
import { PUBLIC_POST_ROUTES, PUBLIC_ROUTES, type PublicPostRoute, type PublicRoute } from 'treffpunkt-shared/public-routes';
import type { Handler } from '../controllers';

const PUBLIC_HANDLERS = {
  network: 'networks.profile',
  networkCalendar: 'networks.calendar',
  networkReportFeed: 'networks.reportFeed',
  networkSync: 'networks.sync',
  reports: 'reports.list',
  report: 'reports.findOne',
  nextEvent: 'events.next',
  events: 'events.upcoming',
  eventCalendar: 'events.calendarEntry',
  occurrenceCalendar: 'events.occurrenceEntry',
  follow: 'following.options',
} as const satisfies Record<PublicRoute, Handler>;

const POST_HANDLERS = {
  subscribe: 'following.subscribe',
} as const satisfies Record<PublicPostRoute, Handler>;

const publicRoute = (route: PublicRoute) => ({
  method: 'GET',
  path: `/${PUBLIC_ROUTES[route]}`,
  handler: PUBLIC_HANDLERS[route],
  config: { auth: false, middlewares: ['plugin::treffpunkt.public-http'] },
});

/** The public API's writes: no cache; CORS and the method are allowed by middlewares/public-access.ts. */
const publicPostRoute = (route: PublicPostRoute) => ({
  method: 'POST',
  path: `/${PUBLIC_POST_ROUTES[route]}`,
  handler: POST_HANDLERS[route],
  config: { auth: false, middlewares: ['plugin::treffpunkt.public-post'] },
});

const restRoutes = (controller: 'network' | 'event' | 'report', plural: string) => [
  { method: 'GET', path: `/rest/${plural}`, handler: `${controller}.find` },
  { method: 'GET', path: `/rest/${plural}/:id`, handler: `${controller}.findOne` },
];

export default {
  type: 'content-api',
  routes: [
    ...(Object.keys(PUBLIC_ROUTES) as PublicRoute[]).map(publicRoute),
    ...(Object.keys(PUBLIC_POST_ROUTES) as PublicPostRoute[]).map(publicPostRoute),
    ...restRoutes('network', 'networks'),
    ...restRoutes('event', 'events'),
    ...restRoutes('report', 'reports'),
  ],
};
