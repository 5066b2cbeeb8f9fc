/** The texts of the sources' screens (source panel, origin panel, home page), German and English (merged into ../translations/messages.ts). */
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';

export const SOURCE_MESSAGES = {
  'source.panel': t('Abruf', 'Reading'),
  'source.readNow': t('Jetzt abrufen', 'Read now'),
  'source.reading': t('Wird abgerufen …', 'Reading …'),
  'source.health.unread': t('Noch nicht abgerufen', 'Not read yet'),
  'source.health.ok': t('In Ordnung', 'Fine'),
  'source.health.failing': t('Fehler', 'Failing'),
  'source.lastAttempt': t('Zuletzt abgerufen: {when}', 'Last read: {when}'),
  'source.lastSuccess': t('Zuletzt erfolgreich: {when}', 'Last read successfully: {when}'),
  'source.never': t('noch nie', 'never'),
  'source.items': t(
    '{count, plural, =0 {Nichts übernommen.} one {Ein Eintrag übernommen.} other {# Einträge übernommen.}}',
    '{count, plural, =0 {Nothing taken over.} one {One entry taken over.} other {# entries taken over.}}',
  ),
  'source.unchanged': t('Seit dem letzten Abruf unverändert.', 'Unchanged since the last read.'),
  'source.failures': t(
    '{count, plural, one {Einmal gescheitert.} other {# Mal in Folge gescheitert.}}',
    '{count, plural, one {Failed once.} other {Failed # times in a row.}}',
  ),
  'source.next': t('Nächster Abruf: {when}', 'Next read: {when}'),
  'source.notes': t('Hinweise zum letzten Abruf', 'Notes on the last read'),
  'source.saveFirst': t('Erst speichern, dann abrufen.', 'Save first, then read.'),
  'source.read.done': t('Abgerufen.', 'Read.'),
  'source.read.failed': t('Der Abruf ist gescheitert.', 'Reading failed.'),

  'origin.panel': t('Übernommen', 'Mirrored'),
  'origin.from': t('Von {name}', 'From {name}'),
  'origin.readOnly': t(
    'Dieser Eintrag wird dort bearbeitet und hier beim Abruf aktualisiert; Änderungen hier werden nicht gespeichert.',
    'This entry is edited there and updated here on every read; changes made here are not saved.',
  ),
  'origin.open': t('Original öffnen', 'Open the original'),
  'origin.source': t('Quelle: {name}', 'Source: {name}'),
  'origin.changed': t('Dort zuletzt geändert: {when}', 'Last changed there: {when}'),
  'origin.hidden': t('Hier ausgeblendet: erscheint nirgends öffentlich.', 'Hidden here: shown nowhere publicly.'),
  'origin.hide': t('Hier ausblenden', 'Hide here'),
  'origin.show': t('Wieder zeigen', 'Show again'),
  'origin.failed': t('Das hat nicht geklappt.', 'That did not work.'),

  'sources.title': t('Quellen', 'Sources'),
  'sources.link': t('Alle Quellen', 'All sources'),
  'sources.none': t('Noch keine Quellen.', 'No sources yet.'),
  'sources.fine': t(
    '{count, plural, one {Die Quelle wird fehlerfrei gelesen.} other {Alle # Quellen werden fehlerfrei gelesen.}}',
    '{count, plural, one {The source is read without problems.} other {All # sources are read without problems.}}',
  ),
  'sources.failing': t(
    '{count, plural, one {Eine Quelle scheitert:} other {# Quellen scheitern:}}',
    '{count, plural, one {One source fails:} other {# sources fail:}}',
  ),
  'sources.since': t('Zuletzt erfolgreich: {when}', 'Last read successfully: {when}'),
  'sources.loadError': t('Die Quellen konnten nicht geladen werden.', 'The sources could not be loaded.'),
} satisfies Record<string, Bilingual>;
