/**
 * Treffpunkt widgets: `<treffpunkt-latest-reports>`, `<treffpunkt-next-meeting>` and
 * `<treffpunkt-upcoming-meetings>`.
 * Loading this module defines the elements (once, however often it is loaded; on a page
 * with the admin snippet's preload lines, once their answers are there) and nothing else
 * on the page. Sites that bundle their own JavaScript import it from the
 * `treffpunkt-widgets` package; the types of the API's answers come with it.
 */
// Before the elements (only Lit comes first): it asks for the answers the page preloads.
import './shared/early-requests';

export { TreffpunktLatestReports } from './latest-reports/latest-reports';
export { TreffpunktNextMeeting } from './next-meeting/next-meeting';
export { TreffpunktUpcomingMeetings } from './upcoming-meetings/upcoming-meetings';
export type * from 'treffpunkt-shared/wire';
