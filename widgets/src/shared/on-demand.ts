import { warnOnce } from './api-client';

/**
 * A file of the widgets that a page loads only when it needs it, once: `load` is its dynamic
 * import. A failed load is forgotten, so the next call tries again.
 */
function onDemand<T>(load: () => Promise<T>): () => Promise<T | undefined> {
  let loading: Promise<T | undefined> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      warnOnce(error);
      return undefined;
    }));
}

/** The second file, on a visitor's first click (or deep link): the full report, the meeting's details. */
export const loadDetails = onDemand(() => import('../details/details'));

/** The third file, once an element has its content: structured data, and what fills a complete list's room. */
export const loadAfterRender = onDemand(() => import('../after-render'));
