/**
 * What an editor typed survives a save the server refuses (a slug in use, an end before the
 * start: server/src/writes/editor-rules.ts, another network: the network editors' guard, or
 * any other refusal), in every field: components, relations, the series, the meeting's times.
 *
 * Our refusals are Strapi's `errors.ValidationError` with `details.errors[{ path, message }]`, and
 * the content manager shows each message at its field. The loss comes from how its edit view saves
 * a document it has loaded (content-manager 5.x, services/documents.ts `updateDocument`,
 * strapi/strapi#22646): it writes the values into its cached document as soon as Save is clicked,
 * takes that back when the server refuses, and then fetches the document again (the mutation
 * invalidates it whatever the answer). The form follows its document (admin's Form.tsx,
 * SET_INITIAL_VALUES), so it is reset up to three times, the last time after the message is
 * already at its field; and the taking back is shallow: a component (a report's author) comes back
 * as it was typed while the rest is as stored. A new document has no cached one and keeps its
 * values.
 *
 * Mounted inside the edit view's form (the "right-links" zone of its Entry panel), this keeps the
 * values a save sent and, once the save is over without the form taking them as its document,
 * puts them back whenever the form is reset to the document as it was (each field as loaded or as
 * typed), before the browser paints that reset. Any other change ends it: the editor working on,
 * or another version of the document coming in (discarding changes still discards them). The
 * form is keyed by document and language, so nothing is carried into another document.
 */
import { useLayoutEffect, useRef } from 'react';
import { useForm } from '@strapi/strapi/admin';
import { isTreffpunktUid } from 'treffpunkt-shared/content-types';

type Values = Record<string, unknown>;

const isObject = (value: unknown): value is Values => typeof value === 'object' && value !== null;

/** The same content, whatever the objects (the cached document comes back as a copy). */
function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysOfA = Object.keys(a);
  if (keysOfA.length !== Object.keys(b).length) return false;
  return keysOfA.every((key) => key in b && sameContent(a[key], b[key]));
}

/** Whether each field of `reset` (of a component, each of its fields) is as loaded or as typed. */
function madeOfLoadedAndTyped(reset: unknown, loaded: unknown, typed: unknown): boolean {
  if (sameContent(reset, loaded) || sameContent(reset, typed)) return true;
  const comparable = [reset, loaded, typed].every((value) => isObject(value) && !Array.isArray(value));
  if (!comparable) return false;
  return Object.keys(reset as Values).every((key) =>
    madeOfLoadedAndTyped((reset as Values)[key], (loaded as Values)[key], (typed as Values)[key]),
  );
}

interface Save {
  /** The document as the form had loaded it when the save began, and the values it sent. */
  loaded: Values;
  typed: Values;
}

function KeepTypedOnRefusalInForm() {
  const isSubmitting = useForm('KeepTypedOnRefusal', (state) => state.isSubmitting);
  const values = useForm('KeepTypedOnRefusal', (state) => state.values) as Values;
  const initialValues = useForm('KeepTypedOnRefusal', (state) => state.initialValues) as Values;
  const setValues = useForm('KeepTypedOnRefusal', (state) => state.setValues);
  const save = useRef<Save | null>(null);
  const wasSubmitting = useRef(false);

  // A layout effect: a reset is undone in the same task that made it, never painted nor read.
  useLayoutEffect(() => {
    const began = isSubmitting && !wasSubmitting.current;
    const ended = !isSubmitting && wasSubmitting.current;
    wasSubmitting.current = isSubmitting;
    // The form holds a document exactly as given (its reducer stores the one object as both).
    const isDocument = values === initialValues;
    if (began) save.current = { loaded: initialValues, typed: values };
    const kept = save.current;
    if (!kept) return;
    if (isSubmitting) {
      // An input that hands its value over on blur does so after Save was clicked: that is sent too.
      if (!isDocument) kept.typed = values;
      return;
    }
    // Saved: the content manager makes what it sent the form's document (resetForm).
    if (ended && initialValues === kept.typed) save.current = null;
    if (!save.current || values === kept.typed) return;
    if (isDocument && madeOfLoadedAndTyped(values, kept.loaded, kept.typed)) setValues(kept.typed);
    else save.current = null;
  }, [isSubmitting, values, initialValues, setValues]);

  return null;
}

/** In the edit view of Treffpunkt's content types only (the zone passes the model's uid as `slug`). */
export function KeepTypedOnRefusal({ slug }: { slug?: string }) {
  return slug && isTreffpunktUid(slug) ? <KeepTypedOnRefusalInForm /> : null;
}
