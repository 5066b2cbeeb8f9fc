import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Locale, WireEvent } from 'treffpunkt-shared/wire';
import type { loadDetails } from '../shared/on-demand';
import { heading } from '../shared/heading';
import type { Messages } from '../shared/i18n';
import { reportHref } from '../shared/report-link';
import { safeUrl } from '../shared/safe-url';
import { via } from '../shared/via';

export type Details = Awaited<ReturnType<typeof loadDetails>>;

/** What a card needs of the element that shows it. */
export interface CardContext {
  t: Messages;
  locale: Locale;
  level: number;
  /** Without summary; the previous report's link only with the details. */
  compact: boolean;
  hrefTemplate?: string;
  /** The details file while the visitor has the card opened (`null`: still loading), else undefined. */
  details: Details | null | undefined;
  toggle: () => void;
}

/**
 * One meeting as a card: what, when (in the meeting's own zone; a series says its rhythm), where,
 * how to take part, how to put it in a calendar. Every row has a most number of lines and the
 * summary fills what is left (see meeting-card.styles.ts); "More about this meeting" opens the
 * whole text, host, description and agenda in place. Shown by <treffpunkt-next-meeting>, and by
 * <treffpunkt-upcoming-meetings> for the meeting a visitor opens.
 */
export function meetingCard(event: WireEvent, context: CardContext): TemplateResult {
  const { t, locale, level, details, compact } = context;
  const open = event.status !== 'cancelled';
  const relative = event.display.relative;
  const note = event.note ? html`<strong part="note">${event.note}</strong> ` : nothing;
  // Kind and status come from the API in the language asked for (the request's locale is ours).
  return html`<article part="card" class="card pad meeting ${compact ? 'compact' : ''} ${details === undefined ? '' : 'open'}" lang=${event.locale}>
    <p class="meta line tags"><span part="kind">${event.kindLabel}${via(event.origin)}</span>
      ${event.statusLabel ? html`<span part="badge" class="badge ${event.status}">${event.statusLabel}</span>` : nothing}
      ${relative ? html`<span part="relative" class="relative">${relative}</span>` : nothing}</p>
    ${heading(level, event.title, undefined, event.title)}
    <p part="when" class="when clamp"><time datetime=${event.display.datetime}>${event.display.when}</time>${
      event.series ? html`<br><span part="rhythm" class="rhythm">${event.series.rhythm}</span>` : nothing
    }</p>
    <div class="where">${place(event, t)}</div>
    <div class="side"><p part="summary" class="fill summary">${note}${compact ? nothing : event.summary}</p>
    ${details ? details.meetingDetails(event, level + 1, locale) : nothing}
    <div class="acts"><p class="line"><button part="more" class="link" aria-expanded=${details !== undefined} @click=${context.toggle}>
      ${details === undefined ? t.details_ : details ? t.less_ : t.loading_}${event.agenda.length ? ` · ${t.agenda_} (${event.agenda.length})` : ''}</button></p>
    ${open ? actions(event, t) : nothing}${compact && details === undefined ? nothing : previous(event, t, context.hrefTemplate)}</div></div>
  </article>`;
}

function place(event: WireEvent, t: Messages) {
  const mode = event.attendanceMode;
  const where = event.display.place;
  const map = safeUrl(event.links.map);
  const join = safeUrl(event.onlineUrl);
  return html`${
    where
      ? html`<p part="place" class="clamp">${map ? html`<a href=${map} title="${t.map_} (OpenStreetMap)">${where}</a>` : where}</p>`
      : nothing
  }
  ${
    mode === 'in-person'
      ? nothing
      : html`<p part="online" class="line">${mode === 'online' ? t.online_ : t.hybrid_}${join ? html` · <a href=${join}>${t.join_}</a>` : nothing}</p>`
  }`;
}

/** Registration, and "add to calendar": a series as a whole (its .ics), else the meeting. */
function actions(event: WireEvent, t: Messages) {
  const registration = event.registration;
  const register = safeUrl(registration?.url);
  const deadline = registration?.deadline;
  const google = safeUrl(event.links.googleCalendar);
  const closed = deadline && Date.parse(deadline) < Date.now();
  const ics = safeUrl(event.series?.ics ?? event.ics);
  return html`${
    !register
      ? nothing
      : html`<p class="row">${
          closed
            ? html`<span part="register">${t.closed_}</span>`
            : html`<a part="register" class="button" href=${register}>${t.register_}</a>
          ${deadline ? html`<span class="meta">${t.until_} <time datetime=${deadline}>${event.display.deadline}</time></span>` : nothing}`
        }</p>`
  }
    ${
      event.datePrecision === 'month'
        ? nothing
        : html`<p part="calendar" class="meta">${t.calendar_}: ${ics ? html`<a href=${ics}>iCal (.ics)</a>` : nothing}${ics && google ? ' · ' : ''}${
            google ? html`<a href=${google}>${t.google_}</a>` : nothing
          }</p>`
    }`;
}

/**
 * The previous meeting's report: on the site (href-template, the network's own page), in a reports
 * element on this page, else on its page at Treffpunkt.
 */
function previous(event: WireEvent, t: Messages, hrefTemplate: string | undefined) {
  const report = event.previousReport;
  if (!report) return nothing;
  const href =
    reportHref(hrefTemplate, report) ??
    (isServer ? undefined : document.querySelector('treffpunkt-latest-reports')?.reportHash?.(report.slug)) ??
    safeUrl(report.url);
  return html`<p part="previous" class="meta clamp">${t.previous_}:
    ${href ? html`<a href=${href} lang=${report.locale}>${report.title}</a>` : html`<span lang=${report.locale}>${report.title}</span>`}</p>`;
}
