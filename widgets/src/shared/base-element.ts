import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { apiRequestUrl, networkFilter } from 'treffpunkt-shared/api-requests';
import { HEADING_LEVELS } from 'treffpunkt-shared/widget-options';
import type { Locale } from 'treffpunkt-shared/wire';
import { getJson, primed, warnOnce, type Check } from './api-client';
import { earlyAnswers } from './early-requests';
import { failure, messages, type Messages } from './i18n';

/** What the element shows: a skeleton, its content, a friendly sentence, or a problem plus the site's fallback. */
export type Status = 'loading' | 'ready' | 'empty' | 'error' | 'offline';

/** The bundle's own origin: pasting the script tag is all a site owner needs to do. */
const BUNDLE_ORIGIN = new URL(import.meta.url).origin;

/** Attributes that change what is fetched; a change to any of them loads again. */
const QUERY_KEYS = ['network', 'includeSubnetworks', 'limit', 'lang', 'api', 'tag', 'kind'];

/**
 * What every element shares: the attributes, building API URLs, loading with its states,
 * and the frame around the content.
 *
 * The frame is a box of fixed height (set by each element's styles, see `.box`): the skeleton,
 * the content, the empty sentence and the problem with the site's fallback all take exactly
 * the same place, which widgets.css reserves on the host page before the script has run. So
 * nothing an editor writes, and no answer of the API, moves the host page. Only what a
 * visitor opens (a report, a meeting's details) makes the element grow.
 */
export abstract class TreffpunktElement<Answer = unknown> extends LitElement {
  static override properties: PropertyDeclarations = {
    network: {},
    includeSubnetworks: { type: Boolean, attribute: 'include-subnetworks' },
    lang: {},
    theme: {},
    layout: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    hrefTemplate: { attribute: 'href-template' },
    api: {},
    tag: {},
    kind: {},
    status_: { state: true },
  };

  /** One network slug or a comma-separated list. */
  network = '';
  /** Also show content of the networks' subnetworks. */
  includeSubnetworks = false;
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: string;
  layout?: string;
  headingLevel?: number;
  hrefTemplate?: string;
  /** Base URL of the Treffpunkt CMS; defaults to the origin the script was loaded from. */
  api?: string;
  /** Only content with this tag. */
  tag?: string;
  /** Of the meeting elements: only meetings of these kinds (comma-separated). */
  kind?: string;

  protected status_: Status = 'loading';
  /** The URL of the latest main request: answers to older ones are ignored. */
  private mainUrl_?: string;

  /** `de` or `en`: the element's own `lang`, else the nearest one on the page, else German. */
  get locale(): Locale {
    const lang = (isServer ? this.getAttribute('lang') : this.closest('[lang]')?.getAttribute('lang'))?.toLowerCase() ?? '';
    return lang.startsWith('en') ? 'en' : 'de';
  }

  protected get t(): Messages {
    return messages[this.locale];
  }

  /** The heading level without a valid `heading-level` (WIDGET_DEFAULTS). */
  protected abstract defaultLevel_: number;

  /** The heading level for the element's titles (one of HEADING_LEVELS). */
  level_(): number {
    const level = Math.round(this.headingLevel ?? this.defaultLevel_);
    return (HEADING_LEVELS as readonly number[]).includes(level) ? level : this.defaultLevel_;
  }

  /** The network filter as query parameters. */
  protected filters_() {
    return networkFilter(this.network, this.includeSubnetworks);
  }

  /** An API URL of this element's CMS (the follow dialog's too), in the element's language. */
  apiUrl_(path: string, params: Record<string, string | number | undefined> = {}): string {
    const base = this.api ? new URL(this.api.replace(/\/?$/, '/'), isServer ? undefined : document.baseURI) : BUNDLE_ORIGIN;
    return apiRequestUrl(base, path, params, this.locale);
  }

  /** The API address of the main content. */
  protected abstract url_(): string;
  /** Checks the outer shape of the answer. */
  protected abstract valid_: Check<Answer>;
  /** Stores the answer (in the same tick as the status, so no render sees one without the other); returns how many items it shows. */
  protected abstract take_(body: Answer): number;

  /**
   * (Re)loads the main content; runs when a query attribute changes and on "try again". An answer
   * the page already has (an embed page's, or the server's while it renders one) is shown at once,
   * in this update, so the first render already has it.
   */
  protected refresh_(): void {
    const url = (this.mainUrl_ = this.url_());
    const ready = primed(url);
    if (ready !== undefined && this.valid_(ready)) return this.shown_(this.take_(ready));
    this.status_ = 'loading';
    void getJson(url, this.valid_).then(({ data, fail }) => {
      if (url !== this.mainUrl_) return;
      if (!fail) return this.shown_(this.take_(data));
      this.status_ = fail === 'offline' ? 'offline' : 'error';
      this.emit_('treffpunkt-error', { reason: fail });
    });
  }

  /** The content arrived: `count` items (0 shows the empty sentence). */
  private shown_(count: number): void {
    this.status_ = count ? 'ready' : 'empty';
    this.emit_('treffpunkt-load', { count });
  }

  /** A documented event for the host page: bubbles out of the element, and out of any shadow root it sits in. */
  protected emit_(type: string, detail: object): void {
    if (!isServer) this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (QUERY_KEYS.some((key) => changed.has(key))) this.refresh_();
  }

  protected abstract renderContent_(): unknown;
  protected abstract renderSkeleton_(): unknown;
  protected abstract emptyText_(): string;

  /**
   * The meeting elements' "Follow" button, over a corner of the box whatever it shows: its classes
   * (each element's styles place it). It opens the follow dialog, a file of its own loaded on the
   * first click (../follow/follow-dialog.ts). The reports element has none.
   */
  protected followLook_?: string;

  /** Whether something the visitor opened (a report, details) is shown: then the box grows with it. */
  protected opened_(): boolean {
    return false;
  }

  /** After a problem: a retry button and whatever fallback the site owner put inside the element. */
  private renderFallback_(): TemplateResult {
    return html`<p><button class="button quiet" part="retry" @click=${() => this.refresh_()}>${this.t.retry_}</button></p>
      <slot></slot>`;
  }

  /** The content, or the skeleton: while loading, and (invisible, keeping the place) under the empty and problem sentences. */
  protected renderBody_(): unknown {
    return this.status_ === 'ready' ? this.renderContent_() : this.renderSkeleton_();
  }

  /**
   * The frame: the box, with in one place the body and, over it, a polite live region that
   * announces loading and shows the empty or problem sentence (with the retry button and the
   * site's fallback), the body marked busy while loading. Rendering never throws into the host
   * page: data it cannot show ends in the error state with the fallback.
   */
  protected override render(): TemplateResult {
    const { t } = this;
    let status = this.status_;
    let body: unknown;
    try {
      body = this.renderBody_();
    } catch (error) {
      warnOnce(error);
      status = 'error';
      body = this.renderSkeleton_();
    }
    const quiet = status === 'loading' || status === 'ready';
    const failed = status === 'error' || status === 'offline';
    const text = status === 'loading' ? t.loading_ : status === 'ready' ? '' : status === 'empty' ? this.emptyText_() : failure(t, status);
    return html`<div part="base" class="box ${this.opened_() ? 'open' : status}" aria-busy=${status === 'loading'}>
      <div class="face"><p role="status" part="message" class=${quiet ? 'vh' : ''}>${text}</p>${failed ? this.renderFallback_() : nothing}</div>
      <div class=${quiet || this.opened_() ? 'body' : 'body ghost'} aria-hidden=${quiet ? nothing : 'true'}>${body}</div>${
        this.followLook_
          ? html`<button part="follow" class="follow ${this.followLook_}" aria-haspopup="dialog" @click=${() =>
              import('../follow/follow-dialog').then((file) => file.default(this), warnOnce)}>${t.follow_}</button>`
          : nothing
      }</div>`;
  }
}

/**
 * Registers an element unless the bundle already did (two script tags, or two URLs of it). On a
 * page that preloads the elements' answers, once those are there (or, when they are late, with
 * the skeletons): until then widgets.css keeps the elements' place, and an element defined with
 * its answer there renders its content at once, in the same task, instead of its skeleton first.
 */
export function define(name: string, element: CustomElementConstructor): void {
  const register = () => customElements.get(name) || customElements.define(name, element);
  if (earlyAnswers) void earlyAnswers.then(register);
  else register();
}
