/**
 * The pages behind the links of the follow mails, in the follower's language, without
 * JavaScript: opening a link only shows what it will do, with a button that POSTs (a mail
 * scanner that opens every link confirms or ends nothing); the POST's answer says what was done.
 */
import { escapeHtml } from 'treffpunkt-shared/escape-html';
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
  'button:focus-visible{outline:3px solid #f5c211;outline-offset:2px}' +
  '@media (prefers-color-scheme:dark){body{background:#1c1c1c;color:#eee}}';

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
