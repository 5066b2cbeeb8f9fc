const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Editors type links; visitors click them. Only http(s) and mailto survive, so a
 * `javascript:` or `data:` URL never reaches a widget or a feed. Relative URLs resolve against
 * `base`; without one they are refused. The one URL check of the plugin, for server and browser.
 */
export function safeUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
