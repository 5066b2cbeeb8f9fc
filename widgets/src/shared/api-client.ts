/**
 * The one way the widgets talk to the API.
 *
 * - Identical requests from several elements on a page are made once: the promise is kept
 *   per URL for the page's lifetime (answers are small and the page is short-lived).
 * - It never throws: a failure comes back as a value, so no element can leave an
 *   unhandled rejection on the host page. An answer of the wrong shape is a failure too
 *   (and, like every failure, not kept).
 * - A slow API counts as down after TIMEOUT_MS, and the page's console gets one warning at most.
 */

/** `offline`: no network or the API unreachable; `missing`: 404; `error`: anything else. */
export type Failure = 'offline' | 'missing' | 'error';
export type Result<T> = { data: T; fail?: undefined } | { data?: undefined; fail: Failure };

export const TIMEOUT_MS = 8000;

const cache = new Map<string, Promise<Result<unknown>>>();
/**
 * Answers the page already has, by URL: an embed page's, written into it by the server that
 * rendered it, and those loaded early (unchecked: the element checks them as it takes them).
 */
const answers = new Map<string, unknown>();

export const prime = (url: string, answer: unknown) => answers.set(url, answer);
export const primed = (url: string): unknown => answers.get(url);
export const forgetPrimed = (url: string) => answers.delete(url);
let warned = false;

/** At most one warning per page load, however many elements fail, so the host's console stays usable. */
export function warnOnce(...details: unknown[]): void {
  if (warned) return;
  warned = true;
  console.warn('[treffpunkt]', ...details);
}

/** Checks the outer shape of an answer, so that a broken API cannot make an element throw. */
export type Check<T> = (body: unknown) => body is T;

/**
 * An answer as its check reads it: any JSON value may have come, so every field may be missing.
 * Read with optional chaining, a missing field (or a field of a string or number) is undefined.
 */
export type Unchecked<T> = { [K in keyof T]?: Unchecked<T[K]> } | null | undefined;

/** An answer as it came, before any check of its shape. */
type Loaded = { body: unknown; fail?: undefined } | { body?: undefined; fail: Failure };

/** Requests started before any element asked (see early-requests.ts), until one asks. */
const early = new Map<string, Promise<Loaded>>();

async function load(url: string): Promise<Loaded> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: abort.signal });
    if (!response.ok) {
      warnOnce(response.status, url);
      return { fail: response.status === 404 ? 'missing' : 'error' };
    }
    // Reading the body stays under the same timeout: a stalled body is as bad as no answer.
    return { body: await response.json() };
  } catch (error) {
    warnOnce(url, error);
    // fetch rejects with a TypeError when the network or the server cannot be reached
    // (offline included: the browser does not even try then).
    return { fail: error instanceof TypeError ? 'offline' : 'error' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts loading `url` for the element that will ask for it (it never throws either); what
 * arrives is an answer the page has, for an element that renders after it came.
 */
export function loadEarly(url: string): Promise<Loaded> {
  let loading = early.get(url);
  if (!loading) {
    loading = load(url).then((loaded) => {
      if (!loaded.fail) answers.set(url, loaded.body);
      return loaded;
    });
    early.set(url, loading);
  }
  return loading;
}

async function request<T>(url: string, valid: Check<T>): Promise<Result<T>> {
  const loading = early.get(url) ?? load(url);
  early.delete(url);
  const { body, fail } = await loading;
  if (fail) return { fail };
  if (valid(body)) return { data: body };
  warnOnce('unexpected answer', url);
  return { fail: 'error' };
}

/** GET `url` as JSON, shared with every other caller asking for the same URL (and so the same check). */
export function getJson<T>(url: string, valid: Check<T>): Promise<Result<T>> {
  let pending = cache.get(url);
  if (!pending) {
    pending = request(url, valid);
    cache.set(url, pending);
    // Failures are forgotten so that "try again" (or a later element) really asks again.
    pending.then((result) => result.fail && cache.delete(url));
  }
  return pending as Promise<Result<T>>;
}
