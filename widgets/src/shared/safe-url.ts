/**
 * Client-side URL check. The API already filters URLs, but Lit does not sanitize
 * attribute bindings in production builds, so every URL we put into `href` or `src`
 * passes through here as a second line of defence (and guards `href-template`,
 * which comes from the host page).
 */
const ALLOWED = /^(https?|mailto):$/;

/** The absolute URL when it is http, https or mailto, else `undefined` (the caller then leaves the link out). */
export function safeUrl(url: string | null | undefined, base: string = document.baseURI): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return ALLOWED.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
