/**
 * A report's year: the year its meeting began, else the year of its publication date, as the
 * card's `display.when` dates it. `year=` filters by it and the archive groups by it: one rule,
 * stated here.
 */
import type { WireReportCard } from 'treffpunkt-shared/wire';

export type DatedReport = Pick<WireReportCard, 'meeting' | 'publishedOn'>;

export function reportYear(report: DatedReport): number {
  return Number((report.meeting.start ?? report.publishedOn).slice(0, 4));
}

/** `reports` by year, the latest year first; within a year in the order given (the list's, newest first). */
export function groupByYear<Report extends DatedReport>(reports: readonly Report[]): { year: number; reports: Report[] }[] {
  const years = new Map<number, Report[]>();
  for (const report of reports) {
    const year = reportYear(report);
    years.set(year, [...(years.get(year) ?? []), report]);
  }
  return [...years].sort(([a], [b]) => b - a).map(([year, inYear]) => ({ year, reports: inYear }));
}
