/**
 * What an editor typed survives a save the server refuses (a slug in use, an end before the
 * start: server/src/validation/editor-rules.ts, or any other refusal).
 *
 * Our refusals are Strapi's `errors.ValidationError` with `details.errors[{ path, message }]`, and
 * the content manager shows each message at its field. The loss comes from how its edit view saves
 * (content-manager 5.x, services/documents.ts `updateDocument`): it writes the values into its
 * cached document as soon as Save is clicked and takes that back when the server refuses; the form
 * follows its document (admin's Form.tsx, SET_INITIAL_VALUES) and so is reset to the stored one,
 * under the message that says why. A new document has no cached one and keeps its values.
 *
 * Mounted inside the edit view's form (the "right-links" zone of its Entry panel), this keeps the
 * values a save sent and puts them back when the refused save has reset the form to the document
 * as it was before: only that reset, so that discarding changes still discards them. The form is
 * keyed by document and language, so nothing is carried into another document.
 */
import { useEffect, useRef } from 'react';
import { useForm } from '@strapi/strapi/admin';
import { isTreffpunktUid } from '../../../shared/content-types';

type Values = Record<string, unknown>;

/** The same content, whatever the objects (the cached document comes back as a copy). */
function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysOfA = Object.keys(a);
  if (keysOfA.length !== Object.keys(b).length) return false;
  return keysOfA.every((key) => key in b && sameContent((a as Values)[key], (b as Values)[key]));
}

interface SaveUnderWay {
  /** What the form held when the save began: the document as loaded, and the editor's values. */
  loaded: Values;
  typed: Values;
  /** Whether the server refused it (set once it is over). */
  refused: boolean;
}

function KeepTypedOnRefusalInForm() {
  const isSubmitting = useForm('KeepTypedOnRefusal', (state) => state.isSubmitting);
  const values = useForm('KeepTypedOnRefusal', (state) => state.values) as Values;
  const initialValues = useForm('KeepTypedOnRefusal', (state) => state.initialValues) as Values;
  const hasErrors = useForm('KeepTypedOnRefusal', (state) => Object.keys(state.errors).length > 0);
  const setValues = useForm('KeepTypedOnRefusal', (state) => state.setValues);
  const save = useRef<SaveUnderWay | null>(null);
  const wasSubmitting = useRef(false);

  useEffect(() => {
    const began = isSubmitting && !wasSubmitting.current;
    const ended = !isSubmitting && wasSubmitting.current;
    wasSubmitting.current = isSubmitting;
    if (began) save.current = { loaded: initialValues, typed: values, refused: false };
    if (ended && save.current) save.current = hasErrors ? { ...save.current, refused: true } : null;

    const kept = save.current;
    if (!kept?.refused || isSubmitting) return;
    // The form holds a document exactly as loaded (the reducer stores the one object as both).
    const resetToDocument = values === initialValues;
    if (!resetToDocument) {
      // The editor works on: from here on their input is theirs to keep or lose.
      if (values !== kept.typed) save.current = null;
      return;
    }
    if (values !== kept.typed && sameContent(initialValues, kept.loaded)) setValues(kept.typed);
  }, [isSubmitting, values, initialValues, hasErrors, setValues]);

  return null;
}

/** In the edit view of Treffpunkt's content types only (the zone passes the model's uid as `slug`). */
export function KeepTypedOnRefusal({ slug }: { slug?: string }) {
  return slug && isTreffpunktUid(slug) ? <KeepTypedOnRefusalInForm /> : null;
}
