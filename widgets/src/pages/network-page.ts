/**
 * A network's page: its profile, next meetings, latest reports, the networks below it, and the
 * archive: every published report by year, filtered by year, topic and (of a federation) network,
 * with a search box, then the past meetings with their reports. Filters and pages are links and
 * a GET form: everything works without a script.
 */
import { html } from '@lit-labs/ssr';
import { nothing } from 'lit';
import type { Archive, ArchiveFilters, Facet, NetworkPageContent, PageLink } from 'treffpunkt-shared/public-pages';
import { DEFAULT_LOCALE, type WireReportCard } from 'treffpunkt-shared/wire';
import { richText } from '../details/rich-text';
import { CARD_SIZES, picture } from '../shared/media';
import { contactSection, link, meetingLine, pageFrame, reportLine } from './page-parts';
import { pageWords, type PageWords } from './words';

/** Where the archive's section begins on the page. */
const ARCHIVE_ID = 'archiv';
const FILTER_NAMES = ['year', 'tag', 'subnetwork', 'q', 'page'] as const;

/** The network's page with the archive's filters changed (a changed filter starts again at the first page). */
function archiveHref(pageUrl: string, filters: ArchiveFilters, change: Partial<ArchiveFilters>): string {
  const url = new URL(pageUrl);
  const next: ArchiveFilters = { ...filters, page: 1, ...change };
  for (const name of FILTER_NAMES) {
    const value = next[name];
    if (value !== undefined && value !== '' && !(name === 'page' && value === 1)) url.searchParams.set(name, String(value));
  }
  url.hash = ARCHIVE_ID;
  return url.href;
}

const linkList = (title: string, links: PageLink[]) =>
  links.length
    ? html`<section><h2>${title}</h2><ul class="inline">${links.map((each) => html`<li>${link(each.url, each.name)}</li>`)}</ul></section>`
    : nothing;

function profile(content: NetworkPageContent, w: PageWords) {
  const { network } = content;
  const facts = [
    network.region,
    network.website && html`${w.website}: ${link(network.website, new URL(network.website).host)}`,
    content.parent && html`${w.partOf}: ${link(content.parent.url, content.parent.name)}`,
  ].filter(Boolean);
  return html`<h1>${network.name}</h1>
${network.logo ? html`<div class="logo">${picture(network.logo, '10rem')}</div>` : nothing}
${network.shortDescription ? html`<p class="lead">${network.shortDescription}</p>` : nothing}
${richText(network.description, 1)}
${facts.length ? html`<ul class="inline meta">${facts.map((fact) => html`<li>${fact}</li>`)}</ul>` : nothing}
${contactSection(network.contact, w)}
${
  network.members.length
    ? html`<section><h2>${w.members}</h2><ul class="lines">${network.members.map(
        (member) =>
          html`<li>${member.website ? link(member.website, member.name) : member.name}${member.region ? html` <span class="meta">(${member.region})</span>` : nothing}</li>`,
      )}</ul></section>`
    : nothing
}
${linkList(w.children, content.children)}`;
}

function latestReports(reports: WireReportCard[], w: PageWords) {
  if (!reports.length) return nothing;
  return html`<section><h2>${w.latestReports}</h2><ul class="gallery">${reports.map(
    (report) => html`<li><article class="card" lang=${report.locale}>${picture(report.cover, CARD_SIZES)}<div class="pad">
      <h3 class="h">${link(report.url, report.title)}</h3>
      <p class="meta"><time datetime=${report.meeting.start ?? report.publishedOn}>${report.display.when}</time> · ${report.network.name}</p>
      ${report.summary ? html`<p>${report.summary}</p>` : nothing}</div></article></li>`,
  )}</ul></section>`;
}

/** One filter's values as links; the chosen one (marked) leads back to all. */
function facetList(title: string, facets: Facet[], chosen: string | undefined, href: (value: string | undefined) => string) {
  if (facets.length < 2 && chosen === undefined) return nothing;
  return html`<h3>${title}</h3><ul class="inline">${facets.map(
    (facet) =>
      html`<li><a href=${href(facet.value === chosen ? undefined : facet.value)} aria-current=${facet.value === chosen ? 'true' : nothing}>${
        facet.label
      } <span class="meta">(${facet.count})</span></a></li>`,
  )}</ul>`;
}

function searchForm(pageUrl: string, content: NetworkPageContent, w: PageWords) {
  const { filters } = content.archive;
  const action = new URL(pageUrl);
  action.search = '';
  action.hash = ARCHIVE_ID;
  const kept = { lang: content.locale === DEFAULT_LOCALE ? undefined : content.locale, ...filters, q: undefined, page: undefined };
  return html`<form class="search" role="search" method="get" action=${action.href}>
<label for="q">${w.search}</label> <input type="search" id="q" name="q" value=${filters.q ?? ''}>
${Object.entries(kept).map(([name, value]) => (value === undefined ? nothing : html`<input type="hidden" name=${name} value=${String(value)}>`))}
<button class="button" type="submit">${w.searchButton}</button></form>`;
}

/** The page of reports, under a heading for each year. */
function reportsByYear(reports: WireReportCard[]) {
  const years = new Map<string, WireReportCard[]>();
  for (const report of reports) {
    const year = report.publishedOn.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), report]);
  }
  return [...years].map(([year, items]) => html`<h3>${year}</h3><ul class="lines">${items.map(reportLine)}</ul>`);
}

function pageLinks(archive: Archive, href: (page: number) => string, w: PageWords) {
  const { page, pageCount } = archive.pages;
  if (pageCount < 2) return nothing;
  return html`<nav aria-label=${w.pages}><ul class="inline">
${page > 1 ? html`<li><a rel="prev" href=${href(page - 1)}>${w.newer}</a></li>` : nothing}
<li>${w.pageOf(page, pageCount)}</li>
${page < pageCount ? html`<li><a rel="next" href=${href(page + 1)}>${w.older}</a></li>` : nothing}</ul></nav>`;
}

function archiveSection(content: NetworkPageContent, w: PageWords) {
  const { archive } = content;
  const { filters } = archive;
  const pageUrl = content.network.url;
  const filtered = filters.year !== undefined || filters.tag || filters.subnetwork || filters.q;
  const change = (change: Partial<ArchiveFilters>) => archiveHref(pageUrl, filters, change);
  return html`<section id=${ARCHIVE_ID}><h2>${w.archive}</h2>
${searchForm(pageUrl, content, w)}
${facetList(w.years, archive.years, filters.year?.toString(), (year) => change({ year: year === undefined ? undefined : Number(year) }))}
${facetList(w.tags, archive.tags, filters.tag, (tag) => change({ tag }))}
${facetList(w.networks, archive.networks, filters.subnetwork, (subnetwork) => change({ subnetwork }))}
<p>${w.found(archive.pages.total)}${filtered ? html` · <a href=${archiveHref(pageUrl, { page: 1 }, {})}>${w.allReports}</a>` : nothing}</p>
${archive.reports.length ? reportsByYear(archive.reports) : html`<p>${w.noReports}</p>`}
${pageLinks(archive, (page) => change({ page }), w)}
</section>`;
}

export function networkPage(content: NetworkPageContent) {
  const w = pageWords[content.locale];
  return pageFrame(
    content,
    html`${profile(content, w)}
<section><h2>${w.nextMeetings}</h2>${
      content.upcoming.length
        ? html`<ul class="lines">${content.upcoming.map((event) => meetingLine(event, null, w))}</ul>`
        : html`<p>${w.noMeetings}</p>`
    }</section>
${latestReports(content.latest, w)}
${archiveSection(content, w)}
<section><h2>${w.pastMeetings}</h2>${
      content.pastMeetings.length
        ? html`<ul class="lines">${content.pastMeetings.map(({ event, report }) => meetingLine(event, report, w))}</ul>`
        : html`<p>${w.noPastMeetings}</p>`
    }</section>`,
  );
}
