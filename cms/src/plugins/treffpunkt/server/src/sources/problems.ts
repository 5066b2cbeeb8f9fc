/**
 * What can go wrong when a source is read, in words for the office (German and English): the
 * source's state keeps them, the admin says them in the editor's language.
 */
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';

/** A read that failed, with what the office reads about it and the HTTP status, when one came. */
export class SourceProblem extends Error {
  constructor(
    readonly text: Bilingual,
    readonly httpStatus: number | null = null,
  ) {
    super(text.en);
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;

export const PROBLEMS = {
  notHttp: (url: string) =>
    t(
      `„${url}“ ist keine http- oder https-Adresse; nur solche werden gelesen.`,
      `"${url}" is not an http or https address; only those are read.`,
    ),
  privateAddress: (host: string, address: string) =>
    t(
      `${host} zeigt auf ${address}, eine lokale oder private Adresse: gesperrt, damit niemand über eine Quelle das interne Netz erreicht. Der Betrieb kann sie mit TREFFPUNKT_SOURCES_ALLOW_PRIVATE=true erlauben.`,
      `${host} points to ${address}, a local or private address: refused, so that no source reaches the internal network. The operators can allow it with TREFFPUNKT_SOURCES_ALLOW_PRIVATE=true.`,
    ),
  unknownHost: (host: string) =>
    t(`Den Namen ${host} gibt es nicht (DNS); ist die Adresse richtig?`, `The name ${host} does not exist (DNS); is the address right?`),
  noConnection: (host: string, seconds: number) =>
    t(`Keine Verbindung zu ${host} innerhalb von ${seconds} s.`, `No connection to ${host} within ${seconds} s.`),
  connectionFailed: (host: string, code: string) =>
    t(`Die Verbindung zu ${host} ist gescheitert (${code}).`, `The connection to ${host} failed (${code}).`),
  certificate: (host: string, code: string) =>
    t(`Das Zertifikat von ${host} ist nicht gültig (${code}).`, `The certificate of ${host} is not valid (${code}).`),
  timedOut: (seconds: number) => t(`Keine vollständige Antwort innerhalb von ${seconds} s.`, `No complete answer within ${seconds} s.`),
  tooLarge: (limit: number) =>
    t(
      `Die Antwort ist größer als ${megabytes(limit)} und wurde abgebrochen (Einstellung TREFFPUNKT_SOURCES_MAX_BYTES).`,
      `The answer is larger than ${megabytes(limit)} and was cut off (setting TREFFPUNKT_SOURCES_MAX_BYTES).`,
    ),
  tooManyRedirects: (most: number) =>
    t(`Mehr als ${most} Weiterleitungen; die Adresse führt nirgends hin.`, `More than ${most} redirects; the address leads nowhere.`),
  httpStatus: (status: number) => {
    if (status === 404 || status === 410)
      return t(`Die Adresse gibt es nicht (mehr) (HTTP ${status}).`, `The address does not exist (any more) (HTTP ${status}).`);
    if (status === 401 || status === 403)
      return t(`Die Seite lässt uns nicht lesen (HTTP ${status}).`, `The site does not let us read (HTTP ${status}).`);
    if (status >= 500)
      return t(
        `Die Seite hat einen Fehler gemeldet (HTTP ${status}); meist ist das bald vorbei.`,
        `The site reported an error (HTTP ${status}); usually this passes soon.`,
      );
    return t(
      `Die Seite hat mit HTTP ${status} geantwortet statt mit dem Inhalt.`,
      `The site answered HTTP ${status} instead of the content.`,
    );
  },
  notXml: (line: number, detail: string) =>
    t(`Die Antwort ist kein lesbares XML (Zeile ${line}: ${detail}).`, `The answer is not readable XML (line ${line}: ${detail}).`),
  notFeed: () =>
    t(
      'Die Antwort ist kein RSS-, Atom- oder JSON-Feed. Ist es die Adresse des Feeds (oft …/feed/)?',
      'The answer is not an RSS, Atom or JSON feed. Is it the address of the feed (often …/feed/)?',
    ),
  notCalendar: (detail: string) =>
    t(`Die Antwort ist kein lesbarer iCal-Kalender (${detail}).`, `The answer is not a readable iCal calendar (${detail}).`),
  notTreffpunkt: () =>
    t(
      'Die Antwort ist keine Treffpunkt-Antwort. Bitte die Seite oder API-Adresse eines Netzwerks auf einer Treffpunkt-Installation angeben.',
      'The answer is not a Treffpunkt answer. Please give the page or API address of a network on a Treffpunkt install.',
    ),
  notTreffpunktAddress: () =>
    t(
      'Das ist keine Netzwerk-Adresse einer Treffpunkt-Installation (…/treffpunkt/n/<netzwerk> oder …/api/treffpunkt/networks/<netzwerk>).',
      'That is not the address of a network on a Treffpunkt install (…/treffpunkt/n/<network> or …/api/treffpunkt/networks/<network>).',
    ),
  noNetwork: () =>
    t(
      'Die Quelle hat kein Netzwerk: bitte wählen, zu welchem Netzwerk ihre Treffen und Berichte gehören.',
      'The source has no network: please choose which network its meetings and reports belong to.',
    ),
  unexpected: (detail: string) =>
    t(`Beim Übernehmen ist etwas schiefgegangen: ${detail}`, `Something went wrong while taking the content over: ${detail}`),
} satisfies Record<string, (...args: never[]) => Bilingual>;
