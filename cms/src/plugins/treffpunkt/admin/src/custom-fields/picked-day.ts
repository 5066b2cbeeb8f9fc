import { useMemo } from 'react';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar day (YYYY-MM-DD) for the design system's date picker, which reads the day of a Date
 * in UTC. One Date per day: the picker resets what is being typed whenever it gets another object.
 */
export function usePickerDay(date: string | null | undefined): Date | undefined {
  return useMemo(() => (date ? new Date(`${date}T00:00:00Z`) : undefined), [date]);
}

/** The calendar day the picker answers with (midnight in the browser's zone), as YYYY-MM-DD. */
export const dayPicked = (day: Date) => `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
