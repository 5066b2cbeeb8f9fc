/**
 * Content-API routes, served under /api/treffpunkt. The public read routes are a stable
 * contract for widgets, calendars and feed readers; the REST routes under /rest are Strapi's
 * standard ones and need a role or API token that allows them.
 */
const publicRoute = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler,
  config: { auth: false, middlewares: ['plugin::treffpunkt.public-http'] },
});

const restRoutes = (singular: string, plural: string) => [
  { method: 'GET', path: `/rest/${plural}`, handler: `${singular}.find` },
  { method: 'GET', path: `/rest/${plural}/:id`, handler: `${singular}.findOne` },
];

export default {
  type: 'content-api',
  routes: [
    publicRoute('/networks/:slug', 'public-network.profile'),
    publicRoute('/networks/:slug/events.ics', 'public-network.calendar'),
    publicRoute('/networks/:slug/reports.atom', 'public-network.reportFeed'),
    publicRoute('/reports', 'public-report.latest'),
    publicRoute('/reports/:slug', 'public-report.findOne'),
    publicRoute('/events/next', 'public-event.next'),
    publicRoute('/events', 'public-event.upcoming'),
    publicRoute('/events/:slug.ics', 'public-event.calendarEntry'),
    publicRoute('/events/:slug/:date.ics', 'public-event.occurrenceEntry'),
    ...restRoutes('network', 'networks'),
    ...restRoutes('event', 'events'),
    ...restRoutes('report', 'reports'),
  ],
};
