/**
 * The edit view's input of plugin::treffpunkt.recurrence: a meeting's series as a person thinks
 * of it, not as JSON. Repeats never, weekly (weekdays, every N weeks) or monthly (a day of the
 * month, or "the first Tuesday"; every N months); ends never, on a date or after N dates. Under it
 * the server says the series back, in the sentence websites show, with its next dates, from which
 * single dates are cancelled or moved (./SeriesDates.tsx). The value saved is the JSON of
 * shared/recurrence.ts; the server checks it on saving and its message shows at this field.
 */
import { forwardRef, useMemo, useRef, useState, type ReactNode } from 'react';
import { Box, Checkbox, DatePicker, Field, Flex, Grid, NumberInput, Typography } from '@strapi/design-system';
import { useField, useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { SeriesPreviewRequest } from 'treffpunkt-shared/admin-api';
import {
  FREQUENCIES,
  WEEKDAY_POSITIONS,
  WEEKDAYS,
  type Frequency,
  type Recurrence,
  type SeriesEnd,
  type Weekday,
} from 'treffpunkt-shared/recurrence';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from 'treffpunkt-shared/wall-clock';
import type { DatePrecision } from 'treffpunkt-shared/wire';
import { useAdminLanguage, useText } from '../translations/useText';
import { seriesStart, withEndType, withFrequency, withMonthlyBy, withWeekday, type SeriesStart } from './recurrence-form';
import { Choice } from './Choice';
import { dayPicked, usePickerDay } from './picked-day';
import { SeriesDates } from './SeriesDates';
import { useSeriesPreview } from './useSeriesPreview';
import type { CustomFieldInputProps } from './input-props';

type RecurrenceInputProps = CustomFieldInputProps;

interface FormValues {
  start?: string | null;
  end?: string | null;
  timeZone?: string | null;
  allDay?: boolean | null;
  datePrecision?: DatePrecision | null;
}

/** How many coming dates the preview shows, and how many when the editor asks for more. */
const FEW = 5;
const MANY = 20;
const END_TYPES: SeriesEnd['type'][] = ['never', 'until', 'count'];
const MONDAY = Date.UTC(2024, 0, 1, 12);

/** The meeting's times as the form has them now, saved or not: the series' first occurrence. */
function useMeeting() {
  const start = useForm('RecurrenceInput', (state) => (state.values as FormValues).start ?? null);
  const end = useForm('RecurrenceInput', (state) => (state.values as FormValues).end ?? null);
  const typedZone = useForm('RecurrenceInput', (state) => (state.values as FormValues).timeZone ?? '');
  const allDay = useForm('RecurrenceInput', (state) => (state.values as FormValues).allDay ?? false);
  const datePrecision = useForm('RecurrenceInput', (state) => (state.values as FormValues).datePrecision ?? 'time');
  // While a zone is being typed, the times are read in the default one; the server names a wrong zone on saving.
  const timeZone = typedZone && isValidTimeZone(typedZone) ? typedZone : DEFAULT_TIME_ZONE;
  return { start, end, timeZone, allDay, datePrecision };
}

/** A labelled input of the form, each with its own label, as the content manager lays out its fields. */
function Part({ name, label, hint, children, col = 4 }: { name: string; label: string; hint?: string; children: ReactNode; col?: number }) {
  return (
    <Grid.Item col={col} s={12} direction="column" alignItems="stretch">
      <Field.Root name={name} hint={hint}>
        <Field.Label>{label}</Field.Label>
        {children}
        <Field.Hint />
      </Field.Root>
    </Grid.Item>
  );
}

export const RecurrenceInput = forwardRef<HTMLDivElement, RecurrenceInputProps>(
  ({ name, label, hint, required, disabled, labelAction }, ref) => {
    const text = useText();
    const { formatDate } = useIntl();
    const language = useAdminLanguage();
    const field = useField<Recurrence | null>(name);
    const meeting = useMeeting();
    const start = useMemo(() => seriesStart(meeting), [meeting.start, meeting.end, meeting.timeZone]);
    const [many, setMany] = useState(false);
    // Switching to "no" and back brings the rule back as it was: nothing the editor set is lost.
    const before = useRef<Recurrence | null>(null);

    const rule = field.value && typeof field.value === 'object' ? field.value : null;
    const change = (next: Recurrence | null) => field.onChange(name, next);
    const request: SeriesPreviewRequest | null =
      rule && meeting.start ? { ...meeting, start: meeting.start, locale: language, recurrence: rule, limit: many ? MANY : FEW } : null;
    const preview = useSeriesPreview(request);

    const chooseFrequency = (frequency: Frequency | 'never') => {
      if (frequency === 'never') before.current = rule;
      const kept = before.current?.frequency === frequency ? before.current : rule;
      change(withFrequency(kept, frequency, start));
    };
    const weekdayName = (day: Weekday) => formatDate(MONDAY + WEEKDAYS.indexOf(day) * 864e5, { weekday: 'long', timeZone: 'UTC' });

    return (
      <Box ref={ref} data-treffpunkt-recurrence="">
        <Field.Root name={name} error={field.error} hint={hint} required={required}>
          <Field.Label action={labelAction}>{label}</Field.Label>
          <Box paddingTop={1}>
            <Grid.Root gap={4}>
              <Part name={`${name}-frequency`} label={text('series.frequency')}>
                <Choice
                  value={rule?.frequency ?? 'never'}
                  values={['never', ...FREQUENCIES] as const}
                  label={(frequency) => text(`series.frequency.${frequency}`)}
                  disabled={disabled}
                  onChange={chooseFrequency}
                />
              </Part>
              {rule ? (
                <Part
                  name={`${name}-interval`}
                  label={text(`series.interval.${rule.frequency}`)}
                  hint={text('series.interval.hint')}
                  col={3}
                >
                  <NumberInput
                    value={rule.interval}
                    disabled={disabled}
                    onValueChange={(value) => value !== undefined && change({ ...rule, interval: value })}
                  />
                </Part>
              ) : null}
              {rule?.frequency === 'weekly' ? (
                <Grid.Item col={12} direction="column" alignItems="stretch" gap={2}>
                  <Typography id={`${name}-weekdays`} variant="pi" fontWeight="bold">
                    {text('series.weekdays')}
                  </Typography>
                  <Flex role="group" aria-labelledby={`${name}-weekdays`} gap={4} wrap="wrap">
                    {WEEKDAYS.map((day) => (
                      <Checkbox
                        key={day}
                        disabled={disabled}
                        checked={rule.weekdays?.includes(day) ?? false}
                        onCheckedChange={(checked) => change(withWeekday(rule, day, checked === true))}
                      >
                        {weekdayName(day)}
                      </Checkbox>
                    ))}
                  </Flex>
                </Grid.Item>
              ) : null}
              {rule?.frequency === 'monthly' ? (
                <MonthlyParts name={name} rule={rule} start={start} disabled={disabled} weekdayName={weekdayName} onChange={change} />
              ) : null}
              {rule ? <EndParts name={name} rule={rule} start={start} disabled={disabled} onChange={change} /> : null}
            </Grid.Root>
            {rule ? (
              <SeriesDates
                rule={rule}
                start={start}
                timeZone={meeting.timeZone}
                preview={preview}
                fieldError={field.error}
                disabled={disabled}
                many={many}
                onMany={setMany}
                onChange={change}
              />
            ) : null}
          </Box>
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Box>
    );
  },
);

interface RulePartsProps {
  name: string;
  rule: Recurrence;
  start: SeriesStart | null;
  disabled?: boolean;
  onChange: (rule: Recurrence) => void;
}

/** Monthly: on a day of the month, or on the first … last weekday of it. */
function MonthlyParts({ name, rule, start, disabled, weekdayName, onChange }: RulePartsProps & { weekdayName: (day: Weekday) => string }) {
  const text = useText();
  const monthly = rule.monthly ?? { by: 'weekday', position: start?.position ?? 1, weekday: start?.weekday ?? 'MO' };
  return (
    <>
      <Part name={`${name}-monthly-by`} label={text('series.monthlyBy')} col={6}>
        <Choice
          value={monthly.by}
          values={['weekday', 'day-of-month'] as const}
          label={(by) => text(`series.monthlyBy.${by}`)}
          disabled={disabled}
          onChange={(by) => onChange(withMonthlyBy(rule, by, start))}
        />
      </Part>
      {monthly.by === 'weekday' ? (
        <>
          <Part name={`${name}-position`} label={text('series.position')} col={3}>
            <Choice
              value={monthly.position}
              values={WEEKDAY_POSITIONS}
              label={(position) => text(`series.position.${position}`)}
              disabled={disabled}
              onChange={(position) => onChange({ ...rule, monthly: { ...monthly, position } })}
            />
          </Part>
          <Part name={`${name}-weekday`} label={text('series.weekday')} col={3}>
            <Choice
              value={monthly.weekday}
              values={WEEKDAYS}
              label={weekdayName}
              disabled={disabled}
              onChange={(weekday) => onChange({ ...rule, monthly: { ...monthly, weekday } })}
            />
          </Part>
        </>
      ) : (
        <Part name={`${name}-day`} label={text('series.day')} col={3}>
          <NumberInput
            value={monthly.day}
            disabled={disabled}
            onValueChange={(value) => value !== undefined && onChange({ ...rule, monthly: { by: 'day-of-month', day: value } })}
          />
        </Part>
      )}
    </>
  );
}

/** The end: never, on a last day, or after a number of dates. */
function EndParts({ name, rule, start, disabled, onChange }: RulePartsProps) {
  const text = useText();
  const { locale } = useIntl();
  const { end } = rule;
  const until = usePickerDay(end.type === 'until' ? end.date : null);
  return (
    <>
      <Part name={`${name}-end`} label={text('series.end')}>
        <Choice
          value={end.type}
          values={END_TYPES}
          label={(type) => text(`series.end.${type}`)}
          disabled={disabled}
          onChange={(type) => onChange(withEndType(rule, type, start))}
        />
      </Part>
      {end.type === 'until' ? (
        <Part name={`${name}-until`} label={text('series.until')}>
          <DatePicker
            locale={locale}
            disabled={disabled}
            value={until}
            onChange={(day?: Date) => day && onChange({ ...rule, end: { type: 'until', date: dayPicked(day) } })}
          />
        </Part>
      ) : null}
      {end.type === 'count' ? (
        <Part name={`${name}-count`} label={text('series.count')} col={3}>
          <NumberInput
            value={end.count}
            disabled={disabled}
            onValueChange={(value) => value !== undefined && onChange({ ...rule, end: { type: 'count', count: value } })}
          />
        </Part>
      ) : null}
    </>
  );
}

export default RecurrenceInput;
