/**
 * Under the series form: the series said back (the server's sentence and next dates, or its
 * message for a series that cannot be), each coming date with "Cancel" and "Move", and the dates
 * that differ, each with what differs: cancelled or moved (another date, time or place) and a
 * short note in German and English.
 */
import { Badge, Box, Button, DatePicker, Field, Flex, Grid, TextInput, TimePicker, Typography } from '@strapi/design-system';
import type { ChangeEvent } from 'react';
import { useIntl } from 'react-intl';
import type { SeriesPreviewOccurrence } from 'treffpunkt-shared/admin-api';
import { OCCURRENCE_CHANGES, type OccurrenceChange, type OccurrenceException, type Recurrence } from 'treffpunkt-shared/recurrence';
import { wallClockOf } from 'treffpunkt-shared/wall-clock';
import { useText } from '../translations/useText';
import { Choice } from './Choice';
import { dayPicked, usePickerDay } from './picked-day';
import { changedOccurrence, exceptionOn, movedTo, withException, withNote, withoutException, type SeriesStart } from './recurrence-form';
import type { SeriesPreviewAnswer } from './useSeriesPreview';

interface SeriesDatesProps {
  rule: Recurrence;
  start: SeriesStart | null;
  timeZone: string;
  preview: { answer: SeriesPreviewAnswer | null; pending: boolean };
  /** The field's error after saving: the preview does not say the same message a second time. */
  fieldError?: string;
  disabled?: boolean;
  /** Whether the preview lists the next twenty dates rather than five. */
  many: boolean;
  onMany: (many: boolean) => void;
  onChange: (rule: Recurrence) => void;
}

/** "Mittwoch, 2. Dezember 2026": a date of the series, which names it in every zone. */
function useLongDate() {
  const { formatDate } = useIntl();
  return (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    return formatDate(Date.UTC(year, month - 1, day, 12), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  };
}

export function SeriesDates({ rule, start, timeZone, preview, fieldError, disabled, many, onMany, onChange }: SeriesDatesProps) {
  const text = useText();
  if (!start) {
    return (
      <Box paddingTop={4}>
        <Typography variant="pi" textColor="neutral600">
          {text('series.noStart')}
        </Typography>
      </Box>
    );
  }
  const change = (date: string, to: OccurrenceChange) =>
    onChange(withException(rule, changedOccurrence(date, to, start, timeZone, exceptionOn(rule, date))));
  return (
    <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
      <Box background="neutral100" padding={4} hasRadius data-series-preview="" aria-busy={preview.pending}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {text('series.preview')}
        </Typography>
        <PreviewBody
          answer={preview.answer}
          pending={preview.pending}
          fieldError={fieldError}
          timeZone={timeZone}
          rule={rule}
          disabled={disabled}
          many={many}
          onMany={onMany}
          onCancel={(date) => change(date, 'cancelled')}
          onMove={(date) => change(date, 'moved')}
        />
      </Box>
      {rule.exceptions?.length ? (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Typography variant="delta" tag="h3">
            {text('series.exceptions')}
          </Typography>
          {rule.exceptions.map((exception) => (
            <ExceptionCard
              key={exception.date}
              exception={exception}
              timeZone={timeZone}
              disabled={disabled}
              onChange={(next) => onChange(withException(rule, next))}
              onChangeKind={(to) => change(exception.date, to)}
              onRemove={() => onChange(withoutException(rule, exception.date))}
            />
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}

interface PreviewBodyProps {
  answer: SeriesPreviewAnswer | null;
  pending: boolean;
  fieldError?: string;
  timeZone: string;
  rule: Recurrence;
  disabled?: boolean;
  many: boolean;
  onMany: (many: boolean) => void;
  onCancel: (date: string) => void;
  onMove: (date: string) => void;
}

function PreviewBody({ answer, pending, fieldError, timeZone, rule, disabled, many, onMany, onCancel, onMove }: PreviewBodyProps) {
  const text = useText();
  if (!answer) {
    return <Typography variant="pi">{text('series.working')}</Typography>;
  }
  if (answer.state === 'refused') {
    return answer.message === fieldError ? null : (
      <Typography tag="p" variant="omega" textColor="danger600" data-series-problem="">
        {answer.message}
      </Typography>
    );
  }
  if (answer.state === 'unreachable') {
    return (
      <Typography variant="pi" textColor="danger600">
        {text('series.unreachable')}
      </Typography>
    );
  }
  const { sentence, occurrences, more } = answer.preview;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
      <Typography tag="p" variant="epsilon" fontWeight="bold" data-series-sentence="">
        {sentence}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {text('series.next')} · {text('series.times', { zone: timeZone })}
      </Typography>
      {occurrences.length === 0 ? (
        <Typography variant="omega">{text('series.noneComing')}</Typography>
      ) : (
        <Flex
          tag="ol"
          direction="column"
          alignItems="stretch"
          gap={1}
          style={{ listStyle: 'none', padding: 0, margin: 0, opacity: pending ? 0.6 : 1 }}
        >
          {occurrences.map((occurrence) => (
            <PreviewRow
              key={occurrence.date}
              occurrence={occurrence}
              changed={Boolean(exceptionOn(rule, occurrence.date))}
              disabled={disabled}
              onCancel={onCancel}
              onMove={onMove}
            />
          ))}
        </Flex>
      )}
      {more && !many ? (
        <Button variant="tertiary" size="S" onClick={() => onMany(true)}>
          {text('series.showMore')}
        </Button>
      ) : null}
      {many ? (
        <Button variant="tertiary" size="S" onClick={() => onMany(false)}>
          {text('series.showFewer')}
        </Button>
      ) : null}
    </Flex>
  );
}

function PreviewRow({
  occurrence,
  changed,
  disabled,
  onCancel,
  onMove,
}: {
  occurrence: SeriesPreviewOccurrence;
  changed: boolean;
  disabled?: boolean;
  onCancel: (date: string) => void;
  onMove: (date: string) => void;
}) {
  const text = useText();
  const { when, date, change } = occurrence;
  return (
    <Flex tag="li" data-date={date} gap={3} justifyContent="space-between" wrap="wrap">
      <Flex gap={2}>
        <Typography variant="omega" textDecoration={change === 'cancelled' ? 'line-through' : undefined}>
          {when}
        </Typography>
        {change ? <Badge active={change === 'moved'}>{text(`series.change.${change}`)}</Badge> : null}
      </Flex>
      {changed ? null : (
        <Flex gap={1}>
          <Button
            variant="danger-light"
            size="S"
            disabled={disabled}
            aria-label={text('series.cancel.label', { when })}
            onClick={() => onCancel(date)}
          >
            {text('series.cancel')}
          </Button>
          <Button
            variant="secondary"
            size="S"
            disabled={disabled}
            aria-label={text('series.move.label', { when })}
            onClick={() => onMove(date)}
          >
            {text('series.move')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

interface ExceptionCardProps {
  exception: OccurrenceException;
  timeZone: string;
  disabled?: boolean;
  onChange: (exception: OccurrenceException) => void;
  onChangeKind: (change: OccurrenceChange) => void;
  onRemove: () => void;
}

function ExceptionCard({ exception, timeZone, disabled, onChange, onChangeKind, onRemove }: ExceptionCardProps) {
  const text = useText();
  const { locale } = useIntl();
  const longDate = useLongDate();
  const { date } = exception;
  const moved = exception.change === 'moved' && exception.start ? wallClockOf(new Date(exception.start), timeZone) : null;
  const movedDay = usePickerDay(moved?.date);
  const field = (part: string) => `recurrence-${date}-${part}`;
  return (
    <Box
      padding={4}
      hasRadius
      borderColor="neutral200"
      borderStyle="solid"
      borderWidth="1px"
      data-exception={date}
      tag="section"
      aria-label={text('series.exception', { date: longDate(date) })}
    >
      <Flex justifyContent="space-between" gap={2} paddingBottom={3}>
        <Typography variant="omega" fontWeight="bold" tag="h4">
          {text('series.exception', { date: longDate(date) })}
        </Typography>
        <Button
          variant="tertiary"
          size="S"
          disabled={disabled}
          aria-label={text('series.asPlanned.label', { date: longDate(date) })}
          onClick={onRemove}
        >
          {text('series.asPlanned')}
        </Button>
      </Flex>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name={field('change')}>
            <Field.Label>{text('series.change')}</Field.Label>
            <Choice
              value={exception.change}
              values={OCCURRENCE_CHANGES}
              label={(change) => text(`series.change.${change}`)}
              disabled={disabled}
              onChange={onChangeKind}
            />
          </Field.Root>
        </Grid.Item>
        {(['de', 'en'] as const).map((language) => (
          <Grid.Item key={language} col={4} s={12} direction="column" alignItems="stretch">
            <Field.Root name={field(`note-${language}`)} hint={text('series.note.hint')}>
              <Field.Label>{text(`series.note.${language}`)}</Field.Label>
              <TextInput
                value={exception.note?.[language] ?? ''}
                disabled={disabled}
                maxLength={200}
                onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(withNote(exception, language, event.target.value))}
              />
              {language === 'de' ? <Field.Hint /> : null}
            </Field.Root>
          </Grid.Item>
        ))}
        {moved ? (
          <>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              <Field.Root name={field('date')}>
                <Field.Label>{text('series.movedDate')}</Field.Label>
                <DatePicker
                  locale={locale}
                  disabled={disabled}
                  value={movedDay}
                  onChange={(day?: Date) => day && onChange(movedTo(exception, { date: dayPicked(day), time: moved.time }, timeZone))}
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              <Field.Root name={field('time')}>
                <Field.Label>{text('series.movedTime')}</Field.Label>
                <TimePicker
                  step={5}
                  disabled={disabled}
                  value={moved.time}
                  onChange={(time?: string) => time && onChange(movedTo(exception, { date: moved.date, time }, timeZone))}
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              <Field.Root name={field('place')} hint={text('series.movedPlace.hint')}>
                <Field.Label>{text('series.movedPlace')}</Field.Label>
                <TextInput
                  value={exception.place ?? ''}
                  disabled={disabled}
                  maxLength={200}
                  onChange={(event: ChangeEvent<HTMLInputElement>) => onChange({ ...exception, place: event.target.value || null })}
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
          </>
        ) : null}
      </Grid.Root>
    </Box>
  );
}
