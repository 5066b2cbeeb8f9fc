/**
 * The follow dialog, a file of its own that a page loads on the first click on "Follow"
 * (./follow-button.ts): subscribe to the network's meetings in a calendar app (the address
 * carries the element's filters, so the calendar shows what the element shows), or, where the
 * CMS sends e-mail, follow by e-mail. A native modal <dialog> in the element's shadow root: it
 * keeps focus inside, Escape closes it, and focus returns to the button. What editors wrote (the
 * network's and the meeting's names) goes into Lit's text bindings only.
 */
import { css, html, nothing, render, type TemplateResult } from 'lit';
import {
  calendarLinks,
  fillFollowText as fill,
  FOLLOW_TEXTS,
  type FollowOptionsResponse,
  type FollowRequest,
  type FollowTexts,
} from 'treffpunkt-shared/following';
import { FOLLOW_PATH } from 'treffpunkt-shared/public-routes';
import type { ErrorResponse, Locale, WireEvent } from 'treffpunkt-shared/wire';
import { getJson, type Unchecked } from '../shared/api-client';
import type { TreffpunktNextMeeting } from '../next-meeting/next-meeting';
import type { TreffpunktElement } from '../shared/base-element';

type Options = FollowOptionsResponse['data'];

/** What the e-mail form says: sent, or what was wrong (`email`: the address, at its field). */
type Outcome = { sent: string } | { problem: string; at?: 'email' };

const dialogStyles = css`
  dialog {
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    /* Words whole where they fit (the elements break anywhere, for their narrow boxes). */
    overflow-wrap: break-word;
  }
  dialog::backdrop {
    background: #0009;
  }
  .inside {
    padding: var(--_gap);
  }
  .top {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_gap);
  }
  .top > button {
    flex: none;
  }
  /* A word longer than the line breaks rather than push the button out. */
  .top > h2 {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    margin: 1.25em 0 0.25em;
    font-size: 1.05em;
  }
  .ways {
    padding: 0;
    list-style: none;
  }
  .ways > li {
    margin-bottom: 0.5em;
  }
  .ways .meta {
    display: block;
  }
  input:not([type=checkbox]), select {
    max-width: 100%;
    padding: 0.4em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  input:not([type=checkbox]) {
    width: 100%;
  }
  fieldset {
    margin: 0 0 0.75em;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  label {
    display: block;
  }
  [aria-invalid=true], .problem {
    border-color: var(--_danger);
    color: var(--_danger);
  }
`;

const isOptions = (body: unknown): body is FollowOptionsResponse =>
  typeof (body as Unchecked<FollowOptionsResponse>)?.data?.network?.slug === 'string';

/** The dialog of one element. */
class FollowDialog {
  private readonly place_ = document.createElement('div');
  private options_: Options[] = [];
  private chosen_ = 0;
  private copied_ = false;
  private sending_ = false;
  private outcome_: Outcome | null = null;
  private opener_?: HTMLElement;
  private meeting_?: WireEvent | null;

  constructor(private readonly element_: TreffpunktElement) {
    const root = element_.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogStyles.styleSheet!];
    // Before the element's own content: Lit renders from its marker to the end of the shadow root.
    root.prepend(this.place_);
  }

  private get locale_(): Locale {
    return this.element_.locale;
  }

  private get words_(): FollowTexts {
    return FOLLOW_TEXTS[this.locale_];
  }

  private get dialog_(): HTMLDialogElement {
    return this.place_.querySelector('dialog')!;
  }

  async open_(meeting: WireEvent | null | undefined): Promise<void> {
    this.opener_ = this.element_.renderRoot.querySelector<HTMLElement>('.follow') ?? undefined;
    this.meeting_ = meeting?.status === 'cancelled' ? null : meeting;
    this.outcome_ = null;
    this.copied_ = false;
    const slugs = this.element_.network
      .split(',')
      .map((slug) => slug.trim())
      .filter(Boolean);
    if (!slugs.length) return;
    // A network the CMS does not answer for (offline, unknown) is left out; without any, the dialog says so.
    this.options_ = (await Promise.all(slugs.map((slug) => this.optionsOf_(slug)))).filter((options) => options !== undefined);
    this.chosen_ = Math.max(0, Math.min(this.chosen_, this.options_.length - 1));
    this.render_();
    if (!this.dialog_.open) this.dialog_.showModal();
  }

  /** The dialog's options for one of the element's networks, asked with the element's filters. */
  private async optionsOf_(slug: string): Promise<Options | undefined> {
    const { element_: element } = this;
    const include = element.includeSubnetworks ? 'subnetworks' : '';
    const url = element.apiUrl_(FOLLOW_PATH, { network: slug, include, kind: element.kind, tag: element.tag });
    const { data } = await getJson(url, isOptions);
    return data?.data;
  }

  /** The meeting shown, to be reminded of, where it is the network's own (one of a subnetwork needs the subnetworks followed). */
  private remindable_(options: Options): WireEvent | null {
    return this.meeting_?.network.slug === options.network.slug ? this.meeting_ : null;
  }

  private close_ = () => this.dialog_.close();

  /** Focus goes back to the button that opened the dialog. */
  private closed_ = () => this.opener_?.focus();

  /** A click on the backdrop (the dialog itself, outside its content) closes it. */
  private clicked_ = (event: Event) => {
    if (event.target === this.dialog_) this.close_();
  };

  private chose_ = (event: Event) => {
    this.chosen_ = Number((event.target as HTMLSelectElement).value);
    this.outcome_ = null;
    this.render_();
  };

  private copy_ = async () => {
    const field = this.place_.querySelector<HTMLInputElement>('[readonly]')!;
    try {
      await navigator.clipboard.writeText(field.value);
      this.copied_ = true;
    } catch {
      // No clipboard for this page (an insecure origin, a refusal): the address selected, to copy by hand.
      field.focus();
      field.select();
    }
    this.render_();
  };

  private submit_ = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.sending_) return;
    const form = event.target as HTMLFormElement;
    const field = form.elements.namedItem('email') as HTMLInputElement;
    const checked = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
    const options = this.options_[this.chosen_];
    const meeting = this.remindable_(options);
    const request: FollowRequest = {
      email: field.value.trim(),
      network: options.network.slug,
      include: checked('subnetworks') ? 'subnetworks' : undefined,
      reports: checked('reports'),
      digest: checked('digest'),
      remind: checked('remind') && meeting ? [{ event: meeting.slug, date: meeting.occurrence?.date }] : [],
      locale: this.locale_,
    };
    const w = this.words_;
    if (!request.email || !field.checkValidity()) this.outcome_ = { problem: w.invalidEmail, at: 'email' };
    else if (!request.reports && !request.digest && !request.remind?.length) this.outcome_ = { problem: w.nothingChosen };
    else {
      this.sending_ = true;
      this.render_();
      this.outcome_ = await this.send_(request);
      this.sending_ = false;
    }
    this.render_();
    if ('problem' in this.outcome_ && this.outcome_.at) field.focus();
  };

  /** POSTs the request; what the visitor is told. */
  private async send_(request: FollowRequest): Promise<Outcome> {
    const w = this.words_;
    try {
      const response = await fetch(this.element_.apiUrl_(FOLLOW_PATH), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      });
      if (response.ok) return { sent: fill(w.accepted, { email: request.email }) };
      if (response.status === 429) return { problem: w.tooMany };
      const parameter = ((await response.json().catch(() => null)) as Unchecked<ErrorResponse>)?.error?.parameter;
      if (response.status === 400 && parameter === 'email') return { problem: w.invalidEmail, at: 'email' };
      if (response.status === 400 && parameter === 'reports') return { problem: w.nothingChosen };
    } catch {
      // Offline, or the CMS unreachable: said below like any other failure.
    }
    return { problem: w.failed };
  }

  private render_(): void {
    render(this.template_(), this.place_);
  }

  private template_(): TemplateResult {
    const w = this.words_;
    const options = this.options_[this.chosen_] as Options | undefined;
    return html`<dialog part="follow-dialog" lang=${this.locale_} aria-labelledby="follow-title" @close=${this.closed_}
      @click=${this.clicked_}><div class="inside">
      <div class="top"><h2 id="follow-title">${options ? fill(w.title, { network: options.network.name }) : w.button}</h2>
        <button class="link" @click=${this.close_}>${w.close}</button></div>
      ${
        this.options_.length > 1
          ? html`<p><label for="follow-network">${w.network}</label><select id="follow-network" @change=${this.chose_}>${this.options_.map(
              (each, index) => html`<option value=${index} selected=${index === this.chosen_ ? '' : nothing}>${each.network.name}</option>`,
            )}</select></p>`
          : nothing
      }
      ${
        options
          ? html`${this.calendarSection_(options)}${options.email ? this.emailSection_(options) : nothing}`
          : html`<p class="problem" role="alert">${w.failed}</p>`
      }
    </div></dialog>`;
  }

  private calendarSection_(options: Options): TemplateResult {
    const w = this.words_;
    const feed = options.calendar;
    return html`<section aria-labelledby="follow-calendar"><h3 id="follow-calendar">${w.calendarHeading}</h3>
      <p>${w.calendarIntro}</p>
      <ul class="ways">${calendarLinks(feed, options.network.name, this.locale_).map(
        (way) =>
          html`<li>${
            way.action === 'open'
              ? html`<a href=${way.url} target=${way.provider === 'apple' ? nothing : '_blank'} rel="noopener">${way.name}</a>`
              : html`<strong>${way.name}</strong>`
          }<span class="meta">${way.help}</span></li>`,
      )}</ul>
      <p><label for="follow-address">${w.address}</label><input id="follow-address" readonly value=${feed}></p>
      <p><button class="button quiet" @click=${this.copy_}>${w.copy}</button> <span role="status">${this.copied_ ? w.copied : ''}</span></p>
    </section>`;
  }

  private emailSection_(options: Options): TemplateResult {
    const w = this.words_;
    const outcome = this.outcome_;
    const problem = outcome && 'problem' in outcome ? outcome : null;
    const atEmail = problem?.at === 'email';
    const meeting = this.remindable_(options);
    const choice = (name: string, label: string, checked = false) =>
      html`<label><input type="checkbox" name=${name} checked=${checked ? '' : nothing}> ${label}</label>`;
    return html`<section aria-labelledby="follow-email-heading"><h3 id="follow-email-heading">${w.emailHeading}</h3>
      <p>${w.emailIntro}</p>
      <form novalidate @submit=${this.submit_}>
        <p><label for="follow-email">${w.emailLabel}</label><input id="follow-email" name="email" type="email" autocomplete="email"
          required aria-invalid=${atEmail ? 'true' : nothing} aria-describedby=${atEmail ? 'follow-problem' : nothing}></p>
        <fieldset><legend>${w.choices}</legend>
          ${choice('reports', w.reports, true)}${choice('digest', fill(w.digest, { day: options.digestDayName }))}${
            meeting ? choice('remind', fill(w.remind, { meeting: meeting.title })) : nothing
          }${options.subnetworks ? choice('subnetworks', w.subnetworks, this.element_.includeSubnetworks) : nothing}
        </fieldset>
        <p><button class="button" type="submit" aria-disabled=${this.sending_}>${w.submit}</button></p>
        <p id="follow-problem" class="problem" role="alert">${problem?.problem ?? ''}</p>
        <p role="status">${outcome && 'sent' in outcome ? outcome.sent : ''}</p>
      </form>
      <p class="meta">${w.privacy}</p>
    </section>`;
  }
}

const dialogs = new WeakMap<TreffpunktElement, FollowDialog>();

/**
 * Opens the element's follow dialog (made on the first call); a next-meeting element's meeting is
 * the one to be reminded of. The file's default export: the shortest name for widgets.js to call it by.
 */
export default function openFollowDialog(element: TreffpunktElement): Promise<void> {
  let dialog = dialogs.get(element);
  if (!dialog) dialogs.set(element, (dialog = new FollowDialog(element)));
  return dialog.open_((element as TreffpunktElement & Partial<Pick<TreffpunktNextMeeting, 'event_'>>).event_);
}
