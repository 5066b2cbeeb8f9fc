/**
 * The admin's preload hint names the widget's first request; the browser reuses a preload only
 * for a byte-identical URL. So the URL the admin writes must be the one the element builds, for
 * every option that changes it: checked against the element's own code (the server renderer's
 * copy of it, which runs in Node).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstRequestUrl } from 'treffpunkt-shared/api-requests';
import { tagName, WIDGETS } from 'treffpunkt-shared/widget-options';
import { repoRoot } from '../support/cms';

interface Renderer {
  firstRequest(tag: string, attributes: Record<string, string>): string;
}
const renderer = (): Promise<Renderer> => import(pathToFileURL(path.join(repoRoot, 'widgets/dist/ssr/render.mjs')).href);

const CMS = 'https://cms.example.org/';
const CASES = [
  { network: 'bke', includeSubnetworks: false, locale: 'de' as const },
  { network: ' zwh , jetzt,bke ', includeSubnetworks: true, locale: 'en' as const },
  { network: 'bke-medien', includeSubnetworks: true, locale: 'de' as const, limit: 7 },
];

describe('the first request of a widget', () => {
  for (const widget of WIDGETS) {
    it(`is the same URL in the admin's preload and in <${tagName(widget)}>`, async () => {
      const { firstRequest } = await renderer();
      for (const options of CASES) {
        const attributes: Record<string, string> = { network: options.network, lang: options.locale, api: CMS };
        if (options.includeSubnetworks) attributes['include-subnetworks'] = '';
        if (options.limit && widget !== 'next-meeting') attributes.limit = String(options.limit);
        const limit = widget === 'next-meeting' ? undefined : options.limit;
        expect(firstRequestUrl(widget, CMS, { ...options, limit })).toBe(firstRequest(tagName(widget), attributes));
      }
    });
  }
});
