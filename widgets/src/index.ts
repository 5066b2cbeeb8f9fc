/**
 * Treffpunkt widgets: `<treffpunkt-latest-reports>` and `<treffpunkt-next-meeting>`.
 * Loading this module defines both elements (once, however often it is loaded) and
 * nothing else on the page.
 */
export { TreffpunktLatestReports } from './latest-reports/latest-reports';
export { TreffpunktNextMeeting } from './next-meeting/next-meeting';
