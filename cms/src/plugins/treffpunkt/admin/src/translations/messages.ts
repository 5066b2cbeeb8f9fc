/**
 * Every text of the plugin's admin screens, German and English side by side so that neither
 * language falls behind. Components read them through useText() (./useText.ts).
 */
import type { Bilingual } from '../../../shared/editor-texts';
import { NETWORK_EDITOR_MESSAGES } from '../network-editors/messages';

const t = (de: string, en: string): Bilingual => ({ de, en });

export const MESSAGES = {
  'plugin.name': t('Einbetten', 'Embed'),

  'embed.title': t('Einbetten', 'Embed'),
  'embed.subtitle': t(
    'Berichte und nächste Treffen auf Ihrer Website zeigen: Widget wählen, Code kopieren, auf der Website einfügen.',
    'Show reports and next meetings on your website: choose a widget, copy the code, paste it into your website.',
  ),
  'embed.noNetworks.title': t('Noch kein veröffentlichtes Netzwerk', 'No published network yet'),
  'embed.noNetworks.body': t(
    'Websites zeigen nur veröffentlichte Inhalte. Legen Sie unter „Netzwerke“ Ihr Netzwerk an und veröffentlichen Sie es.',
    'Websites only show published content. Create your network under "Networks" and publish it.',
  ),
  'embed.loadError': t('Die Angaben zum Einbetten konnten nicht geladen werden.', 'The embed options could not be loaded.'),

  'options.title': t('1. Auswählen', '1. Choose'),
  'options.network': t('Netzwerk', 'Network'),
  'options.includeSubnetworks': t('Mit untergeordneten Netzwerken ({count})', 'With child networks ({count})'),
  'options.includeSubnetworks.none': t('Dieses Netzwerk hat keine untergeordneten Netzwerke.', 'This network has no child networks.'),
  'options.widget': t('Widget', 'Widget'),
  'options.widget.latest-reports': t('Neueste Berichte', 'Latest reports'),
  'options.widget.next-meeting': t('Nächstes Treffen', 'Next meeting'),
  'options.widget.upcoming-meetings': t('Kommende Treffen (Liste)', 'Upcoming meetings (list)'),
  'options.limit.latest-reports': t('Berichte pro Seite', 'Reports per page'),
  'options.limit.upcoming-meetings': t('Treffen pro Seite', 'Meetings per page'),
  'options.limit.hint': t('1 bis 20; „Weitere …“ lädt die nächsten.', '1 to 20; "More …" loads the next ones.'),
  'options.layout': t('Darstellung', 'Layout'),
  'options.layout.cards': t('Karten mit Bild', 'Cards with image'),
  'options.layout.list': t('Liste', 'List'),
  'options.layout.card': t('Ausführlich', 'Detailed'),
  'options.layout.compact': t('Kompakt (ohne Kurztext und Tagesordnung)', 'Compact (without summary and agenda)'),
  'options.theme': t('Farben', 'Colours'),
  'options.theme.light': t('Hell', 'Light'),
  'options.theme.dark': t('Dunkel', 'Dark'),
  'options.theme.auto': t('Wie das Gerät der Besucher', "Follow the visitor's device"),
  'options.lang': t('Sprache', 'Language'),
  'options.lang.de': t('Deutsch', 'German'),
  'options.lang.en': t('Englisch', 'English'),
  'options.headingLevel': t('Überschriften-Ebene', 'Heading level'),
  'options.headingLevel.hint': t(
    'Passend zur Seite: steht das Widget unter einer Überschrift h2, wählen Sie 3.',
    'To fit the page: below an h2 heading, choose 3.',
  ),
  'options.hrefTemplate': t('Berichte öffnen auf', 'Open reports at'),
  'options.hrefTemplate.hint': t(
    // '{slug}' is quoted: in ICU messages braces are placeholders.
    "Leer lassen: Berichte öffnen im Widget. Oder die Adresse einer Seite Ihrer Website, '{slug}' wird ersetzt, z. B. /berichte/'{slug}'.",
    "Leave empty: reports open inside the widget. Or the address of a page of your website, '{slug}' is replaced, e.g. /reports/'{slug}'.",
  ),

  'preview.title': t('2. Vorschau', '2. Preview'),
  'preview.hint': t(
    'Das echte Widget mit den veröffentlichten Inhalten – so erscheint es auf Ihrer Website (Schrift und Breite passen sich ihr an).',
    'The real widget with the published content – as it appears on your website (font and width adapt to it).',
  ),
  'preview.frame': t('Vorschau des Widgets', 'Preview of the widget'),

  'snippet.title': t('3. Code kopieren', '3. Copy the code'),
  'snippet.hint': t(
    'Diesen Code an der Stelle der Seite einfügen, wo das Widget erscheinen soll. Mehrere Widgets auf einer Seite brauchen die ersten beiden Zeilen nur einmal.',
    'Paste this code where the widget should appear on the page. Several widgets on one page need the first two lines only once.',
  ),
  'snippet.label': t('Code zum Einfügen', 'Code to paste'),
  'copy.button': t('Kopieren', 'Copy'),
  'copy.snippet': t('Code kopieren', 'Copy code'),
  'copy.done': t('In die Zwischenablage kopiert.', 'Copied to the clipboard.'),
  'copy.failed': t(
    'Kopieren nicht möglich – der Text ist markiert: bitte mit Strg+C (Mac: ⌘+C) kopieren.',
    'Could not copy – the text is selected: please copy it with Ctrl+C (Mac: ⌘+C).',
  ),

  'howto.title': t('4. Auf der Website einfügen', '4. Paste it into your website'),
  'howto.wordpress': t('WordPress', 'WordPress'),
  'howto.wordpress.steps': t(
    'Seite bearbeiten|Mit „+“ einen Block hinzufügen und „Individuelles HTML“ wählen|Den Code in den Block einfügen|„Vorschau“ prüfen, dann „Aktualisieren“',
    'Edit the page|Add a block with "+" and choose "Custom HTML"|Paste the code into the block|Check the "Preview", then "Update"',
  ),
  'howto.wordpress.note': t(
    'Bei WordPress.com braucht das einen Tarif mit Plugins; selbst betriebene WordPress-Seiten können es immer.',
    'On WordPress.com this needs a plan with plugins; self-hosted WordPress sites can always do it.',
  ),
  'howto.typo3': t('TYPO3', 'TYPO3'),
  'howto.typo3.steps': t(
    'Im Modul „Seite“ die Seite wählen|„+ Inhalt“ und im Reiter „Spezielle Elemente“ das Element „Reines HTML“ wählen|Den Code in das Feld „HTML“ einfügen|Speichern und die Seite ansehen',
    'Choose the page in the "Page" module|"+ Content", then "Plain HTML" on the "Special elements" tab|Paste the code into the "HTML" field|Save and view the page',
  ),
  'howto.typo3.note': t(
    'Das Element „Reines HTML“ muss für Ihre Benutzergruppe freigegeben sein; sonst fragen Sie Ihre TYPO3-Administration.',
    'The "Plain HTML" element must be allowed for your user group; otherwise ask your TYPO3 administrators.',
  ),

  'feeds.title': t('Abonnieren', 'Subscribe'),
  'feeds.hint': t(
    'Diese Adressen in einem Kalender („Kalender aus URL hinzufügen“) oder Feed-Reader eintragen: neue Treffen und Berichte erscheinen dort von selbst.',
    'Add these addresses to a calendar ("add calendar from URL") or feed reader: new meetings and reports appear there by themselves.',
  ),
  'feeds.calendar': t('Kalender (iCal) von {network}', 'Calendar (iCal) of {network}'),
  'feeds.reports': t('Berichte-Feed (Atom) von {network}', 'Report feed (Atom) of {network}'),

  'report.write': t('Bericht schreiben', 'Write the report'),
  'report.open': t('Bericht öffnen', 'Open the report'),
  'report.created': t(
    'Ein Berichtsentwurf mit Netzwerk, Datum und Ort des Treffens wurde angelegt.',
    'A draft report with the network, date and place of the meeting was created.',
  ),
  'report.existing': t('Dieses Treffen hat schon einen Bericht; er wird geöffnet.', 'This meeting already has a report; it is opened.'),
  'report.notYet': t(
    'Den Bericht können Sie schreiben, sobald das Treffen begonnen hat.',
    'You can write the report once the meeting has started.',
  ),
  'report.failed': t('Der Bericht konnte nicht angelegt werden.', 'The report could not be created.'),

  ...NETWORK_EDITOR_MESSAGES,
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;
