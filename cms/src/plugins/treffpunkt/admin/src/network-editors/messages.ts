/** The texts of "Editors of this network" and the role's name, German and English (merged into ../translations/messages.ts). */
import { NETWORK_EDITOR_ROLE } from 'treffpunkt-shared/admin-api';
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';

const ROLE_NAME = t('Netzwerk-Redaktion', 'Network editor');

export const NETWORK_EDITOR_MESSAGES = {
  'editors.title': t('Redaktion dieses Netzwerks', 'Editors of this network'),
  'editors.intro': t(
    'Diese Personen bearbeiten und veröffentlichen das Netzwerk, seine Treffen und Berichte – und die seiner untergeordneten Netzwerke.',
    'These people edit and publish the network, its meetings and reports – and those of its child networks.',
  ),
  'editors.none': t('Noch niemand ist diesem Netzwerk zugeordnet.', 'Nobody is assigned to this network yet.'),
  'editors.inherited': t('Über „{network}“ ebenfalls: {names}', 'Through “{network}” as well: {names}'),
  'editors.add': t('Person zuordnen', 'Assign a person'),
  'editors.add.hint': t(
    'Name oder E-Mail eingeben. Wer noch kein Konto hat: unter Einstellungen → Benutzer einladen, mit der Rolle „Netzwerk-Redaktion“.',
    'Type a name or e-mail. Someone without an account: invite them under Settings → Users, with the role “Network editor”.',
  ),
  'editors.remove': t('{name} entfernen', 'Remove {name}'),
  'editors.invited': t('Einladung noch nicht angenommen', 'invitation not accepted yet'),
  'editors.reach.all': t('bearbeitet mit ihrer Rolle ohnehin alle Netzwerke', 'edits all networks anyway with their role'),
  'editors.reach.none': t(
    `braucht noch die Rolle „${ROLE_NAME.de}“, um hier zu bearbeiten`,
    `still needs the role “${ROLE_NAME.en}” to edit here`,
  ),
  'editors.invite': t('Neue Person einladen', 'Invite a new person'),
  'editors.added': t('{name} bearbeitet jetzt dieses Netzwerk.', '{name} now edits this network.'),
  'editors.removed': t('{name} bearbeitet dieses Netzwerk nicht mehr.', '{name} no longer edits this network.'),
  'editors.failed': t('Die Zuordnung konnte nicht gespeichert werden.', 'The assignment could not be saved.'),
  'editors.loadFailed': t('Die Redaktion dieses Netzwerks konnte nicht geladen werden.', "This network's editors could not be loaded."),
  'mine.only': t('Ihre Netzwerke: {names}', 'Your networks: {names}'),
  'mine.withBelow': t(
    'Ihre Netzwerke: {names} und {count, plural, one {ein untergeordnetes} other {# untergeordnete}}',
    'Your networks: {names} and {count, plural, one {one child network} other {# child networks}}',
  ),
  'mine.none': t(
    'Ihnen ist noch kein Netzwerk zugeordnet; bitte wenden Sie sich an Ihre Geschäftsstelle.',
    'No network is assigned to you yet; please ask your office.',
  ),
  'editors.saveFirst': t(
    'Speichern Sie das Netzwerk; danach ordnen Sie ihm hier Personen zu.',
    'Save the network; then assign people to it here.',
  ),
} satisfies Record<string, Bilingual>;

/** Strapi's own ids: the role picker of Settings → Users shows `global.<role code>`. */
export function strapiMessages(language: keyof Bilingual): Record<string, string> {
  return { [`global.${NETWORK_EDITOR_ROLE}`]: ROLE_NAME[language] };
}
