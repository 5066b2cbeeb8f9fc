import { REPORTS_PATH } from 'treffpunkt-shared/public-routes';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { WIDGET_DEFAULTS } from 'treffpunkt-shared/widget-options';
import type { ReportResponse, WireReport, WireReportCard } from 'treffpunkt-shared/wire';
import { getJson, type Failure, type Unchecked } from '../shared/api-client';
import { define } from '../shared/base-element';
import { loadDetails } from '../shared/on-demand';
import { heading } from '../shared/heading';
import { failure } from '../shared/i18n';
import { CARD_SIZES, picture } from '../shared/media';
import { reportHref } from '../shared/report-link';
import { PagedList } from '../shared/paged-list';
import { safeUrl } from '../shared/safe-url';
import { via } from '../shared/via';
import { baseStyles, pagedListStyles } from '../shared/styles';
import { latestReportsStyles } from './latest-reports.styles';

/** The report open in the reader: still loading, loaded, or failed. */
interface Reader {
  slug: string;
  report?: WireReport;
  fail?: Failure;
  details?: Awaited<ReturnType<typeof loadDetails>>;
}

const HASH_KEY = 'treffpunkt-report';

/**
 * The latest meeting reports of one or more networks, as cards or a list. "Read more" opens
 * the full report inside the element (with a deep link in the URL hash, so a reload or a
 * shared link shows the same report) or, with `href-template`, goes to the site's own page.
 *
 * The element's height is fixed whatever the reports hold: cards sit side by side in one row
 * that scrolls sideways (26em high with the "more reports" row), a list keeps the place of
 * `limit` reports (13em each), and inside every card the title, date line and summary have
 * fixed regions. So the page does not move when the reports arrive, and widgets.css reserves
 * the same before the script runs. A network with fewer reports than `limit` keeps its place:
 * the free places show its next meeting and the network itself, and once all reports are
 * shown the row of "more reports" links to the network's page and its feed. Only the reader,
 * which a visitor opens, makes the element grow.
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
 * @attr layout - `cards` (default: one row, scrolling sideways) or `list`.
 * @attr heading-level - Level of the report titles, 2 to 6; default 3.
 * @attr href-template - Your site's page for a report, e.g. `/berichte/{slug}`. Without it, reports open inside the element.
 * @attr api - Base URL of the Treffpunkt CMS; defaults to the origin the script was loaded from.
 * @attr id - Optional; names the deep link (`#treffpunkt-report-<id>=<slug>`) when a page has several of these elements.
 *
 * @slot - Fallback content, shown when the reports cannot be loaded (API down, slow or offline).
 *
 * @event treffpunkt-load - The reports arrived; `detail.count` is how many the first page has (0: none published).
 * @event treffpunkt-error - They could not be loaded; `detail.reason` is `offline`, `missing` (404) or `error`.
 * @event treffpunkt-report-open - A report opened in the reader (click or deep link); `detail.slug` names it.
 * @event treffpunkt-report-close - The reader closed; `detail.slug` names the report.
 *
 * @csspart base - Wrapper around everything the element shows.
 * @csspart list - The list of report cards.
 * @csspart card - One report in the list.
 * @csspart image - Cover and gallery images.
 * @csspart heading - Report titles and section headings.
 * @csspart summary - A report's summary in the list.
 * @csspart read-more - The "read more" link of a card.
 * @csspart more - The "more reports" button.
 * @csspart archive - Once all reports are shown: the link to the network's page.
 * @csspart feed - Once all reports are shown: the link to the network's feed.
 * @csspart next - In a free place: the network's next meeting.
 * @csspart network - In a free place: the network, with the link to its page.
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
export class TreffpunktLatestReports extends PagedList<WireReportCard> {
  static override styles = [baseStyles, pagedListStyles, latestReportsStyles];
  static override properties = {
    reader_: { state: true },
  };

  protected override defaultLimit_ = WIDGET_DEFAULTS['latest-reports'].limit!;
  protected override defaultLevel_ = WIDGET_DEFAULTS['latest-reports'].headingLevel;
  protected override listPath_ = REPORTS_PATH;
  private reader_: Reader | null = null;
  /** Whether we added the reader's history entry (then "back" is history.back()). */
  private pushed_ = false;

  override connectedCallback(): void {
    // Rendered on the server (an embed page), the element arrives with its shadow root. The server
    // knew no hash, so hydration's first render must be the list it sent: the report opens after.
    const hydrating = !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
    addEventListener('hashchange', this.onLocation_);
    if (hydrating) void this.updateComplete.then(() => this.onLocation_());
    else this.onLocation_();
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
    const index = isServer ? 0 : [...document.querySelectorAll('treffpunkt-latest-reports')].indexOf(this);
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

  protected override listParams_() {
    return { tag: this.tag };
  }

  protected override key_(report: WireReportCard): string {
    return report.slug;
  }

  protected override keepsRows_(): boolean {
    return this.layout === 'list';
  }

  protected override moreText_(): string {
    return this.t.more_;
  }

  /**
   * "Read more" opens the report here. Its link may still lead to the report's page: hydrating
   * an embed page keeps the server's attribute values, and the server rendered the page's address
   * for visitors without the script.
   */
  private readonly readHere_ = (event: Event): void => {
    event.preventDefault();
    location.hash = this.reportHash((event.currentTarget as HTMLElement).dataset.key!);
  };

  /** Fetches the report and the reader's code side by side; the reader shows once both are there. */
  private async openReport_(slug: string): Promise<void> {
    this.reader_ = { slug };
    const url = this.apiUrl_(`${REPORTS_PATH}/${encodeURIComponent(slug)}`);
    const [{ data, fail }, details] = await Promise.all([
      getJson(url, (body): body is ReportResponse => typeof (body as Unchecked<ReportResponse>)?.data?.slug === 'string'),
      loadDetails(),
    ]);
    if (this.reader_?.slug !== slug) return;
    details?.adoptReaderStyles(this.renderRoot as ShadowRoot);
    this.reader_ = data && details ? { slug, report: data.data, details } : { slug, fail: fail ?? 'error' };
    this.emit_('treffpunkt-report-open', { slug });
    await this.focusIn_('#report-title');
  }

  private async closeReader_(): Promise<void> {
    const slug = this.reader_?.slug;
    this.reader_ = null;
    if (!slug) return;
    this.emit_('treffpunkt-report-close', { slug });
    await this.focusIn_(`${this.keySelector_(slug)}, [part=more]`);
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

  protected override opened_(): boolean {
    return this.reader_ !== null;
  }

  protected override renderBody_(): unknown {
    return this.reader_ ? this.renderReader_(this.reader_) : super.renderBody_();
  }

  /** A placeholder built like a card, with the same fixed-size regions (see the styles). */
  protected override skeletonItem_(): TemplateResult {
    return html`<li aria-hidden="true"><div class="card"><div class="skeleton"></div><div class="pad text">
      <div class="h skeleton"></div><p class="meta"></p><p class="summary skeleton"></p><span></span></div></div></li>`;
  }

  protected override renderItem_(report: WireReportCard, level: number): TemplateResult {
    const href = reportHref(this.hrefTemplate, report);
    // Every card has the same regions, a report without cover or summary too: see the skeleton.
    const cover = picture(report.cover, CARD_SIZES);
    // A report's hash address opens it in this page, also where the page sends links out (an
    // embed page's `<base target>`). Rendered on the server, the link is the report's page: an
    // embed page without its script (or before it) has no reader to open.
    const page = isServer ? (href ?? safeUrl(report.url)) : href;
    return html`<li><article part="card" class="card" lang=${report.locale}>
      ${cover === nothing ? html`<div class="cover"></div>` : cover}
      <div class="pad text">
        ${heading(level, report.title, undefined, report.title)}
        <p class="meta line"><time datetime=${report.meeting.start ?? report.publishedOn}>${report.display.when}</time> · ${report.network.name}${via(report.origin)}</p>
        <p part="summary" class="summary">${report.summary}</p>
        <a part="read-more" href=${page ?? this.reportHash(report.slug)} target=${page ? nothing : '_self'} data-key=${report.slug}
          @click=${href ? nothing : this.readHere_}
          aria-label="${this.t.readMore_}: ${report.title}">${this.t.readMore_}</a>
      </div></article></li>`;
  }

  private renderReader_(reader: Reader): TemplateResult {
    const { t } = this;
    const level = this.level_();
    const { report, fail, details } = reader;
    const back = html`<p><button part="back" class="button quiet" @click=${this.close_}>← ${t.back_}</button></p>`;
    return html`<article part="report" class="card pad reader" lang=${report?.locale ?? nothing}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.close_()}>
      ${back}
      ${heading(level, report?.title ?? (fail ? failure(t, fail) : t.loading_), 'report-title')}
      ${report && details ? [details.reportBody(report, level + 1, this.locale), back] : nothing}
    </article>`;
  }
}

define('treffpunkt-latest-reports', TreffpunktLatestReports);

declare global {
  interface HTMLElementTagNameMap {
    'treffpunkt-latest-reports': TreffpunktLatestReports;
  }
}
