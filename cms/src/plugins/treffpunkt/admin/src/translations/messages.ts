/**
 * Every text of the plugin's admin screens, German and English side by side so that neither
 * language falls behind. Components read them through useText() (./useText.ts).
 */
import { FOLLOWER_MESSAGES } from '../followers/messages';
import { NETWORK_EDITOR_MESSAGES } from '../network-editors/messages';
import { SOURCE_MESSAGES } from '../sources/messages';
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';

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
  'options.kinds': t('Arten von Treffen', 'Kinds of meetings'),
  'options.kinds.all': t('Alle Arten', 'All kinds'),
  'options.kinds.hint': t(
    'Leer: alle. Der Kalender, den Besucher über „Folgen“ abonnieren, zeigt dieselbe Auswahl.',
    'Empty: all. The calendar visitors subscribe to with "Follow" shows the same choice.',
  ),
  'options.tag': t('Schlagwort', 'Tag'),
  'options.tag.hint': t(
    'Nur was dieses Schlagwort trägt, so geschrieben wie beim Bericht oder Treffen eingetragen. Leer: alles.',
    'Only what carries this tag, written as it was entered on the report or meeting. Empty: everything.',
  ),
  'options.limit.latest-reports': t('Berichte pro Seite', 'Reports per page'),
  'options.limit.upcoming-meetings': t('Treffen pro Seite', 'Meetings per page'),
  'options.limit.hint': t('1 bis 20; „Weitere …“ lädt die nächsten.', '1 to 20; "More …" loads the next ones.'),
  'options.limit.fill.latest-reports': t(
    'Zurzeit {count, plural, one {ist # Bericht} other {sind # Berichte}} in dieser Sprache veröffentlicht: Die Liste hält Platz für mehr, freie Zeilen bleiben leer oder zeigen das nächste Treffen und das Netzwerk. Mit {limit} pro Seite ist sie gefüllt.',
    'There {count, plural, one {is # report} other {are # reports}} in this language now: the list keeps room for more, free rows stay empty or show the next meeting and the network. With {limit} per page it is full.',
  ),
  'options.limit.fill.upcoming-meetings': t(
    'Zurzeit {count, plural, one {ist # Treffen} other {sind # Treffen}} geplant: Die Liste hält Platz für mehr, freie Zeilen bleiben leer. Mit {limit} pro Seite ist sie gefüllt.',
    'There {count, plural, one {is # meeting} other {are # meetings}} planned now: the list keeps room for more, free rows stay empty. With {limit} per page it is full.',
  ),
  'options.limit.fill.use': t('{limit} übernehmen', 'Use {limit}'),
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
    'Diesen Code an der Stelle der Seite einfügen, wo das Widget erscheinen soll. Mehrere Widgets auf einer Seite brauchen die erste und die dritte Zeile (Stylesheet und Skript) nur einmal.',
    'Paste this code where the widget should appear on the page. Several widgets on one page need the first and third lines (stylesheet and script) only once.',
  ),
  'snippet.tab.script': t('Skript (empfohlen)', 'Script (recommended)'),
  'snippet.tab.iframe': t('Iframe (für Baukästen ohne Skripte)', 'Iframe (for site builders without scripts)'),
  'snippet.tab.link': t('Link (WordPress, Ghost)', 'Link (WordPress, Ghost)'),
  'link.label': t('Adresse zum Einfügen', 'Address to paste'),
  'link.hint': t(
    'Für Redaktionen, die Links, aber keinen Code einfügen dürfen: in WordPress die Adresse allein in eine Zeile eines Beitrags setzen – das Widget erscheint und passt seine Höhe an (Berichte öffnen darin); Ghost bettet es ebenso ein oder zeigt auf Wunsch eine Lesezeichen-Karte aus den Angaben der Seite (OpenGraph).',
    'For editors who may paste links but no code: in WordPress, put the address on a line of its own in a post – the widget appears and fits its height (reports open inside it); Ghost embeds it too, or on request shows a bookmark card from the page’s details (OpenGraph).',
  ),
  'snippet.fallback': t('Link für Besucher ohne JavaScript', 'Link for visitors without JavaScript'),
  'snippet.fallback.hint': t(
    'Steht im Widget, solange das Skript nicht läuft, und wenn der Treffpunkt nicht erreichbar ist. Leer lassen: die Seite dieses Widgets beim Treffpunkt (die des Iframes).',
    "Shows in the widget while the script does not run, and when the Treffpunkt cannot be reached. Leave empty: this widget's page at the Treffpunkt (the iframe's).",
  ),
  'iframe.newTab': t(
    'Links in einem neuen Tab öffnen (sonst öffnen sie anstelle Ihrer Seite)',
    'Open links in a new tab (otherwise they open in place of your page)',
  ),
  'iframe.label': t('Iframe-Code', 'Iframe code'),
  'iframe.hint': t(
    'Vorgeschlagene Höhe: {height} px – so viel Platz braucht das Widget. Ein geöffneter Bericht lässt sich im Rahmen scrollen.',
    'Suggested height: {height} px – the room the widget takes. An opened report scrolls inside the frame.',
  ),
  'iframe.reportPageLeftOut': t(
    // '{slug}' is quoted: in ICU messages braces are placeholders.
    "Die Berichtsseite ist keine vollständige Adresse mit '{slug}': im Iframe öffnen Berichte deshalb im Widget. Für Links auf Ihre Seite die Adresse mit https:// und '{slug}' eintragen (höchstens {max} Zeichen), z. B. https://example.org/berichte/'{slug}'.",
    "The report page is not a full address with '{slug}', so in the iframe reports open inside the widget. For links to your page, enter the address with https:// and '{slug}' (at most {max} characters), e.g. https://example.org/reports/'{slug}'.",
  ),
  'iframe.resize.label': t('Optional: Höhe automatisch anpassen', 'Optional: fit the height automatically'),
  'iframe.resize.hint': t(
    'Erlaubt Ihre Website eine Skriptzeile, diese einmal pro Seite einfügen: jeder Treffpunkt-Rahmen wird dann so hoch wie sein Inhalt, auch mit geöffnetem Bericht.',
    'If your website allows one script line, add this once per page: every Treffpunkt frame then takes the height of its content, also with a report open.',
  ),
  'snippet.label': t('Code zum Einfügen', 'Code to paste'),
  'copy.button': t('Kopieren', 'Copy'),
  'copy.snippet': t('Code kopieren', 'Copy code'),
  'copy.done': t('In die Zwischenablage kopiert.', 'Copied to the clipboard.'),
  'copy.failed': t(
    'Kopieren nicht möglich – der Text ist markiert: bitte mit Strg+C (Mac: ⌘+C) kopieren.',
    'Could not copy – the text is selected: please copy it with Ctrl+C (Mac: ⌘+C).',
  ),

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

  'howto.wordpress-com': t('WordPress.com', 'WordPress.com'),
  'howto.wordpress-com.steps': t(
    'Seite bearbeiten|Mit „+“ den Block „Individuelles HTML“ hinzufügen|Den Iframe-Code einfügen|„Vorschau“ prüfen, dann „Aktualisieren“',
    'Edit the page|Add the "Custom HTML" block with "+"|Paste the iframe code|Check the "Preview", then "Update"',
  ),
  'howto.wordpress-com.note': t(
    'Tarife ohne Plugins entfernen Iframes fremder Seiten. Dann hilft ein Button-Block, der auf die Adresse im src des Codes verlinkt.',
    "Plans without plugins remove iframes of other sites. Then a Buttons block linking to the address in the code's src helps.",
  ),
  'howto.wix': t('Wix', 'Wix'),
  'howto.wix.steps': t(
    '„Elemente hinzufügen“ (+) öffnen|„Einbetten“ und dann „HTML einbetten“ wählen|„Code“ wählen und den Iframe-Code einfügen|Das Element auf die volle Breite und die vorgeschlagene Höhe ziehen, dann „Veröffentlichen“',
    'Open "Add Elements" (+)|Choose "Embed Code", then "Embed HTML"|Choose "Code" and paste the iframe code|Drag the element to full width and the suggested height, then "Publish"',
  ),
  'howto.wix.note': t(
    'Wix zeigt eigenen Code in einem weiteren Rahmen: die Zeile zur automatischen Höhe wirkt dort nicht, die Höhe stellen Sie am Element ein.',
    'Wix shows custom code in a frame of its own: the automatic height line has no effect there; set the height on the element.',
  ),
  'howto.jimdo': t('Jimdo', 'Jimdo'),
  'howto.jimdo.steps': t(
    'Seite bearbeiten und an der gewünschten Stelle ein Element hinzufügen|Das Element für eigenen HTML-Code wählen (Jimdo Creator: „Widget/HTML“)|Den Iframe-Code einfügen|Speichern und die Seite ansehen',
    'Edit the page and add an element where the widget should be|Choose the element for your own HTML code (Jimdo Creator: "Widget/HTML")|Paste the iframe code|Save and view the page',
  ),
  'howto.jimdo.note': t(
    'Fehlt das HTML-Element in Ihrem Tarif, verlinken Sie die Adresse im src des Codes mit einem Button.',
    "If your plan lacks the HTML element, link the address in the code's src with a button.",
  ),
  'howto.typo3-iframe': t('TYPO3 ohne Skripte', 'TYPO3 without scripts'),
  'howto.typo3-iframe.steps': t(
    'Im Modul „Seite“ die Seite wählen|„+ Inhalt“ und im Reiter „Spezielle Elemente“ das Element „Reines HTML“ wählen|Den Iframe-Code einfügen|Speichern und die Seite ansehen',
    'Choose the page in the "Page" module|"+ Content", then "Plain HTML" on the "Special elements" tab|Paste the iframe code|Save and view the page',
  ),
  'howto.typo3-iframe.note': t(
    'Wo Skripte gesperrt sind, geht der Iframe trotzdem. Sendet die Website eine Content-Security-Policy, braucht sie frame-src mit der Adresse dieses Treffpunkts.',
    'Where scripts are blocked, the iframe still works. If the website sends a Content-Security-Policy, it needs frame-src with the address of this Treffpunkt.',
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
  'report.failed': t('Der Bericht konnte nicht angelegt werden.', 'The report could not be created.'),
  'report.panel': t('Bericht', 'Report'),

  'customField.choice': t('Treffpunkt: Auswahl in Worten', 'Treffpunkt: choice in words'),
  'customField.choice.description': t(
    'Einer von festen Werten, mit Worten in der Sprache der Oberfläche',
    'One of fixed values, shown in words of the admin language',
  ),
  'customField.meetingTime': t('Treffpunkt: Zeit eines Treffens', 'Treffpunkt: meeting time'),
  'customField.meetingTime.description': t(
    'Datum und Uhrzeit in der Zeitzone des Treffens (Feld „timeZone“)',
    'Date and time in the time zone of the meeting (field "timeZone")',
  ),

  'time.date': t('{field} – Datum', '{field} – date'),
  'time.time': t('{field} – Uhrzeit', '{field} – time'),
  'time.month': t('{field} – Monat', '{field} – month'),
  'time.year': t('{field} – Jahr', '{field} – year'),
  'time.pickMonth': t('Monat wählen', 'Choose a month'),
  'time.clear': t('Datum löschen', 'Clear the date'),
  'time.zoneWithOffset': t('{zone} ({offset})', '{zone} ({offset})'),
  'time.badZone': t(
    '„{typed}“ ist keine Zeitzone; bis dahin gelten die Zeiten in {zone}.',
    '"{typed}" is not a time zone; until it is, the times are in {zone}.',
  ),
  'time.editorsTime': t('Bei Ihnen ({zone}): {when}', 'Your time ({zone}): {when}'),

  'home.title': t('Treffen und Berichte', 'Meetings and reports'),
  'home.link': t('Alle Treffen', 'All meetings'),
  'home.waiting': t('Warten auf einen Bericht', 'Meetings waiting for a report'),
  'home.waiting.count': t(
    '{count, plural, one {Ein vergangenes Treffen hat noch keinen Bericht.} other {# vergangene Treffen haben noch keinen Bericht.}}',
    '{count, plural, one {One past meeting has no report yet.} other {# past meetings have no report yet.}}',
  ),
  'home.waiting.none': t('Alle vergangenen Treffen haben ihren Bericht.', 'Every past meeting has its report.'),
  'home.write.label': t('Bericht schreiben: {title}', 'Write the report: {title}'),
  'home.next': t('Nächste Treffen', 'Next meetings'),
  'home.next.none': t('Keine kommenden Treffen, die Sie bearbeiten dürfen.', 'No upcoming meetings you may edit.'),
  'home.more': t('… und {count} weitere', '… and {count} more'),
  'home.draft': t('Entwurf', 'Draft'),
  'home.loadError': t('Die Treffen konnten nicht geladen werden.', 'The meetings could not be loaded.'),

  'report.chooseOccurrence': t('Von welchem Termin der Reihe berichten Sie?', 'Which date of the series do you report on?'),
  'report.occurrence.hasReport': t('{when} – hat einen Bericht', '{when} – has a report'),

  'customField.recurrence': t('Treffpunkt: Wiederholung', 'Treffpunkt: repetition'),
  'customField.recurrence.description': t(
    'Ein Treffen, das sich wöchentlich oder monatlich wiederholt, mit abgesagten und verschobenen Terminen',
    'A meeting that repeats weekly or monthly, with cancelled and moved dates',
  ),
  'series.frequency': t('Wiederholt sich', 'Repeats'),
  'series.frequency.never': t('Nein, einmaliges Treffen', 'No, a single meeting'),
  'series.frequency.weekly': t('Wöchentlich', 'Weekly'),
  'series.frequency.monthly': t('Monatlich', 'Monthly'),
  'series.interval.weekly': t('Alle … Wochen', 'Every … weeks'),
  'series.interval.monthly': t('Alle … Monate', 'Every … months'),
  'series.interval.hint': t('1 = jede, 2 = jede zweite …', '1 = every one, 2 = every other …'),
  'series.weekdays': t('An diesen Wochentagen', 'On these weekdays'),
  'series.monthlyBy': t('Im Monat', 'In the month'),
  'series.monthlyBy.weekday': t('An einem Wochentag (z. B. jeden ersten Dienstag)', 'On a weekday (e.g. every first Tuesday)'),
  'series.monthlyBy.day-of-month': t('An einem Tag des Monats (z. B. am 15.)', 'On a day of the month (e.g. the 15th)'),
  'series.position': t('Der wievielte', 'Which one'),
  'series.position.1': t('erster', 'first'),
  'series.position.2': t('zweiter', 'second'),
  'series.position.3': t('dritter', 'third'),
  'series.position.4': t('vierter', 'fourth'),
  'series.position.-1': t('letzter', 'last'),
  'series.weekday': t('Wochentag', 'Weekday'),
  'series.day': t('Tag des Monats', 'Day of the month'),
  'series.end': t('Endet', 'Ends'),
  'series.end.never': t('Nie', 'Never'),
  'series.end.until': t('An einem Datum', 'On a date'),
  'series.end.count': t('Nach einer Anzahl von Terminen', 'After a number of dates'),
  'series.until': t('Letzter Tag der Reihe', 'Last day of the series'),
  'series.count': t('Anzahl der Termine', 'Number of dates'),
  'series.preview': t('So heißt es auf der Website', 'As websites will say it'),
  'series.next': t('Die nächsten Termine', 'The next dates'),
  'series.noStart': t(
    'Bitte oben zuerst den Beginn des ersten Treffens eintragen.',
    'Please enter the start of the first meeting above first.',
  ),
  'series.working': t('Wird berechnet …', 'Working it out …'),
  'series.unreachable': t('Die Vorschau ist gerade nicht erreichbar.', 'The preview cannot be reached right now.'),
  'series.noneComing': t('Die Reihe hat keine kommenden Termine mehr.', 'The series has no coming dates.'),
  'series.showMore': t('Weitere Termine zeigen', 'Show more dates'),
  'series.showFewer': t('Weniger Termine zeigen', 'Show fewer dates'),
  'series.cancel': t('Absagen', 'Cancel'),
  'series.cancel.label': t('Termin {when} absagen', 'Cancel the meeting of {when}'),
  'series.move': t('Verschieben', 'Move'),
  'series.move.label': t('Termin {when} verschieben', 'Move the meeting of {when}'),
  'series.change.cancelled': t('Abgesagt', 'Cancelled'),
  'series.change.moved': t('Verschoben', 'Moved'),
  'series.exceptions': t('Abweichende Termine', 'Dates that differ'),
  'series.exception': t('Termin am {date}', 'Meeting on {date}'),
  'series.change': t('Was ist anders', 'What differs'),
  'series.note.de': t('Hinweis (Deutsch)', 'Note (German)'),
  'series.note.en': t('Hinweis (Englisch)', 'Note (English)'),
  'series.note.hint': t('Kurz, z. B. „Fällt wegen des Feiertags aus.“', 'Short, e.g. "No meeting: public holiday."'),
  'series.movedDate': t('Neues Datum', 'New date'),
  'series.movedTime': t('Neue Uhrzeit', 'New time'),
  'series.movedPlace': t('Anderer Ort', 'Other place'),
  'series.movedPlace.hint': t('Leer lassen, wenn der Ort bleibt.', 'Leave empty if the place stays.'),
  'series.asPlanned': t('Wieder wie geplant', 'Back as planned'),
  'series.asPlanned.label': t('Termin am {date} wieder wie geplant', 'Meeting on {date} back as planned'),
  'series.times': t('Uhrzeiten in {zone}, wie Beginn und Ende oben.', 'Times in {zone}, as the start and end above.'),

  ...NETWORK_EDITOR_MESSAGES,
  ...SOURCE_MESSAGES,
  ...FOLLOWER_MESSAGES,
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;
