/**
 * A report's page: the whole report as the widgets' reader shows it, then what the reader leaves
 * to the page: the topics (each leads to the network's archive of it), the meeting, the
 * documents and the contact.
 */
import { html } from '@lit-labs/ssr';
import { nothing } from 'lit';
import type { ReportPageContent } from 'treffpunkt-shared/public-pages';
import { reportBody } from '../details/details';
import { attachmentList, contactSection, link, pageFrame } from './page-parts';
import { pageWords } from './words';

/** The network's archive of one topic. */
function topicHref(networkUrl: string, tag: string): string {
  const url = new URL(networkUrl);
  url.searchParams.set('tag', tag);
  url.hash = 'archiv';
  return url.href;
}

export function reportPage(content: ReportPageContent) {
  const { report, locale, network } = content;
  const w = pageWords[locale];
  return pageFrame(
    content,
    html`<article lang=${report.locale}>
<h1>${report.title}</h1>
${reportBody(report, 2, locale)}
${report.participants ? html`<p class="meta">${w.participants}: ${report.participants}</p>` : nothing}
${
  report.tags.length
    ? html`<p class="meta">${w.tags}: ${report.tags.map((tag, index) => html`${index ? ', ' : ''}${link(topicHref(network.url, tag), tag)}`)}</p>`
    : nothing
}
${report.event ? html`<section><h2>${w.meeting}</h2><p>${link(report.event.url, report.event.title)}</p></section>` : nothing}
${attachmentList(report.attachments, locale)}
${contactSection(report.contact, w)}
</article>`,
  );
}
