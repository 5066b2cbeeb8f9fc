/**
 * The widgets' server renderer (widgets/src/embed/server-render.ts), which the package carries
 * as dist/ssr/render.mjs beside its server code (scripts/copy-widgets.mjs). An ES module, so it
 * is imported, once, when the first embed page or public page is asked for.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageContent } from 'treffpunkt-shared/public-pages';
import { PACKAGE_DIST } from '../services/widget-files';

export interface ElementRenderer {
  /** The URL of the element's first API request, as the element builds it. */
  firstRequest(tag: string, attributes: Record<string, string>): string;
  /** The element with its shadow root (declarative shadow DOM), showing `answer`. */
  renderElement(tag: string, attributes: Record<string, string>, answer: unknown): Promise<string>;
  /** A public page's body, from the widgets' templates. */
  renderPage(content: PageContent): Promise<string>;
  /** The public pages' styles. */
  pageStyles: string;
}

const MODULE = pathToFileURL(path.join(PACKAGE_DIST, 'ssr', 'render.mjs')).href;
let loading: Promise<ElementRenderer> | undefined;

export function elementRenderer(): Promise<ElementRenderer> {
  loading ??= import(MODULE) as Promise<ElementRenderer>;
  loading.catch(() => (loading = undefined));
  return loading;
}
