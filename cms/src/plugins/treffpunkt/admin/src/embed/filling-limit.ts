/**
 * The `limit` a list's current items fill: a list keeps the place of `limit` rows, and rows its
 * network has no item for stay free (its free places show the next meeting and the network, the
 * rest is empty). The embed page asks the public API as the widget will, for one item, and reads
 * how many there are.
 */
import { useEffect, useState } from 'react';
import { firstRequestUrl } from 'treffpunkt-shared/api-requests';
import { LIMIT_RANGE, widgetBox } from 'treffpunkt-shared/widget-options';
import type { WireListMeta } from 'treffpunkt-shared/wire';
import { hasLimit, requestOptions, type WidgetOptions } from './snippet';

export interface FillingLimit {
  /** How many items the list has now. */
  count: number;
  /** The largest limit they fill. */
  limit: number;
}

/** The address that counts the items, for a widget that keeps a row per item; else undefined. */
function countUrl(options: WidgetOptions): string | undefined {
  if (!hasLimit(options.widget) || !widgetBox(options.widget, options.layout).perItem) return undefined;
  return firstRequestUrl(options.widget, `${window.strapi.backendURL}/`, { ...requestOptions(options), limit: 1 });
}

/** The limit the items fill, when the chosen one leaves rows free; undefined otherwise or until the count is known. */
export function useFillingLimit(options: WidgetOptions): FillingLimit | undefined {
  const url = countUrl(options);
  const [counted, setCounted] = useState<{ url: string; count: number }>();
  useEffect(() => {
    if (!url) return;
    let current = true;
    fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<{ meta?: Partial<WireListMeta> }>) : undefined))
      .then((body) => {
        if (current && typeof body?.meta?.total === 'number') setCounted({ url, count: body.meta.total });
      })
      // No count, no suggestion: the field works as before.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [url]);
  if (!url || counted?.url !== url) return undefined;
  const limit = Math.min(LIMIT_RANGE.max, Math.max(LIMIT_RANGE.min, counted.count));
  return options.limit > limit ? { count: counted.count, limit } : undefined;
}
