/**
 * An editor's series, checked before it is saved: a clear message in both languages
 * (validation/editor-messages.ts says it in the editor's) for a rule that is malformed, yields no date or not the meeting's own
 * start, ends before it starts, repeats more often than a series may, or names an exception that is
 * not one of its dates.
 */
import { z } from 'zod';
import {
  FREQUENCIES,
  MAX_INTERVAL,
  MAX_OCCURRENCES,
  OCCURRENCE_CHANGES,
  WEEKDAY_POSITIONS,
  WEEKDAYS,
  type Recurrence,
} from 'treffpunkt-shared/recurrence';
import { bilingual, type Bilingual } from 'treffpunkt-shared/locales';
import { allOccurrences, occurrenceOn } from '../recurrence/occurrences';
import { parseInstant, Temporal, toZonedDate, type InstantLike } from '../time/zoned-time';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .refine((value) => {
    try {
      Temporal.PlainDate.from(value);
      return true;
    } catch {
      return false;
    }
  }, 'must be a date that exists');
export const instant = z.string().refine((value) => parseInstant(value) !== null, 'must be a date and time');
const note = z.string().max(200, 'must be at most 200 characters').nullish();

const schema = z.strictObject({
  frequency: z.enum(FREQUENCIES),
  interval: z.number().int().min(1).max(MAX_INTERVAL, `must be at most ${MAX_INTERVAL}`),
  weekdays: z.array(z.enum(WEEKDAYS)).max(7).optional(),
  monthly: z
    .discriminatedUnion('by', [
      z.strictObject({ by: z.literal('day-of-month'), day: z.number().int().min(1).max(31) }),
      z.strictObject({
        by: z.literal('weekday'),
        position: z.union(WEEKDAY_POSITIONS.map((position) => z.literal(position))),
        weekday: z.enum(WEEKDAYS),
      }),
    ])
    .optional(),
  end: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('never') }),
    z.strictObject({ type: z.literal('until'), date: isoDate }),
    z.strictObject({ type: z.literal('count'), count: z.number().int().min(1).max(MAX_OCCURRENCES, `must be at most ${MAX_OCCURRENCES}`) }),
  ]),
  exceptions: z
    .array(
      z.strictObject({
        date: isoDate,
        change: z.enum(OCCURRENCE_CHANGES),
        start: instant.nullish(),
        end: instant.nullish(),
        place: z.string().max(200).nullish(),
        note: z.strictObject({ de: note, en: note }).nullish(),
      }),
    )
    .max(MAX_OCCURRENCES)
    .optional(),
});

export interface SeriesTiming {
  start: InstantLike;
  end?: InstantLike | null;
  timeZone: string;
  datePrecision: string;
}

const problem = (english: string, german: string): Bilingual => bilingual(german, english);

/** The stored series, or a message for the editor. */
export function checkRecurrence(input: unknown, timing: SeriesTiming): { recurrence: Recurrence } | { problem: Bilingual } {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const part = issue.path.join('.') || 'rule';
    return { problem: problem(`The repetition is not complete: ${part} ${issue.message}.`, 'Die Wiederholung ist nicht vollständig.') };
  }
  const recurrence = parsed.data as Recurrence;
  const found = semanticProblem(recurrence, timing);
  return found ? { problem: found } : { recurrence };
}

function semanticProblem(recurrence: Recurrence, timing: SeriesTiming): Bilingual | null {
  if (timing.datePrecision === 'month') {
    return problem(
      'A meeting known only by its month cannot repeat; give its date first.',
      'Ein Treffen, von dem nur der Monat feststeht, kann sich nicht wiederholen.',
    );
  }
  if (recurrence.frequency === 'weekly' && !recurrence.weekdays?.length) {
    return problem('Choose the weekdays the meeting repeats on.', 'Bitte die Wochentage wählen, an denen sich das Treffen wiederholt.');
  }
  if (recurrence.frequency === 'monthly' && !recurrence.monthly) {
    return problem(
      'Choose the day of the month the meeting repeats on.',
      'Bitte den Tag im Monat wählen, an dem sich das Treffen wiederholt.',
    );
  }
  const startDate = toZonedDate(timing.start, timing.timeZone);
  if (recurrence.end.type === 'until' && recurrence.end.date < startDate) {
    return problem('The repetition ends before the meeting starts.', 'Die Wiederholung endet vor dem Beginn des Treffens.');
  }
  const series = { ...timing, recurrence };
  const [first] = allOccurrences(series, 1);
  if (!first)
    return problem('This repetition gives no date at all; please check the rule.', 'Diese Wiederholung ergibt keinen einzigen Termin.');
  if (first.date !== startDate) {
    return problem(
      `The start (${startDate}) is not one of the dates this repetition gives (the first would be ${first.date}): set the start to the first meeting.`,
      'Der Beginn passt nicht zur Wiederholung: bitte den Beginn auf den ersten Termin legen.',
    );
  }
  return exceptionProblem(series);
}

function exceptionProblem(series: SeriesTiming & { recurrence: Recurrence }): Bilingual | null {
  for (const exception of series.recurrence.exceptions ?? []) {
    if (!occurrenceOn(series, exception.date)) {
      return problem(`${exception.date} is not one of the series' dates.`, `Der ${exception.date} ist kein Termin dieser Reihe.`);
    }
    if (exception.change === 'moved' && !exception.start) {
      return problem(
        `Give the new date and time of the meeting on ${exception.date}.`,
        `Bitte den neuen Termin für den ${exception.date} angeben.`,
      );
    }
    if (
      exception.start &&
      exception.end &&
      parseInstant(exception.end)!.epochMilliseconds < parseInstant(exception.start)!.epochMilliseconds
    ) {
      return problem(`The moved meeting of ${exception.date} ends before it starts.`, 'Das verschobene Treffen endet vor seinem Beginn.');
    }
  }
  return null;
}
