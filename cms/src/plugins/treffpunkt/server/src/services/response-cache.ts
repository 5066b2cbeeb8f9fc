import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { treffpunktConfig } from '../config';

export interface CachedResponse {
  body: string;
  contentType: string;
  /** Strong validator: the same bytes always get the same tag, on every instance. */
  etag: string;
  storedAt: number;
}

/**
 * Answers of the public API, kept in this process for at most `ttlMs` (the Cache-Control
 * max-age) and emptied on every write to a Treffpunkt document. Other instances behind a load
 * balancer keep their own copy, so the time limit, not the emptying, is what bounds staleness.
 */
export function createResponseCache(ttlMs: number, maxEntries = 2000) {
  const entries = new Map<string, CachedResponse>();

  return {
    ttlMs,
    get(key: string, now = Date.now()): CachedResponse | undefined {
      const entry = entries.get(key);
      if (entry && now - entry.storedAt >= ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    set(key: string, body: string, contentType: string, now = Date.now()): CachedResponse {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      const entry = { body, contentType, etag, storedAt: now };
      entries.set(key, entry);
      return entry;
    },
    clear() {
      entries.clear();
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) =>
  createResponseCache(treffpunktConfig(strapi).maxAgeSeconds * 1000);
