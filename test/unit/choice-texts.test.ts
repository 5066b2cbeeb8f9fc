/** The admin finds the words of a choice by the field's name and values: each Treffpunkt field's own, and none for another app's. */
import { describe, expect, it } from 'vitest';
import { choiceOwner } from '../../cms/src/plugins/treffpunkt/admin/src/custom-fields/useChoiceLabel';
import { CHOICE_TEXTS } from 'treffpunkt-shared/choice-texts';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { EVENT_KINDS, NETWORK_KINDS } from 'treffpunkt-shared/wire';

describe('whose choice it is', () => {
  it('tells every field of every type apart', () => {
    for (const [uid, fields] of Object.entries(CHOICE_TEXTS)) {
      for (const [field, words] of Object.entries(fields)) expect(choiceOwner(field, Object.keys(words)), `${uid}.${field}`).toBe(uid);
    }
  });

  it('tells a network kind from a meeting kind, and knows no field with other values', () => {
    expect(choiceOwner('kind', NETWORK_KINDS)).toBe(CONTENT_TYPES.network);
    expect(choiceOwner('kind', EVENT_KINDS)).toBe(CONTENT_TYPES.event);
    expect(choiceOwner('kind', ['small', 'large'])).toBeUndefined();
    expect(choiceOwner('kind', [...EVENT_KINDS, 'party'])).toBeUndefined();
  });
});
