import type { ReactNode } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Flex,
  MultiSelect,
  MultiSelectOption,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import type { EmbedNetwork } from 'treffpunkt-shared/admin-api';
import { EVENT_KIND_LABELS } from 'treffpunkt-shared/labels';
import { HEADING_LEVELS, LANGUAGES, LAYOUTS, LIMIT_RANGE, THEMES, WIDGETS, type WidgetKind } from 'treffpunkt-shared/widget-options';
import { EVENT_KINDS } from 'treffpunkt-shared/wire';
import type { MessageKey } from '../translations/messages';
import { useAdminLanguage, useText } from '../translations/useText';
import { useFillingLimit } from './filling-limit';
import { hasLimit, showsMeetings, withWidget, type WidgetOptions } from './snippet';

interface FormProps {
  options: WidgetOptions;
  networks: EmbedNetwork[];
  onChange(options: WidgetOptions): void;
}

function Labelled({ name, label, hint, children }: { name: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <Field.Root name={name} hint={hint}>
      <Field.Label>{label}</Field.Label>
      {children}
      <Field.Hint />
    </Field.Root>
  );
}

/** A select of fixed choices whose labels are plugin texts, e.g. `options.theme.dark`. */
function Choice<Value extends string | number>(props: {
  name: string;
  label: string;
  hint?: string;
  value: Value;
  values: readonly Value[];
  optionLabel(value: Value): string;
  onChange(value: Value): void;
}) {
  const { name, label, hint, value, values, optionLabel, onChange } = props;
  return (
    <Labelled name={name} label={label} hint={hint}>
      <SingleSelect value={value} onChange={(next) => onChange(values.find((v) => String(v) === String(next)) ?? value)}>
        {values.map((choice) => (
          <SingleSelectOption key={choice} value={choice}>
            {optionLabel(choice)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Labelled>
  );
}

/** Under the limit: how many items there are now, when fewer than its rows, and the limit they fill. */
function FillingLimitHint({ options, onChange }: { options: WidgetOptions; onChange(options: WidgetOptions): void }) {
  const text = useText();
  const filling = useFillingLimit(options);
  if (!filling) return null;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      <Typography variant="pi" textColor="warning600">
        {text(`options.limit.fill.${options.widget}` as MessageKey, { count: filling.count, limit: filling.limit })}
      </Typography>
      <Button variant="tertiary" size="S" onClick={() => onChange({ ...options, limit: filling.limit })}>
        {text('options.limit.fill.use', { limit: filling.limit })}
      </Button>
    </Flex>
  );
}

/** The meeting kinds a meeting widget shows (none chosen: all), in the list's order whatever the order of choosing. */
function KindsChoice({ options, onChange }: { options: WidgetOptions; onChange(options: WidgetOptions): void }) {
  const text = useText();
  const language = useAdminLanguage();
  return (
    <Labelled name="kinds" label={text('options.kinds')} hint={text('options.kinds.hint')}>
      <MultiSelect
        withTags
        value={options.kinds}
        placeholder={text('options.kinds.all')}
        onChange={(chosen) => onChange({ ...options, kinds: EVENT_KINDS.filter((kind) => chosen.includes(kind)) })}
      >
        {EVENT_KINDS.map((kind) => (
          <MultiSelectOption key={kind} value={kind}>
            {EVENT_KIND_LABELS[language][kind]}
          </MultiSelectOption>
        ))}
      </MultiSelect>
    </Labelled>
  );
}

export function WidgetOptionsForm({ options, networks, onChange }: FormProps) {
  const text = useText();
  const set = (change: Partial<WidgetOptions>) => onChange({ ...options, ...change });
  const network = networks.find((candidate) => candidate.slug === options.network);
  const children = network?.children ?? 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Choice
        name="network"
        label={text('options.network')}
        value={options.network}
        values={networks.map((candidate) => candidate.slug)}
        optionLabel={(slug) => networks.find((candidate) => candidate.slug === slug)?.name ?? slug}
        onChange={(slug) => set({ network: slug, includeSubnetworks: false })}
      />
      <Field.Root name="includeSubnetworks" hint={children ? undefined : text('options.includeSubnetworks.none')}>
        <Checkbox
          checked={options.includeSubnetworks}
          disabled={children === 0}
          onCheckedChange={(checked) => set({ includeSubnetworks: checked === true })}
        >
          {text('options.includeSubnetworks', { count: children })}
        </Checkbox>
        <Field.Hint />
      </Field.Root>
      <Choice<WidgetKind>
        name="widget"
        label={text('options.widget')}
        value={options.widget}
        values={WIDGETS}
        optionLabel={(widget) => text(`options.widget.${widget}` as MessageKey)}
        onChange={(widget) => onChange(withWidget(options, widget))}
      />
      {showsMeetings(options.widget) && <KindsChoice options={options} onChange={onChange} />}
      <Labelled name="tag" label={text('options.tag')} hint={text('options.tag.hint')}>
        <TextInput value={options.tag} onChange={(event: { target: { value: string } }) => set({ tag: event.target.value })} />
      </Labelled>
      {hasLimit(options.widget) && (
        <Labelled name="limit" label={text(`options.limit.${options.widget}` as MessageKey)} hint={text('options.limit.hint')}>
          <NumberInput
            value={options.limit}
            onValueChange={(limit) =>
              set({ limit: Math.min(LIMIT_RANGE.max, Math.max(LIMIT_RANGE.min, Math.round(limit ?? LIMIT_RANGE.min))) })
            }
          />
          <FillingLimitHint options={options} onChange={onChange} />
        </Labelled>
      )}
      {LAYOUTS[options.widget].length > 1 && (
        <Choice
          name="layout"
          label={text('options.layout')}
          value={options.layout}
          values={LAYOUTS[options.widget]}
          optionLabel={(layout) => text(`options.layout.${layout}` as MessageKey)}
          onChange={(layout) => set({ layout })}
        />
      )}
      <Choice
        name="theme"
        label={text('options.theme')}
        value={options.theme}
        values={THEMES}
        optionLabel={(theme) => text(`options.theme.${theme}`)}
        onChange={(theme) => set({ theme })}
      />
      <Choice
        name="lang"
        label={text('options.lang')}
        value={options.lang}
        values={LANGUAGES}
        optionLabel={(lang) => text(`options.lang.${lang}`)}
        onChange={(lang) => set({ lang })}
      />
      <Choice
        name="headingLevel"
        label={text('options.headingLevel')}
        hint={text('options.headingLevel.hint')}
        value={options.headingLevel}
        values={HEADING_LEVELS}
        optionLabel={(level) => `h${level}`}
        onChange={(headingLevel) => set({ headingLevel })}
      />
      <Labelled name="hrefTemplate" label={text('options.hrefTemplate')} hint={text('options.hrefTemplate.hint')}>
        <TextInput
          value={options.hrefTemplate}
          placeholder={options.lang === 'de' ? '/berichte/{slug}' : '/reports/{slug}'}
          onChange={(event: { target: { value: string } }) => set({ hrefTemplate: event.target.value })}
        />
      </Labelled>
    </Flex>
  );
}
