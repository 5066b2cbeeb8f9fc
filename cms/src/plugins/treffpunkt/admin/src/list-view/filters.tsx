/**
 * The list view's filters of Treffpunkt's types in the admin's language: the field names (the
 * content manager shows the stored English labels there) and the choices of a field with fixed
 * values, in the menu and in the filter's tag ("Art des Treffens ist Konferenz"); the URL keeps
 * the stored value. The hook Admin/CM/pages/ListView/inject-in-filters gets neither the model
 * nor the language: the URL names the one, the page's lang attribute (set by the admin) the other.
 */
import { SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { CHOICE_TEXTS } from 'treffpunkt-shared/choice-texts';
import { FIELD_TEXTS } from 'treffpunkt-shared/editor-texts';
import { modelInView } from '../content-manager/paths';

export const LIST_FILTERS_HOOK = 'Admin/CM/pages/ListView/inject-in-filters';

interface Option {
  value: string;
  label: string;
}

interface Filter {
  name: string;
  label: unknown;
  options?: Option[];
  input?: unknown;
  [key: string]: unknown;
}

/** The value input of a choice filter; with its own input the filter's tag shows the option's words. */
function ChoiceFilterInput({ name, options, 'aria-label': ariaLabel }: { name: string; options: Option[]; 'aria-label'?: string }) {
  const field = useField<string>(name);
  return (
    <SingleSelect aria-label={ariaLabel} value={field.value} onChange={(value: string | number) => field.onChange(name, String(value))}>
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}

const adminLanguage = () => (document.documentElement.lang === 'de' ? 'de' : 'en');

function withWords(uid: string, filter: Filter): Filter {
  // A MessageDescriptor, for the fields Treffpunkt names (../translations): the content manager formats filter labels after this hook.
  const named = typeof filter.label === 'string' && FIELD_TEXTS[uid]?.[filter.name];
  const label = named ? { id: `content-manager.content-types.${uid}.${filter.name}`, defaultMessage: filter.label } : filter.label;
  const choices = CHOICE_TEXTS[uid]?.[filter.name];
  if (!choices || !filter.options) return { ...filter, label };
  const options = filter.options.map((option) => ({ ...option, label: choices[option.value]?.[adminLanguage()] ?? option.value }));
  return { ...filter, label, options, input: ChoiceFilterInput };
}

export function translateFilters<Args extends { displayedFilters: Filter[] }>(args: Args): Args {
  const uid = modelInView();
  if (!uid) return args;
  return { ...args, displayedFilters: args.displayedFilters.map((filter) => withWords(uid, filter)) };
}
