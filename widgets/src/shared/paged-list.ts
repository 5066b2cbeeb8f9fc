import { html, isServer, type PropertyDeclarations, type TemplateResult } from 'lit';
import { LIMIT_RANGE } from 'treffpunkt-shared/widget-options';
import type { Room } from '../free-room/free-room';
import { getJson, type Unchecked } from './api-client';
import { TreffpunktElement } from './base-element';
import { loadAfterRender } from './on-demand';

interface ListAnswer<Item> {
  data: Item[];
  meta: { page: number; pageCount: number };
}

const isList = <Item>(body: unknown): body is ListAnswer<Item> => Array.isArray((body as Unchecked<ListAnswer<Item>>)?.data);

/**
 * What the elements with a list share: pages of `limit` items from the API, "more" to append
 * the next page (its placeholders appear at the click, so the list grows then, not later), focus
 * on the first new item, and rows kept free where a page has fewer items than `limit`. Once the
 * last page is there, a third file fills the room the list leaves (../free-room).
 */
export abstract class PagedList<Item> extends TreffpunktElement<ListAnswer<Item>> {
  static override properties: PropertyDeclarations = {
    limit: {},
    items_: { state: true },
    more_: { state: true },
    room_: { state: true },
  };

  /** Items per page, as written in the attribute (1 to 20). */
  limit?: string | number;
  protected items_: Item[] = [];
  private page_ = 1;
  private pageCount_ = 1;
  /** State of "more": idle, loading or failed. */
  private more_: '' | 'loading' | 'error' = '';
  /** What fills the room of the complete list, once the third file has it (../free-room). */
  room_?: Room;

  /** The page size without a valid `limit`. */
  protected abstract defaultLimit_: number;
  /** The API's list, e.g. `reports`, and this element's filters besides the networks. */
  protected abstract listPath_: string;
  protected listParams_(): Record<string, string | undefined> {
    return {};
  }
  /** What names an item in the list (focus moves to the first new one, and no item shows twice). */
  protected abstract key_(item: Item): string;
  protected abstract renderItem_(item: Item, level: number): TemplateResult;
  protected abstract skeletonItem_(): TemplateResult;
  /** Whether free rows keep the place of missing items (a list), or the items just end (a row that scrolls). */
  protected abstract keepsRows_(): boolean;
  protected abstract moreText_(): string;
  /** Called with the items of the first page, e.g. to publish their structured data. */
  protected arrived_(_items: Item[]): void {}

  /** `limit` as widgets.css reads it: a whole number in LIMIT_RANGE as written (no "05"), else the element's default. */
  protected pageSize_(): number {
    const limit = Number(this.limit);
    return Number.isInteger(limit) && limit >= LIMIT_RANGE.min && limit <= LIMIT_RANGE.max && String(limit) === String(this.limit)
      ? limit
      : this.defaultLimit_;
  }

  private listUrl_(page: number): string {
    return this.apiUrl_(this.listPath_, { ...this.filters_(), ...this.listParams_(), limit: this.pageSize_(), page });
  }

  private keep_(body: ListAnswer<Item>, items: Item[]): void {
    this.items_ = items;
    this.page_ = body.meta.page;
    this.pageCount_ = body.meta.pageCount;
    this.room_ = undefined;
    this.arrived_(body.data);
    if (!isServer && this.page_ >= this.pageCount_) void loadAfterRender().then((file) => file?.fillRoom(this));
  }

  /** Places of the pages shown that their items leave free. */
  free_(): number {
    const size = this.pageSize_();
    return Math.max(1, Math.ceil(this.items_.length / size)) * size - this.items_.length;
  }

  override url_(): string {
    return this.listUrl_(1);
  }

  protected override valid_ = isList<Item>;

  protected override take_(body: ListAnswer<Item>): number {
    this.keep_(body, body.data);
    return body.data.length;
  }

  /** Appends the next page and moves focus to its first item, so keyboard users continue there. */
  private async loadMore_(): Promise<void> {
    if (this.more_ === 'loading') return;
    const url = this.listUrl_(this.page_ + 1);
    this.more_ = 'loading';
    const { data } = await getJson(url, isList<Item>);
    if (url !== this.listUrl_(this.page_ + 1)) return;
    if (!data) {
      this.more_ = 'error';
      return;
    }
    // Items added in between shift the pages; never show one twice.
    const known = new Set(this.items_.map((item) => this.key_(item)));
    const fresh = data.data.filter((item) => !known.has(this.key_(item)));
    this.keep_(data, [...this.items_, ...fresh]);
    this.more_ = '';
    if (fresh[0]) await this.focusIn_(this.keySelector_(this.key_(fresh[0])));
  }

  protected keySelector_(key: string): string {
    return `[data-key="${CSS.escape(key)}"]`;
  }

  /** Focuses an element of the shadow root once the pending render is done. */
  protected async focusIn_(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A page of placeholders, built like the items with the same fixed-size regions. */
  private skeletons_(): TemplateResult[] {
    return Array.from({ length: this.pageSize_() }, () => this.skeletonItem_());
  }

  /** The places the pages shown leave: the room's first, then free rows where the list keeps them. */
  private freePlaces_(): unknown[] {
    const places = this.room_?.places ?? [];
    const rows = this.keepsRows_() ? this.free_() - places.length : 0;
    return [...places, ...Array.from({ length: rows }, () => html`<li aria-hidden="true"></li>`)];
  }

  protected override renderSkeleton_() {
    return html`<ul class="grid">${this.skeletons_()}</ul><p class="more"></p>`;
  }

  protected override renderContent_() {
    const { t } = this;
    const level = this.level_();
    const loading = this.more_ === 'loading';
    // The row of "more" stays when there is nothing more: the skeleton reserved it.
    return html`<ul part="list" class="grid" role="list">${this.items_.map((item) => this.renderItem_(item, level))}${
      loading ? this.skeletons_() : this.freePlaces_()
    }</ul>
      <p class="more">${
        this.page_ < this.pageCount_
          ? html`<button part="more" class="button quiet" aria-disabled=${loading} @click=${this.loadMore_}>
              ${loading ? t.loading_ : this.more_ ? `${t.error_} ${t.retry_}` : this.moreText_()}</button>`
          : this.room_?.more
      }</p>`;
  }
}
