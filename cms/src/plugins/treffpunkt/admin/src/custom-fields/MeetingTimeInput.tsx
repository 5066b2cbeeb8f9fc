/**
 * The edit view's input of plugin::treffpunkt.meeting-time: a start, end or deadline entered and
 * shown as the wall clock of the meeting's own time zone (the form's `timeZone`), whatever zone
 * the editor's computer is in. The zone stands beside the field; when the editor's clock shows
 * another time, that time is shown too. All-day and day-precision meetings ask for a date,
 * month-precision ones for a month (./meeting-time.ts). Strapi's own date-time picker works in
 * the browser's zone, so the date and the time are picked apart and joined here.
 */
import { forwardRef, useEffect, useMemo, useRef } from 'react';
import { DatePicker, Field, Flex, SingleSelect, SingleSelectOption, TimePicker, Typography } from '@strapi/design-system';
import { useField, useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { MeetingTimeRole } from 'treffpunkt-shared/custom-fields';
import { DEFAULT_TIME_ZONE, isValidTimeZone, wallClockOf, type WallClock } from 'treffpunkt-shared/wall-clock';
import type { DatePrecision } from 'treffpunkt-shared/wire';
import { useText } from '../translations/useText';
import { askedFor, type AskedFor } from './asked-for';
import { sameWallClockIn, shownWallClock, storedInstant } from './meeting-time';
import type { CustomFieldInputProps } from './input-props';

interface MeetingTimeInputProps extends Omit<CustomFieldInputProps, 'label'> {
  /** Also in the labels of the date and time inputs ("Beginn – Datum"). */
  label: string;
  attribute: { options?: { role?: MeetingTimeRole } };
}

interface FormValues {
  timeZone?: string | null;
  allDay?: boolean | null;
  datePrecision?: DatePrecision | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const editorsZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The meeting's zone as typed, and the zone the times are read in: the last valid one while a new one is being typed. */
function useMeetingZone(): { typed: string; zone: string } {
  const typed = useForm('MeetingTimeInput', (state) => (state.values as FormValues).timeZone ?? '') || DEFAULT_TIME_ZONE;
  const lastValid = useRef(isValidTimeZone(typed) ? typed : DEFAULT_TIME_ZONE);
  if (isValidTimeZone(typed)) lastValid.current = typed;
  return { typed, zone: lastValid.current };
}

/** When the zone changes, the wall clock the editor entered stays and the instant moves with it. */
function useWallClockKeptAcrossZones(
  name: string,
  value: string | null,
  onChange: (name: string, value: string) => void,
  asked: AskedFor,
  zone: string,
) {
  const seen = useRef({ zone, value });
  useEffect(() => {
    const before = seen.current;
    seen.current = { zone, value };
    // A value that changed together with the zone is another document's (a reset, another language): nothing to move.
    if (before.zone === zone || !value || before.value !== value) return;
    const moved = sameWallClockIn(value, asked, before.zone, zone);
    seen.current = { zone, value: moved };
    if (moved !== value) onChange(name, moved);
  }, [zone, value, name, onChange, asked]);
}

export const MeetingTimeInput = forwardRef<HTMLInputElement, MeetingTimeInputProps>(
  ({ name, label, hint, required, disabled, labelAction, attribute }, ref) => {
    const text = useText();
    const { formatDate, formatDateToParts, locale } = useIntl();
    const field = useField<string | null>(name);
    const role = attribute.options?.role ?? 'deadline';
    const { typed, zone } = useMeetingZone();
    const allDay = useForm('MeetingTimeInput', (state) => (state.values as FormValues).allDay ?? false);
    const datePrecision = useForm('MeetingTimeInput', (state) => (state.values as FormValues).datePrecision ?? 'time');
    const asked = askedFor(role, { allDay, datePrecision });
    useWallClockKeptAcrossZones(name, field.value ?? null, field.onChange, asked, zone);

    const shown = shownWallClock(field.value, asked, zone);
    // The picker reads the calendar day of a Date in UTC and answers with midnight in the browser's zone: carry the day only.
    // One Date per day: the picker resets what is being typed whenever it gets another object.
    const pickerDay = useMemo(() => (shown ? new Date(`${shown.date}T00:00:00Z`) : undefined), [shown?.date]);
    const enter = (entered: WallClock | null) => field.onChange(name, entered && entered.date ? storedInstant(entered, asked, zone) : null);

    const instant = field.value ? new Date(field.value) : null;
    const editorsClock = asked === 'date-time' && instant && shown ? wallClockOf(instant, editorsZone()) : null;
    const showEditorsTime = editorsClock && (editorsClock.date !== shown?.date || editorsClock.time !== shown?.time);
    const offset = instant
      ? formatDateToParts(instant, { timeZone: zone, timeZoneName: 'shortOffset' }).find((part) => part.type === 'timeZoneName')?.value
      : null;

    return (
      <Field.Root name={name} error={field.error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <Flex gap={2} alignItems="center" wrap="wrap">
          {asked === 'month' ? (
            <MonthInput label={label} value={shown} disabled={disabled} onChange={enter} />
          ) : (
            <DatePicker
              ref={ref}
              locale={locale}
              aria-label={text('time.date', { field: label })}
              clearLabel={text('time.clear')}
              disabled={disabled}
              value={pickerDay}
              onChange={(day?: Date) =>
                enter(
                  day ? { date: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`, time: shown?.time ?? '' } : null,
                )
              }
              onClear={() => enter(null)}
            />
          )}
          {asked === 'date-time' ? (
            <Field.Root name={`${name}-time`}>
              <TimePicker
                aria-label={text('time.time', { field: label })}
                disabled={disabled || !shown}
                value={shown?.time}
                onChange={(time?: string) => shown && enter({ date: shown.date, time: time ?? '' })}
              />
            </Field.Root>
          ) : null}
          <Typography variant="pi" textColor="neutral600" data-zone={zone}>
            {offset ? text('time.zoneWithOffset', { zone, offset }) : zone}
          </Typography>
        </Flex>
        {typed !== zone ? (
          <Typography variant="pi" textColor="danger600">
            {text('time.badZone', { typed, zone })}
          </Typography>
        ) : null}
        {showEditorsTime && instant ? (
          <Typography variant="pi" textColor="neutral600" data-editors-time="">
            {text('time.editorsTime', {
              when: formatDate(instant, {
                weekday: 'short',
                day: '2-digit',
                month: '2-digit',
                year: 'numeric',
                hour: '2-digit',
                minute: '2-digit',
                timeZone: editorsZone(),
              }),
              zone: editorsZone(),
            })}
          </Typography>
        ) : null}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

/** Years to choose a month in: around the one shown, or around this year for a new meeting. */
const yearsAround = (year: number) => Array.from({ length: 21 }, (_, index) => year - 10 + index);

/** A month and its year, for meetings known by the month only ("in March 2027"). */
function MonthInput({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string;
  value: WallClock | null;
  disabled?: boolean;
  onChange: (entered: WallClock | null) => void;
}) {
  const text = useText();
  const { formatDate } = useIntl();
  const [year, month] = value ? value.date.split('-').map(Number) : [new Date().getFullYear(), undefined];
  const enter = (nextYear: number, nextMonth: number) => onChange({ date: `${nextYear}-${pad(nextMonth)}-01`, time: '00:00' });
  return (
    <>
      <Field.Root name="month">
        <SingleSelect
          aria-label={text('time.month', { field: label })}
          placeholder={text('time.pickMonth')}
          disabled={disabled}
          value={month ? String(month) : undefined}
          onChange={(next: string | number) => enter(year, Number(next))}
        >
          {MONTHS.map((m) => (
            <SingleSelectOption key={m} value={String(m)}>
              {formatDate(Date.UTC(2000, m - 1, 15), { month: 'long', timeZone: 'UTC' })}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="year">
        <SingleSelect
          aria-label={text('time.year', { field: label })}
          disabled={disabled || !month}
          value={month ? String(year) : undefined}
          onChange={(next: string | number) => month && enter(Number(next), month)}
        >
          {yearsAround(year).map((y) => (
            <SingleSelectOption key={y} value={String(y)}>
              {String(y)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
    </>
  );
}

export default MeetingTimeInput;
