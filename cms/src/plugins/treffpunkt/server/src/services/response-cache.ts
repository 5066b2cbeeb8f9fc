import type { Core } from '@strapi/strapi';
import { treffpunktConfig } from '../config';
import { compressedOnDemand, type Representations } from '../http/encodings';
import { strongEtag } from '../http/etag';

/** What an answer is made of besides its bytes' encodings: a hit sends all of it without the controller. */
export interface Answer {
  body: string;
  contentType: string;
  /** Content-Disposition, for the calendar files. */
  disposition?: string;
  /** Last-Modified (an HTTP date), for answers that know their latest change (the sync answer). */
  lastModified?: string;
}

export interface CachedResponse extends Representations, Answer {
  body: string;
  /** Strong validator: the same bytes always get the same tag, on every instance. */
  etag: string;
  storedAt: number;
}

/**
 * Answers of the public API, kept in this process for at most `ttlMs` (the Cache-Control
 * max-age) and emptied on every write to a Treffpunkt document, on any instance
 * (services/cache-sync.ts). The time limit still bounds staleness when an instance cannot hear
 * the others.
 */
export function createResponseCache(ttlMs: number, maxEntries = 2000) {
  const entries = new Map<string, CachedResponse>();
  // Counts the emptyings: an answer whose rendering began before the last one may hold what a
  // write just changed, so it is sent but not kept.
  let generation = 0;

  return {
    ttlMs,
    /** Read it before rendering an answer and give it to set(). */
    get generation() {
      return generation;
    },
    get(key: string, now = Date.now()): CachedResponse | undefined {
      const entry = entries.get(key);
      if (entry && now - entry.storedAt >= ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    set(key: string, answer: Answer, now = Date.now(), renderedIn = generation): CachedResponse {
      const etag = strongEtag(answer.body);
      // Compressed once per kept answer and encoding, for the first visitor whose browser takes it.
      const entry = { ...answer, etag, storedAt: now, encoded: compressedOnDemand(answer.body) };
      if (renderedIn !== generation) return entry;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
      return entry;
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => createResponseCache(treffpunktConfig(strapi).maxAgeSeconds * 1000);
