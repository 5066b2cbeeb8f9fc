/** What the index keeps of one published language version of a report. */
import type { Locale } from 'treffpunkt-shared/wire';
import { blocksToPlainText } from '../feeds/text';
import type { SearchedReport } from '../repositories/reports';
import { toWireBlocks } from '../wire/parts';
import { meetingOf, publishedOnOf } from '../wire/report';
import { reportYear } from './year';

export interface IndexEntry {
  documentId: string;
  locale: Locale;
  /** The published row it was made from: a publish writes a new row, so another id means the entry is out of date. */
  rowId: number;
  year: number;
  /** Title, summary, body and outcomes, as plain text. */
  text: string;
}

export function indexEntry(report: SearchedReport): IndexEntry {
  const texts = [
    report.title,
    report.summary,
    blocksToPlainText(toWireBlocks(report.body, '')),
    ...(report.outcomes ?? []).map((outcome) => outcome.text),
  ];
  return {
    documentId: report.documentId,
    locale: report.locale,
    rowId: report.id,
    year: reportYear({ meeting: meetingOf(report), publishedOn: publishedOnOf(report) }),
    text: texts.filter(Boolean).join('\n'),
  };
}
