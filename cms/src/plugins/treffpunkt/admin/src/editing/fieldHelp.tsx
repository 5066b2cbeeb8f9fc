/**
 * Help texts under the fields of Treffpunkt's edit views, in the admin's language.
 *
 * The content manager translates field labels (through the ids in ../translations) but shows
 * a field's description as stored, in one language. This hook of the edit view's layout
 * (Admin/CM/pages/EditView/mutate-edit-view-layout, the one the i18n plugin uses too)
 * replaces a stored Treffpunkt help text with its translation. A description an admin wrote
 * in "Configure the view" differs from Treffpunkt's and is shown as written.
 */
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { FIELD_TEXTS } from 'treffpunkt-shared/editor-texts';
import { modelInView } from '../content-manager/paths';
import { helpMessageId } from '../translations';

export const EDIT_VIEW_LAYOUT_HOOK = 'Admin/CM/pages/EditView/mutate-edit-view-layout';

interface FieldLayout {
  name: string;
  hint?: ReactNode;
  [key: string]: unknown;
}

interface EditLayout {
  layout: FieldLayout[][][];
  components: Record<string, { layout: FieldLayout[][]; [key: string]: unknown }>;
  [key: string]: unknown;
}

function FieldHelp({ uid, field, stored }: { uid: string; field: string; stored: string }) {
  const { formatMessage } = useIntl();
  return <>{formatMessage({ id: helpMessageId(uid, field), defaultMessage: stored })}</>;
}

function withTranslatedHelp(uid: string, field: FieldLayout): FieldLayout {
  const help = FIELD_TEXTS[uid]?.[field.name]?.help;
  if (!help || field.hint !== help.en) return field;
  return { ...field, hint: <FieldHelp uid={uid} field={field.name} stored={help.en} /> };
}

export function translateFieldHelp<Args extends { layout: EditLayout }>(args: Args): Args {
  const uid = modelInView();
  if (!uid) return args;
  const { layout } = args;
  const components = Object.fromEntries(
    Object.entries(layout.components).map(([componentUid, component]) => [
      componentUid,
      { ...component, layout: component.layout.map((row) => row.map((field) => withTranslatedHelp(componentUid, field))) },
    ]),
  );
  const panels = layout.layout.map((panel) => panel.map((row) => row.map((field) => withTranslatedHelp(uid, field))));
  return { ...args, layout: { ...layout, layout: panels, components } };
}
