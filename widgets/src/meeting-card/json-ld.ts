import { isServer } from 'lit';
import type { WireEvent } from 'treffpunkt-shared/wire';

/**
 * Adds the meeting's schema.org Event data (written by the API) to the host page's <head>:
 * structured data in a shadow root is invisible to crawlers. One script per event for the whole
 * page, however many elements show it or how often they render.
 */
export function publishJsonLd(event: WireEvent): void {
  // On the server rendering an embed page there is no document: the page's head gets the data there.
  if (isServer) return;
  // An occurrence of a series is an Event of its own: one script per date.
  const key = event.occurrence ? `${event.slug}@${event.occurrence.date}` : event.slug;
  if (document.head.querySelector(`script[data-treffpunkt-event="${CSS.escape(key)}"]`)) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.treffpunktEvent = key;
  // textContent, not innerHTML: the JSON cannot end the script element or add markup.
  script.textContent = JSON.stringify(event.structuredData);
  document.head.append(script);
}
