import { html, nothing, type TemplateResult } from 'lit';
import type {
  ReportListResponse,
  ReportResponse,
  WireReport,
  WireReportCard,
} from '../../../cms/src/plugins/treffpunkt/shared/wire';
import { getJson, type Failure } from '../shared/api-client';
import { define, TreffpunktElement } from '../shared/base-element';
import { calendarDates } from '../shared/format';
import { CARD_SIZES, figure, picture } from '../shared/media';
import { templateHref } from '../shared/report-link';
import { heading, richText } from '../shared/rich-text';
import { failure } from '../shared/i18n';
import { baseStyles } from '../shared/styles';
import { latestReportsStyles } from './latest-reports.styles';

/** The report open in the reader: still loading, loaded, or failed. */
interface Reader {
  slug: string;
  report?: WireReport;
  fail?: Failure;
}

const HASH_KEY = 'treffpunkt-report';
const isList = (body: any) => Array.isArray(body?.data);

/**
 * The latest meeting reports of one or more networks, as cards or a list. "Read more" opens
 * the full report inside the element (with a deep link in the URL hash, so a reload or a
 * shared link shows the same report) or, with `href-template`, goes to the site's own page.
 * Cards have fixed-size regions (clamped title and summary), so the loading placeholders
 * reserve exactly the place a full page of reports takes.
 *
 * @summary The latest meeting reports of a network, with a built-in reader.
 * @tagname treffpunkt-latest-reports
 *
 * @attr network - One network slug or a comma-separated list, e.g. `jetzt` or `jetzt,zwh`.
 * @attr include-subnetworks - Also show reports of the networks' subnetworks.
 * @attr limit - Reports per page, 1 to 20; default 3. "More reports" loads the next page.
 * @attr tag - Only reports with this tag.
 * @attr lang - `de` or `en`; defaults to the nearest `lang` on the page, else German.
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's system setting.
 * @attr layout - `cards` (default) or `list`.
 * @attr heading-level - Level of the report titles, 2 to 6; default 3.
 * @attr href-template - Your site's page for a report, e.g. `/berichte/{slug}`. Without it, reports open inside the element.
 * @attr api - Base URL of the Treffpunkt CMS; defaults to the origin the script was loaded from.
 * @attr id - Optional; names the deep link (`#treffpunkt-report-<id>=<slug>`) when a page has several of these elements.
 *
 * @slot - Fallback content, shown when the reports cannot be loaded (API down, slow or offline).
 *
 * @csspart base - Wrapper around everything the element shows.
 * @csspart list - The list of report cards.
 * @csspart card - One report in the list.
 * @csspart image - Cover and gallery images.
 * @csspart heading - Report titles and section headings.
 * @csspart summary - A report's summary in the list.
 * @csspart read-more - The "read more" link of a card.
 * @csspart more - The "more reports" button.
 * @csspart report - The open report in the reader.
 * @csspart back - The reader's "back" buttons.
 * @csspart message - The empty or problem sentence.
 * @csspart retry - The "try again" button.
 *
 * @cssprop --treffpunkt-accent - Links, buttons, focus ring. Default #0a58ca (dark: #8ab4f8).
 * @cssprop --treffpunkt-on-accent - Text on accent-coloured buttons. Default #fff (dark: #0b1b33).
 * @cssprop --treffpunkt-surface - Card background. Default #fff (dark: #1f2023).
 * @cssprop --treffpunkt-text - Text colour. Default #1d1d1f (dark: #ececf1).
 * @cssprop --treffpunkt-muted - Secondary text. Default #595960 (dark: #b4b4bc).
 * @cssprop --treffpunkt-border - Card border and loading skeleton. Default #d0d0d7 (dark: #4a4c52).
 * @cssprop --treffpunkt-radius - Corner radius of cards and buttons. Default 0.5rem.
 * @cssprop --treffpunkt-gap - Spacing. Default 1rem.
 */
export class TreffpunktLatestReports extends TreffpunktElement {
  static override styles = [baseStyles, latestReportsStyles];
  static override properties = {
    tag: {},
    items_: { state: true },
    more_: { state: true },
    reader_: { state: true },
  };

  tag?: string;
  private items_: WireReportCard[] = [];
  private page_ = 1;
  private pageCount_ = 1;
  /** State of "more reports": idle, loading or failed. */
  private more_: '' | 'loading' | 'error' = '';
  private reader_: Reader | null = null;
  /** Whether we added the reader's history entry (then "back" is history.back()). */
  private pushed_ = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onLocation_);
    this.onLocation_();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onLocation_);
  }

  /**
   * The hash parameter of this element. Several reports elements on a page must not open
   * each other's reports: the first one uses `treffpunkt-report`, others their id or position.
   */
  private hashKey_(): string {
    const index = [...document.querySelectorAll('treffpunkt-latest-reports')].indexOf(this);
    const suffix = this.id || (index > 0 ? index + 1 : '');
    return suffix ? `${HASH_KEY}-${suffix}` : HASH_KEY;
  }

  /** The link that opens a report in this element, e.g. `#treffpunkt-report=herbsttreffen`. */
  reportHash(slug: string): string {
    return `#${this.hashKey_()}=${encodeURIComponent(slug)}`;
  }

  /**
   * Follows the URL: opens or closes the reader when the page loads with a report's hash and
   * on every hash change ("read more" links, back and forward).
   */
  private readonly onLocation_ = (event?: Event): void => {
    const slug = new URLSearchParams(location.hash.slice(1)).get(this.hashKey_());
    if (slug === (this.reader_?.slug ?? null)) return;
    // Opened by a hash change while the page was open: "back" can return through history.
    this.pushed_ = !!(event && slug);
    if (slug) void this.openReport_(slug);
    else void this.closeReader_();
  };

  private pageSize_(): number {
    const limit = Math.round(this.limit ?? 3);
    return limit >= 1 ? Math.min(limit, 20) : 3;
  }

  private listUrl_(page: number): string {
    return this.apiUrl_('reports', { ...this.filters_(), tag: this.tag, limit: this.pageSize_(), page });
  }

  private take_(body: ReportListResponse, items: WireReportCard[]): void {
    this.items_ = items;
    this.page_ = body.meta.page;
    this.pageCount_ = body.meta.pageCount;
  }

  protected override async refresh_(): Promise<void> {
    const body = await this.load_<ReportListResponse>(this.listUrl_(1), isList);
    if (!body) return;
    this.take_(body, body.data);
    this.status_ = body.data.length ? 'ready' : 'empty';
  }

  /** Appends the next page and moves focus to its first report, so keyboard users continue there. */
  private async loadMore_(): Promise<void> {
    if (this.more_ === 'loading') return;
    const url = this.listUrl_(this.page_ + 1);
    this.more_ = 'loading';
    const { data } = await getJson<ReportListResponse>(url, isList);
    if (url !== this.listUrl_(this.page_ + 1)) return;
    if (!data) {
      this.more_ = 'error';
      return;
    }
    // Reports published in between shift the pages; never show one twice.
    const known = new Set(this.items_.map((report) => report.slug));
    const fresh = data.data.filter((report) => !known.has(report.slug));
    this.take_(data, [...this.items_, ...fresh]);
    this.more_ = '';
    if (fresh[0]) await this.focusIn_(this.linkSelector_(fresh[0].slug));
  }

  private linkSelector_(slug: string): string {
    return `[data-slug="${CSS.escape(slug)}"]`;
  }

  /** Focuses an element of the shadow root once the pending render is done. */
  private async focusIn_(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async openReport_(slug: string): Promise<void> {
    this.reader_ = { slug };
    const url = this.apiUrl_(`reports/${encodeURIComponent(slug)}`);
    const { data, fail } = await getJson<ReportResponse>(url, (body) => typeof body?.data?.slug === 'string');
    if (this.reader_?.slug !== slug) return;
    this.reader_ = data ? { slug, report: data.data } : { slug, fail };
    await this.focusIn_('#report-title');
  }

  private async closeReader_(): Promise<void> {
    const slug = this.reader_?.slug;
    this.reader_ = null;
    if (slug) await this.focusIn_(`${this.linkSelector_(slug)}, [part=more]`);
  }

  /** "Back": return through history when we can, else drop the hash the page was opened with. */
  private close_(): void {
    if (this.pushed_) {
      history.back();
    } else {
      history.replaceState(history.state, '', location.pathname + location.search);
      void this.closeReader_();
    }
  }

  protected override emptyText_(): string {
    return this.t.reportsEmpty_;
  }

  protected override renderBody_(): unknown {
    return this.reader_ ? this.renderReader_(this.reader_) : super.renderBody_();
  }

  /**
   * Placeholders built like the cards, with the same fixed-size regions (see the styles), and the
   * row of "more reports": a full page of reports arrives without moving the page.
   */
  protected override renderSkeleton_() {
    const card = html`<li><div class="card"><div class="skeleton"></div><div class="pad text">
      <div class="h skeleton"></div><p class="meta"></p><p class="summary skeleton"></p><span></span></div></div></li>`;
    return html`<ul class="grid" aria-hidden="true">${Array.from({ length: this.pageSize_() }, () => card)}</ul>
      <p class="more"></p>`;
  }

  private meetingDate_(report: WireReportCard) {
    const start = report.meeting.start ?? report.publishedOn;
    const end = report.meeting.start ? report.meeting.end : null;
    return html`<time datetime=${start}>${calendarDates(start, end, this.locale)}</time>`;
  }

  protected override renderContent_() {
    const { t } = this;
    const level = this.level_(3);
    const loading = this.more_ === 'loading';
    // The row of "more reports" stays when there is nothing more: the skeleton reserved it.
    return html`<ul part="list" class="grid" role="list">${this.items_.map((report) => this.renderCard_(report, level))}</ul>
      <p class="more">${this.page_ < this.pageCount_
        ? html`<button part="more" class="button quiet" aria-disabled=${loading} @click=${this.loadMore_}>
              ${loading ? t.loading_ : this.more_ ? `${t.error_} ${t.retry_}` : t.more_}</button>`
        : nothing}</p>`;
  }

  private renderCard_(report: WireReportCard, level: number): TemplateResult {
    const href = templateHref(this.hrefTemplate, report.slug);
    // Every card has the same regions, a report without cover or summary too: see the skeleton.
    const cover = picture(report.cover, CARD_SIZES);
    return html`<li><article part="card" class="card" lang=${report.locale}>
      ${cover === nothing ? html`<div class="cover"></div>` : cover}
      <div class="pad text">
        ${heading(level, report.title)}
        <p class="meta">${this.meetingDate_(report)} · ${report.network.name}</p>
        <p part="summary" class="summary">${report.summary}</p>
        <a part="read-more" href=${href ?? this.reportHash(report.slug)} data-slug=${report.slug}
          aria-label="${this.t.readMore_}: ${report.title}">${this.t.readMore_}</a>
      </div></article></li>`;
  }

  private renderReader_(reader: Reader): TemplateResult {
    const { t } = this;
    const level = this.level_(3);
    const { report, fail } = reader;
    const back = html`<p><button part="back" class="button quiet" @click=${this.close_}>← ${t.back_}</button></p>`;
    return html`<article part="report" class="card pad" lang=${report?.locale ?? nothing}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.close_()}>
      ${back}
      ${heading(level, report?.title ?? (fail ? failure(t, fail) : t.loading_), 'report-title')}
      ${report ? [this.renderReport_(report, level + 1), back] : nothing}
    </article>`;
  }

  private renderReport_(report: WireReport, level: number) {
    const { t } = this;
    const author = report.author;
    const place = report.meeting.place;
    const section = (title: string, content: unknown) => (content ? html`${heading(level, title)}${content}` : nothing);
    return html`<p class="meta">${this.meetingDate_(report)} · ${report.network.name}${place ? ` · ${place}` : ''}</p>
      ${figure(report.cover)}
      ${report.summary ? html`<p><strong>${report.summary}</strong></p>` : nothing}
      ${richText(report.body, level - 1)}
      ${section(t.outcomes_, report.outcomes.length && html`<ul>${report.outcomes.map((o) => html`<li>${o}</li>`)}</ul>`)}
      ${section(t.nextSteps_, report.nextSteps.length && richText(report.nextSteps, level))}
      ${section(t.gallery_, report.gallery.length && html`<ul class="grid">${report.gallery.map((image) => html`<li>${figure(image, CARD_SIZES)}</li>`)}</ul>`)}
      ${author ? html`<p class="meta">${t.by_} ${author.name}${author.role ? ` (${author.role})` : ''}</p>` : nothing}`;
  }
}

define('treffpunkt-latest-reports', TreffpunktLatestReports);

declare global {
  interface HTMLElementTagNameMap {
    'treffpunkt-latest-reports': TreffpunktLatestReports;
  }
}
