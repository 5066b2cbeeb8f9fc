/**
 * Renders one element on the server, for the embed pages (/treffpunkt/embed/<widget>): the
 * element's own template, with the API's answer already in it, as declarative shadow DOM. So a
 * page shows the content before (and without) any script, and the embed page's script then
 * hydrates the same markup instead of drawing it again. The plugin loads this module (built to
 * dist/ssr/render.mjs) with the same Lit and the same element code as the widgets' bundle.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { escapeHtml } from '../../../cms/src/plugins/treffpunkt/shared/escape-html';
import { forgetPrimed, prime } from '../shared/api-client';
import type { TreffpunktElement } from '../shared/base-element';
import '../index';

/** What the element asks the API for first: the request the embed page must answer before rendering. */
interface Loading {
  url_(): string;
}

function create(tag: string, attributes: Record<string, string>): TreffpunktElement {
  const Element = customElements.get(tag);
  if (!Element) throw new Error(`${tag} is not a Treffpunkt element`);
  const element = new Element() as TreffpunktElement;
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
    element.attributeChangedCallback(name, null, value);
  }
  return element;
}

/** The URL of the element's first API request, exactly as the element builds it (also for preload hints). */
export function firstRequest(tag: string, attributes: Record<string, string>): string {
  return (create(tag, attributes) as unknown as Loading).url_();
}

/** The element's markup with its shadow root, showing `answer` (the answer to firstRequest()). */
export async function renderElement(tag: string, attributes: Record<string, string>, answer: unknown): Promise<string> {
  const url = firstRequest(tag, attributes);
  prime(url, answer);
  try {
    // The tag is one of ours (firstRequest found it); names and values are escaped.
    const attributeList = Object.entries(attributes).map(([key, value]) => ` ${escapeHtml(key)}="${escapeHtml(value)}"`).join('');
    const element = unsafeStatic(`${tag}${attributeList}`);
    return await collectResult(render(html`<${element}></${unsafeStatic(tag)}>`));
  } finally {
    // Answers differ per request: none may stay for the next page.
    forgetPrimed(url);
  }
}
