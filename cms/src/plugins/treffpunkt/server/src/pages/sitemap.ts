/**
 * The sitemap (sitemaps.org) of the public pages: each page in each language, with its other
 * languages as hreflang alternates (as Google reads them) and when its document last changed.
 */
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import type { SitemapEntry } from '../services/pages';

function urlEntries({ languages, lastModified }: SitemapEntry): string[] {
  const alternates = [...languages, { locale: 'x-default', url: languages[0].url }]
    .map(({ locale, url }) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeHtml(url)}"/>`)
    .join('');
  return languages.map(({ url }) => `<url><loc>${escapeHtml(url)}</loc><lastmod>${escapeHtml(lastModified)}</lastmod>${alternates}</url>`);
}

export function sitemapXml(entries: SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.flatMap(urlEntries).join('\n')}
</urlset>
`;
}
