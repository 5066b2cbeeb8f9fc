/**
 * Following without JavaScript, in the visitor's language:
 * - the page to follow a network (shared public-routes.ts FOLLOW_PAGE_PATH), which the public
 *   pages link to: its calendar for each calendar app, and the e-mail form, whose POST comes back
 *   to it with what happened (and the address typed, where it was wrong);
 * - the pages behind the links of the follow mails: opening a link only shows what it will do,
 *   with a button that POSTs (a mail scanner that opens every link confirms or ends nothing); the
 *   POST's answer says what was done.
 */
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import { calendarLinks, fillFollowText as fill, FOLLOW_TEXTS, type FollowOptionsResponse } from 'treffpunkt-shared/following';
import type { Locale } from 'treffpunkt-shared/wire';
import { htmlPage } from './html';

export type FollowLink = 'confirm' | 'unsubscribe';

const TEXTS = {
  de: {
    confirmTitle: (network: string) => `${network} per E-Mail folgen`,
    confirmQuestion: 'Bitte bestätigen Sie, dass diese Adresse Folgendes bekommen soll:',
    confirmButton: 'Ja, bestätigen',
    confirmedTitle: 'Bestätigt',
    confirmed: (network: string) =>
      `Danke! Diese Adresse folgt jetzt ${network}. Jede E-Mail hat einen Link, der alles mit einem Klick beendet.`,
    unsubscribeTitle: (network: string) => `${network} nicht mehr folgen`,
    unsubscribeQuestion: 'Abmelden beendet alle E-Mails dieses Netzwerks an diese Adresse und löscht die Adresse.',
    unsubscribeButton: 'Abmelden und Adresse löschen',
    unsubscribedTitle: 'Abgemeldet',
    unsubscribed: (network: string) => `Die Adresse ist gelöscht; sie bekommt keine E-Mails von ${network} mehr.`,
    invalidTitle: 'Dieser Link gilt nicht (mehr)',
    invalidConfirm:
      'Ein Link zum Bestätigen gilt 48 Stunden und einmal. Wenn Sie noch folgen möchten, fragen Sie bitte auf der Website noch einmal an.',
    invalidUnsubscribe: 'Zu diesem Link gibt es keine Adresse (mehr): Sie ist vielleicht schon abgemeldet und gelöscht.',
  },
  en: {
    confirmTitle: (network: string) => `Follow ${network} by e-mail`,
    confirmQuestion: 'Please confirm that this address is to get:',
    confirmButton: 'Yes, confirm',
    confirmedTitle: 'Confirmed',
    confirmed: (network: string) =>
      `Thank you! This address now follows ${network}. Every e-mail has a link that ends it all with one click.`,
    unsubscribeTitle: (network: string) => `Stop following ${network}`,
    unsubscribeQuestion: "Unsubscribing ends all of this network's e-mails to this address and deletes the address.",
    unsubscribeButton: 'Unsubscribe and delete the address',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribed: (network: string) => `The address is deleted; it gets no more e-mails from ${network}.`,
    invalidTitle: 'This link is not valid (any more)',
    invalidConfirm: 'A link to confirm is valid for 48 hours and once. If you still want to follow, please ask again on the website.',
    invalidUnsubscribe: 'This link belongs to no address (any more): it may have been unsubscribed and deleted already.',
  },
} satisfies Record<Locale, unknown>;

const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;color:#1c1c1c;background:#fff;margin:0;padding:2rem 1rem}' +
  'main{max-width:36rem;margin:0 auto}h1{font-size:1.4rem}' +
  'button{font:inherit;background:#1a5fb4;color:#fff;border:0;border-radius:4px;padding:.6em 1.2em;cursor:pointer}' +
  'button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #f5c211;outline-offset:2px}' +
  'label{display:block}fieldset{border:0;padding:0;margin:0 0 1em}legend{font-weight:600;padding:0}' +
  'input[type=email],input[readonly]{box-sizing:border-box;width:100%;font:inherit;padding:.4em}' +
  '.ways{padding:0;list-style:none}.ways li{margin-bottom:.6em}small{display:block;color:#595960}.problem{color:#b3261e}' +
  'a{color:#0a58ca}' +
  '@media (prefers-color-scheme:dark){body{background:#1c1c1c;color:#eee}small{color:#b4b4bc}a{color:#8ab4f8}.problem{color:#ffb4ab}}';

function page(locale: Locale, title: string, body: string): string {
  return htmlPage({ locale, title, style: STYLE, body: `<main><h1>${escapeHtml(title)}</h1>${body}</main>` });
}

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** The page a link opens: what it will do, and the button that does it (POST to the same address). */
export function followLinkPage(link: FollowLink, locale: Locale, network: string, asked: string[], action: string): string {
  const words = TEXTS[locale];
  const [title, question, button] =
    link === 'confirm'
      ? [words.confirmTitle(network), words.confirmQuestion, words.confirmButton]
      : [words.unsubscribeTitle(network), words.unsubscribeQuestion, words.unsubscribeButton];
  const list = asked.length > 0 ? `<ul>${asked.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : '';
  const form = `<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(button)}</button></form>`;
  return page(locale, title, `${paragraph(question)}${list}${form}`);
}

/** What the POST did. */
export function followDonePage(link: FollowLink, locale: Locale, network: string): string {
  const words = TEXTS[locale];
  return link === 'confirm'
    ? page(locale, words.confirmedTitle, paragraph(words.confirmed(network)))
    : page(locale, words.unsubscribedTitle, paragraph(words.unsubscribed(network)));
}

/** A link that is unknown, used or expired. */
export function followInvalidPage(link: FollowLink, locale: Locale): string {
  const words = TEXTS[locale];
  return page(locale, words.invalidTitle, paragraph(link === 'confirm' ? words.invalidConfirm : words.invalidUnsubscribe));
}

/** What the visitor typed into the e-mail form, shown again with the answer. */
export interface FollowFormInput {
  email: string;
  reports: boolean;
  digest: boolean;
  subnetworks: boolean;
}

/** The answer to the form: sent, or what was wrong (`email`: the address, at its field). */
export type FollowFormOutcome = { sent: string } | { problem: string; at?: 'email' };

export interface FollowPageView {
  locale: Locale;
  options: FollowOptionsResponse['data'];
  /** The network's page, to go back to. */
  networkPage: string;
  /** Where the form POSTs: this page's own address. */
  action: string;
  typed?: FollowFormInput;
  outcome?: FollowFormOutcome;
}

function calendarSection({ locale, options }: FollowPageView): string {
  const words = FOLLOW_TEXTS[locale];
  const ways = calendarLinks(options.calendar, options.network.name, locale).map((way) => {
    const name =
      way.action === 'open' ? `<a href="${escapeHtml(way.url)}">${escapeHtml(way.name)}</a>` : `<strong>${escapeHtml(way.name)}</strong>`;
    return `<li>${name}<small>${escapeHtml(way.help)}</small></li>`;
  });
  return (
    `<section aria-labelledby="calendar"><h2 id="calendar">${escapeHtml(words.calendarHeading)}</h2>` +
    `${paragraph(words.calendarIntro)}<ul class="ways">${ways.join('')}</ul>` +
    `<p><label for="address">${escapeHtml(words.address)}</label>` +
    `<input id="address" readonly value="${escapeHtml(options.calendar)}"></p></section>`
  );
}

function emailSection({ locale, options, action, typed, outcome }: FollowPageView): string {
  const words = FOLLOW_TEXTS[locale];
  const chosen = typed ?? { email: '', reports: true, digest: false, subnetworks: options.subnetworks };
  const problem = outcome && 'problem' in outcome ? outcome : null;
  const atEmail = problem?.at === 'email' ? ' aria-invalid="true" aria-describedby="problem"' : '';
  const choice = (name: keyof FollowFormInput, label: string) =>
    `<label><input type="checkbox" name="${name}" value="1"${chosen[name] ? ' checked' : ''}> ${escapeHtml(label)}</label>`;
  const choices = [
    choice('reports', words.reports),
    choice('digest', fill(words.digest, { day: options.digestDayName })),
    options.subnetworks ? choice('subnetworks', words.subnetworks) : '',
  ];
  return (
    `<section aria-labelledby="email-heading"><h2 id="email-heading">${escapeHtml(words.emailHeading)}</h2>${paragraph(words.emailIntro)}` +
    `<form method="post" action="${escapeHtml(action)}">` +
    `<p><label for="email">${escapeHtml(words.emailLabel)}</label>` +
    `<input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(chosen.email)}"${atEmail}></p>` +
    `<fieldset><legend>${escapeHtml(words.choices)}</legend>${choices.join('')}</fieldset>` +
    `<p><button type="submit">${escapeHtml(words.submit)}</button></p></form>` +
    `<p id="problem" class="problem" role="alert">${escapeHtml(problem?.problem ?? '')}</p>` +
    `<p role="status">${escapeHtml(outcome && 'sent' in outcome ? outcome.sent : '')}</p>` +
    `<p><small>${escapeHtml(words.privacy)}</small></p></section>`
  );
}

/** The page to follow a network: its calendar, and the e-mail form where the CMS sends e-mail. */
export function followNetworkPage(view: FollowPageView): string {
  const { locale, options } = view;
  const words = FOLLOW_TEXTS[locale];
  const back = `<p><a href="${escapeHtml(view.networkPage)}">${escapeHtml(options.network.name)}</a></p>`;
  return page(
    locale,
    fill(words.title, { network: options.network.name }),
    `${calendarSection(view)}${options.email ? emailSection(view) : ''}${back}`,
  );
}
