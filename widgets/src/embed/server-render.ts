/**
 * Renders one element on the server, for the embed pages (/treffpunkt/embed/<widget>): the
 * element's own template, with the API's answer already in it, as declarative shadow DOM. So a
 * page shows the content before (and without) any script, and the embed page's script then
 * hydrates the same markup instead of drawing it again. The plugin loads this module (built to
 * dist/ssr/render.mjs) with the same Lit and the same element code as the widgets' bundle.
 * It also renders the public pages' bodies (../pages/), from the same templates.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { PageContent } from 'treffpunkt-shared/public-pages';
import { forgetPrimed, prime } from '../shared/api-client';
import type { TreffpunktElement } from '../shared/base-element';
import '../index';
import { meetingPage } from '../pages/meeting-page';
import { networkPage } from '../pages/network-page';
import { PAGE_STYLES } from '../pages/page.styles';
import { reportPage } from '../pages/report-page';

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

/**
 * The element's template for a tag and a list of attribute names, the values left as bindings.
 * Lit keeps what it prepares from a template for as long as its strings live, so the strings
 * are kept once per tag and set of names, never per request: the names are the embed options'
 * (server/src/validation/embed-options.ts lets no other through), the values are the visitor's.
 * Built as Lit's static templates are built, with `raw`, which Lit asks of a template's strings.
 */
const templates = new Map<string, TemplateStringsArray>();

function elementTemplate(tag: string, names: string[]): TemplateStringsArray {
  const key = [tag, ...names].join(' ');
  let strings = templates.get(key);
  if (!strings) {
    const parts = names.length
      ? [`<${tag} ${names[0]}="`, ...names.slice(1).map((name) => `" ${name}="`), `"></${tag}>`]
      : [`<${tag}></${tag}>`];
    strings = Object.assign(parts, { raw: [...parts] });
    templates.set(key, strings);
  }
  return strings;
}

/** The element's markup with its shadow root, showing `answer` (the answer to firstRequest()). */
export async function renderElement(tag: string, attributes: Record<string, string>, answer: unknown): Promise<string> {
  const url = firstRequest(tag, attributes);
  prime(url, answer);
  try {
    // The tag is one of ours (firstRequest found it); Lit escapes the values. The names sorted,
    // so that the order of a query's options makes no template of its own.
    const names = Object.keys(attributes).sort();
    return await collectResult(render(html(elementTemplate(tag, names), ...names.map((name) => attributes[name]))));
  } finally {
    // Answers differ per request: none may stay for the next page.
    forgetPrimed(url);
  }
}

/** The styles of the public pages, for their `<head>`. */
export const pageStyles = PAGE_STYLES;

/**
 * What Lit leaves in its output for hydration: comments around each part, and `<?>` where a
 * template ends with a value. The public pages run no script, so these would only cost bytes.
 * Text and attribute values are escaped, so no editor's text can look like one.
 */
const HYDRATION_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g;

/** The body of a public page (a network's, a report's, a meeting's) showing `content`. */
export async function renderPage(content: PageContent): Promise<string> {
  const template =
    content.page === 'network' ? networkPage(content) : content.page === 'report' ? reportPage(content) : meetingPage(content);
  return (await collectResult(render(template))).replace(HYDRATION_MARKERS, '');
}
