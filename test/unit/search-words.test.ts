/**
 * What search compares, on its own: the words and stems of a text and of a query (SQLite's index
 * and every query), and a report's year with the archive's grouping by it.
 */
import { describe, expect, it } from 'vitest';
import { queryStemsOf, queryWordsOf, stemsOf, wordsOf } from '../../cms/src/plugins/treffpunkt/server/src/search/words';
import { groupByYear, reportYear } from '../../cms/src/plugins/treffpunkt/server/src/search/year';

describe('words and stems', () => {
  it('splits on anything but letters and digits, lower-case, umlauts and ß kept', () => {
    expect(wordsOf('Über-regionales Treffen: 3 Workshops, Straße & Co.')).toEqual([
      'über',
      'regionales',
      'treffen',
      '3',
      'workshops',
      'straße',
      'co',
    ]);
  });

  it('gives German word forms one stem and leaves the stop words out', () => {
    expect(stemsOf('des Treffens', 'de')).toEqual(stemsOf('Treffen', 'de'));
    expect(stemsOf('Vernetzungen', 'de')).toEqual(stemsOf('Vernetzung', 'de'));
    expect(stemsOf('die Netzwerke und der Verein', 'de')).toEqual([...stemsOf('Netzwerk', 'de'), ...stemsOf('Verein', 'de')]);
  });

  it('stems English versions in English', () => {
    expect(stemsOf('the gardens', 'en')).toEqual(stemsOf('gardening', 'en'));
  });

  it('drops the plural s of a loanword in a German query, which the German stemmer keeps', () => {
    expect(stemsOf('Workshops', 'de')).not.toEqual(stemsOf('Workshop', 'de'));
    expect(queryWordsOf('Workshops Apps Laptops', 'de')).toEqual(['workshop', 'app', 'laptop']);
    expect(queryStemsOf('Workshops', 'de')).toEqual(stemsOf('Workshop', 'de'));
    // An s the stemmer handles itself, or that belongs to the word, stays.
    expect(queryWordsOf('Haus Kurs Prozess Treffens Chats', 'de')).toEqual(['haus', 'kurs', 'prozess', 'treffens', 'chats']);
    expect(queryWordsOf('Workshops', 'en')).toEqual(['workshops']);
  });
});

describe('a report’s year', () => {
  const report = (meetingStart: string | null, publishedOn: string, slug = '') => ({
    slug,
    meeting: { start: meetingStart, end: null, place: null },
    publishedOn,
  });

  it('is its meeting’s year, else its publication’s', () => {
    expect(reportYear(report('2024-11-28', '2025-02-03'))).toBe(2024);
    expect(reportYear(report(null, '2023-03-02'))).toBe(2023);
  });

  it('groups an archive by year, the latest first, each year in the order given', () => {
    const reports = [
      report('2024-11-28', '2025-02-03', 'late'),
      report(null, '2025-01-10', 'new-year'),
      report(null, '2024-09-10', 'autumn'),
      report('2023-05-01', '2023-05-02', 'old'),
    ];
    expect(groupByYear(reports).map(({ year, reports: inYear }) => [year, inYear.map((r) => r.slug)])).toEqual([
      [2025, ['new-year']],
      [2024, ['late', 'autumn']],
      [2023, ['old']],
    ]);
  });
});
