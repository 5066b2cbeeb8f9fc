import { isServer } from 'lit';
import { loadEarly } from './api-client';

/**
 * How long the elements wait for their preloaded answers before they show their skeletons: a
 * skeleton that is replaced within a moment is only a flicker, and drawing it costs the time
 * (its render and a frame) in which the content could have been drawn.
 */
const SKELETON_AFTER_MS = 250;

/**
 * Run before the elements are set up: the answers the page preloads for its widgets (the admin's
 * snippet has a preload line for each widget's first request) are asked for and read now.
 */
const loading = isServer
  ? []
  : [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=fetch]')]
      .filter((link) => preloadedPath(link)?.startsWith('/api/treffpunkt/'))
      .map((link) => loadEarly(link.href));

/** The path a preload line asks for; none when its href is missing or no URL (the host page's slip must not stop our widgets). */
function preloadedPath(link: HTMLLinkElement): string | undefined {
  try {
    return new URL(link.href).pathname;
  } catch {
    return undefined;
  }
}

/** Settles when the preloaded answers are there, or after SKELETON_AFTER_MS; none without preloads. */
export const earlyAnswers = loading.length
  ? Promise.race([Promise.all(loading), new Promise((later) => setTimeout(later, SKELETON_AFTER_MS))])
  : undefined;
