/** The texts of "Followers" beside a network, German and English (merged into ../translations/messages.ts). */
import { bilingual as t } from 'treffpunkt-shared/locales';

export const FOLLOWER_MESSAGES = {
  'followers.title': t('Folgende per E-Mail', 'Followers by e-mail'),
  'followers.emailOff': t(
    'Dieser Treffpunkt verschickt keine E-Mails (kein Mailserver eingerichtet): Besucher können nur per Kalender folgen.',
    'This Treffpunkt sends no e-mail (no mail server configured): visitors can follow by calendar only.',
  ),
  'followers.counts': t(
    '{confirmed, plural, =0 {Noch niemand folgt} one {Eine Adresse folgt} other {# Adressen folgen}} diesem Netzwerk.',
    '{confirmed, plural, =0 {Nobody follows} one {One address follows} other {# addresses follow}} this network.',
  ),
  'followers.choices': t(
    'Neue Berichte: {reports} · Wochenübersicht: {digest} · Erinnerungen: {reminders}',
    'New reports: {reports} · Weekly digest: {digest} · Reminders: {reminders}',
  ),
  'followers.pending': t(
    '{pending, plural, one {Eine Adresse wartet} other {# Adressen warten}} auf die Bestätigung (nach 48 Stunden gelöscht).',
    '{pending, plural, one {One address is} other {# addresses are}} waiting for confirmation (deleted after 48 hours).',
  ),
  'followers.addresses': t('Adressen', 'Addresses'),
  'followers.unconfirmed': t('noch nicht bestätigt', 'not confirmed yet'),
  'followers.since': t('seit {date}', 'since {date}'),
  'followers.delete': t('{email} löschen', 'Delete {email}'),
  'followers.deleted': t(
    '{count, plural, one {Eine Adresse} other {# Adressen}} gelöscht.',
    '{count, plural, one {One address} other {# addresses}} deleted.',
  ),
  'followers.failed': t('Das hat nicht geklappt.', 'That did not work.'),
  'followers.loadFailed': t('Die Folgenden konnten nicht geladen werden.', 'The followers could not be loaded.'),
  'followers.export': t('Exportieren', 'Export'),
  'followers.export.network': t('Dieses Netzwerk ({format})', 'This network ({format})'),
  'followers.export.all': t('Alle Netzwerke ({format})', 'All networks ({format})'),
  'followers.find': t('Adresse in allen Netzwerken', 'An address in all networks'),
  'followers.find.hint': t(
    'Für Auskunft und Löschung (DSGVO Art. 15 und 17): alles, was zu einer Adresse gespeichert ist.',
    'For access and erasure requests (GDPR Art. 15 and 17): everything stored for one address.',
  ),
  'followers.find.button': t('Suchen', 'Find'),
  'followers.find.none': t('Zu dieser Adresse ist nichts gespeichert.', 'Nothing is stored for this address.'),
  'followers.find.export': t('Auskunft als Datei (JSON)', 'Everything as a file (JSON)'),
  'followers.find.delete': t('Überall löschen', 'Delete everywhere'),
  'followers.saveFirst': t('Nach dem ersten Speichern steht hier, wie viele folgen.', 'Once saved, this shows how many follow.'),
};
