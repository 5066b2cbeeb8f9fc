/**
 * WordPress's embed protocol, for an embed page whose address was pasted into WordPress (see the
 * server's oEmbed answer). WordPress frames the page with `sandbox="allow-scripts"` and a secret
 * at the end of the address (`#?secret=…`); its wp-embed.js takes from the frame only messages
 * with that secret: `height` sets the frame's height (within 200–1000 px), `link` opens an
 * address of the frame's own host in the top window, which the sandbox does not let the frame do.
 * It says `ready` when it starts listening. Without a secret, none of this happens.
 *
 * Runs before the elements are defined: the secret leaves the hash before a reports element reads
 * its deep link there (`#treffpunkt-report=…#?secret=…`).
 */

type EmbedMessage = { message: 'height'; value: number; secret: string } | { message: 'link'; value: string; secret: string };

const SECRET_IN_HASH = /#\?secret=([A-Za-z0-9]+)$/;

let secret: string | undefined;

export const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

function post(message: Omit<EmbedMessage, 'secret'>): void {
  if (secret) parent.postMessage({ ...message, secret } as EmbedMessage, '*');
}

export const tellWordPressHeight = (height: number) => post({ message: 'height', value: height });

/**
 * Takes the secret from the address, where WordPress puts it (at load, or later by changing the
 * hash), and gives the hash back as it was without it. A new secret is told the height at once.
 */
function takeSecret(): void {
  const found = SECRET_IN_HASH.exec(location.hash);
  if (!found) return;
  secret = found[1];
  history.replaceState(history.state, '', location.pathname + location.search + location.hash.slice(0, found.index));
  tellWordPressHeight(contentHeight());
}

function onMessage(event: MessageEvent<{ message?: unknown; secret?: unknown } | null>): void {
  if (event.source === parent && secret && event.data?.secret === secret && event.data.message === 'ready') {
    tellWordPressHeight(contentHeight());
  }
}

/** Where a link opens: its own target, else the page's `<base target>` (an embed page sends links out of the frame). */
const targetOf = (link: HTMLAnchorElement) => link.target || document.querySelector('base')?.target || '_self';

/**
 * A link that leaves the frame goes to WordPress as `link`. WordPress opens only addresses of
 * this host (a report's page here): for those the frame does nothing more. Others keep their way,
 * which a sandbox without `allow-top-navigation` or `allow-popups` refuses.
 */
function onClick(event: MouseEvent): void {
  if (!secret || event.defaultPrevented) return;
  const link = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
  if (!link || targetOf(link) === '_self') return;
  post({ message: 'link', value: link.href });
  if (new URL(link.href).host === location.host) event.preventDefault();
}

if (parent !== window) {
  takeSecret();
  addEventListener('hashchange', takeSecret);
  addEventListener('message', onMessage);
  addEventListener('click', onClick);
}
