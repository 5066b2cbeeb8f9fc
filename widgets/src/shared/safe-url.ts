import { isServer } from 'lit';
import { safeUrl as checkedUrl } from 'treffpunkt-shared/safe-url';

/**
 * The plugin's one URL check (http, https, mailto only), with relative URLs resolved against the
 * page. The API already filters URLs, but Lit does not sanitize attribute bindings in production
 * builds, so every URL we put into `href` or `src` passes through here as a second line of defence
 * (and guards `href-template`, which comes from the host page). Undefined when refused: the caller
 * then leaves the link out.
 */
export const safeUrl = (url: string | null | undefined): string | undefined =>
  checkedUrl(url, isServer ? undefined : document.baseURI) ?? undefined;
