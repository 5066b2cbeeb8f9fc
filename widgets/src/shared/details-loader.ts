import { warnOnce } from './api-client';

type Details = typeof import('../details/details');

let loading: Promise<Details | undefined> | undefined;

/**
 * The second file of the widgets: what a visitor needs only after a click (the full report,
 * the meeting's details). Fetched once per page, on the first click (or deep link); a failed
 * load is forgotten, so the next click tries again.
 */
export function loadDetails(): Promise<Details | undefined> {
  loading ??= import('../details/details').catch((error: unknown) => {
    loading = undefined;
    warnOnce(error);
    return undefined;
  });
  return loading;
}
