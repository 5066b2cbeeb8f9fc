/**
 * Following a network by e-mail, as visitors and the admin meet it (the mails themselves:
 * services/follow-mails.ts). A request stores the address with what it asked for as pending and
 * queues one confirmation mail (rate-limited per address and per client); nothing else is sent
 * until the confirmation's page was POSTed. Unsubscribing deletes the subscription. The answer to
 * a request is the same whatever the address.
 */
import type { Core } from '@strapi/strapi';
import type { FollowOptionsResponse, MarkedMeeting } from 'treffpunkt-shared/following';
import { DEFAULT_DIGEST_DAY } from 'treffpunkt-shared/following';
import type { Locale } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';
import { mergeChoices, NOTHING, type Choices, type MarkedMeetingRef, type PendingRequest } from '../following/choices';
import { clientLimiter, CONFIRMATION_INTERVAL_MS, DAY_MS, MOST_CONFIRMATIONS_PER_DAY } from '../following/rate-limits';
import { askedFor } from '../following/mail-content';
import { CONFIRMATION_VALID_MS, weekdayName } from '../following/schedule';
import { tokenHash, type TokenPurpose } from '../following/tokens';
import { badRequest, notFound, tooManyRequests } from '../http/errors';
import { treffpunkt } from '../plugin';
import { mailQueueRepository } from '../repositories/mail-queue';
import { networkRepository } from '../repositories/networks';
import { subscriptionRepository, type Subscription } from '../repositories/subscriptions';
import { meetingOver } from '../time/meeting-span';
import { networkCalendarUrl, publicOrigin } from '../urls/public-urls';
import type { FollowOptionsParams, FollowParams } from '../validation/public-queries';

/** Who asked: the client as Koa sees it (behind the configured proxy), and the CMS address it asked at. */
export interface Requester {
  ip: string;
  origin: string;
}

/** What a link's page shows: the network followed and its digest day, in the follower's language. */
export interface LinkTarget {
  subscription: Subscription;
  network: string;
  digestDayName: string;
  locale: Locale;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = subscriptionRepository(strapi);
  const networks = networkRepository(strapi);
  const queue = mailQueueRepository(strapi);
  const limiter = clientLimiter();
  const service = treffpunkt(strapi).service;
  const now = () => service('clock').now().getTime();

  function requireMail() {
    if (!treffpunktConfig(strapi).followByEmail) throw notFound('This Treffpunkt sends no e-mail: follow by calendar instead.');
  }

  /** The published network of `slug`, or a 404 naming the parameter. */
  async function networkOf(slug: string, locale: Locale) {
    const [documentId] = await networks.documentIds([slug]);
    const network = documentId ? await networks.byDocument(documentId, locale) : null;
    if (!network) throw notFound(`There is no published network "${slug}".`, 'network');
    return network;
  }

  /** The meetings marked for a reminder, by document: each must be a coming meeting of the networks followed. */
  async function markedMeetings(marked: MarkedMeeting[], followed: string[], locale: Locale): Promise<MarkedMeetingRef[]> {
    const found: MarkedMeetingRef[] = [];
    for (const [index, meeting] of marked.entries()) {
      const resolved = await service('events').markable(meeting.event, meeting.date ?? null, locale);
      const coming = resolved && followed.includes(resolved.network) && (meetingOver(resolved.timing)?.getTime() ?? 0) > now();
      if (!coming) {
        throw badRequest(
          'remind',
          `Parameter "remind" (entry ${index + 1}, "${meeting.event}"${meeting.date ? ` on ${meeting.date}` : ''}) is not a coming meeting of this network.`,
        );
      }
      found.push({ event: resolved.documentId, date: meeting.date ?? null });
    }
    return found;
  }

  /** Queues a confirmation mail unless one went to this address (for this network, or too many in all) lately. */
  async function queueConfirmation(subscription: Pick<Subscription, 'id' | 'email'>, at: number) {
    if ((await subscriptions.confirmationsSince(subscription.email, at - DAY_MS)) >= MOST_CONFIRMATIONS_PER_DAY) return;
    if (!(await subscriptions.takeConfirmationSlot(subscription.id, at, at - CONFIRMATION_INTERVAL_MS))) return;
    await queue.enqueue([{ subscriptionId: subscription.id, kind: 'confirm', notice: `confirm:${at}`, runAfter: at }], at);
    service('follow-mails').poke();
  }

  async function linkTarget(purpose: TokenPurpose, token: string): Promise<LinkTarget | null> {
    const subscription = await subscriptions.byToken(purpose, tokenHash(purpose, token), now());
    if (!subscription) return null;
    const locale = purpose === 'confirm' ? (subscription.pending?.locale ?? subscription.locale) : subscription.locale;
    const network = await networks.byDocument(subscription.networkDocumentId, locale);
    return { subscription, network: network?.name ?? '', digestDayName: weekdayName(network?.digestDay, locale), locale };
  }

  /** Marked meetings as a follower reads them: "title, when", in `locale`; those no longer published are left out. */
  async function meetingsSaid(reminders: MarkedMeetingRef[], locale: Locale, baseUrl: string): Promise<string[]> {
    const meetings = await Promise.all(reminders.map((marked) => service('events').meeting(marked.event, marked.date, locale, baseUrl)));
    return meetings.flatMap((meeting) => (meeting ? [`${meeting.title}, ${meeting.display.when}`] : []));
  }

  return {
    /** What the follow dialog offers for a network, its calendar narrowed as the widget that asks. */
    async options(params: FollowOptionsParams, baseUrl: string): Promise<FollowOptionsResponse['data']> {
      const { network: slug, locale } = params;
      const network = await networkOf(slug, locale);
      const digestDay = network.digestDay ?? DEFAULT_DIGEST_DAY;
      return {
        network: { slug: network.slug, name: network.name },
        calendar: networkCalendarUrl(baseUrl, network.slug, params),
        email: treffpunktConfig(strapi).followByEmail,
        subnetworks: (await networks.childSlugs([network.slug])).length > 0,
        digestDay,
        digestDayName: weekdayName(digestDay, locale),
      };
    },

    /** A request to follow by e-mail: stored as pending, confirmed by mail. Says nothing of the address. */
    async request(params: FollowParams, requester: Requester): Promise<void> {
      requireMail();
      const at = now();
      const retryAfter = limiter.take(requester.ip, at, treffpunktConfig(strapi).followRequestsPerClientPerHour);
      if (retryAfter !== null) throw tooManyRequests('Too many requests to follow from here; please try again later.', retryAfter);
      const { documentId } = await networkOf(params.network, params.locale);
      const subnetworks = params.include === 'subnetworks';
      const followed = await service('networks').resolveSlugs([params.network], subnetworks);
      const reminders = await markedMeetings(params.remind, followed, params.locale);
      const pending: PendingRequest = {
        reports: params.reports,
        digest: params.digest,
        subnetworks,
        reminders,
        locale: params.locale,
        requestedAt: at,
      };
      const asked = {
        email: params.email,
        networkDocumentId: documentId,
        locale: params.locale,
        origin: requester.origin,
        pending,
        now: at,
      };

      let subscription = await subscriptions.byAddress(params.email, documentId);
      if (!subscription) {
        const id = await subscriptions.insert(asked);
        if (id !== null) return queueConfirmation({ id, email: params.email }, at);
        // Another request for the address added it just now.
        subscription = (await subscriptions.byAddress(params.email, documentId))!;
      }
      // A request not yet confirmed adds to the one before, while that one's link is valid.
      const earlier = subscription.pending && subscription.pending.requestedAt > at - CONFIRMATION_VALID_MS ? subscription.pending : null;
      const merged = earlier ? { ...mergeChoices(earlier, pending), locale: params.locale, requestedAt: at } : pending;
      await subscriptions.setPending(subscription.id, merged, requester.origin, subscription.confirmedAt === null ? at : null);
      await queueConfirmation(subscription, at);
    },

    /** What a link of a mail is for, to show on its page before anything changes; null for an unknown or expired link. */
    linkTarget,

    meetingsSaid,

    /** What a confirmation link confirms, one line each, as the confirmation mail said it. */
    async askedFor(target: LinkTarget): Promise<string[]> {
      const pending = target.subscription.pending ?? NOTHING;
      const meetings = await meetingsSaid(pending.reminders, target.locale, publicOrigin(strapi, target.subscription.origin));
      return askedFor(target.locale, { ...pending, meetings }, target.digestDayName);
    },

    /** Confirms what the link's subscription asked for; null for an unknown or expired link. */
    async confirm(token: string): Promise<LinkTarget | null> {
      const target = await linkTarget('confirm', token);
      if (!target) return null;
      const { subscription } = target;
      const confirmed: Choices = subscription.confirmedAt === null ? NOTHING : subscription;
      const asked = subscription.pending ?? NOTHING;
      await subscriptions.confirm(subscription.id, mergeChoices(confirmed, asked), target.locale, now(), subscription.confirmedAt === null);
      await subscriptions.deleteTokens(subscription.id, 'confirm');
      return target;
    },

    /** Ends the link's subscription and deletes the address with it; null for an unknown link. */
    async unsubscribe(token: string): Promise<LinkTarget | null> {
      const target = await linkTarget('unsubscribe', token);
      if (target) await subscriptions.delete([target.subscription.id]);
      return target;
    },
  };
};
