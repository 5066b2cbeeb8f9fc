import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { CHOICE_TEXTS } from 'treffpunkt-shared/choice-texts';
import { choiceMessageId } from '../translations';

/**
 * The Treffpunkt type whose field `field` has exactly the choices `values`. The edit view's inputs
 * are not told their model, and the page's address names another one when a linked meeting is
 * edited in a dialog over a report; a field's name and choices tell it.
 */
export function choiceOwner(field: string, values: readonly string[]): string | undefined {
  const same = (words: object) => Object.keys(words).length === values.length && values.every((value) => value in words);
  return Object.keys(CHOICE_TEXTS).find((uid) => CHOICE_TEXTS[uid][field] && same(CHOICE_TEXTS[uid][field]));
}

/** The words for a stored choice in the admin's language; the value itself where Treffpunkt has none (another app's field). */
export function useChoiceLabel() {
  const { formatMessage } = useIntl();
  return useCallback(
    (uid: string, field: string, value: string) => formatMessage({ id: choiceMessageId(uid, field, value), defaultMessage: value }),
    [formatMessage],
  );
}
