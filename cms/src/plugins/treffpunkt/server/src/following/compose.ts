/**
 * A queued mail made ready to send, from what is published when it goes out (an edit before then
 * is in it; a report unpublished meanwhile is not sent): its words (./mail-content.ts) in the
 * follower's language, written by ./mail-template.ts, with fresh tokens for its links. Null when
 * there is nothing to say any more.
 */
import type { Core } from '@strapi/strapi';
import { FOLLOW_CONFIRM_PATH, FOLLOW_UNSUBSCRIBE_PATH } from 'treffpunkt-shared/public-routes';
import type { Locale, WireEvent } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import type { MailJob } from '../repositories/mail-queue';
import { networkRepository } from '../repositories/networks';
import { subscriptionRepository, type Subscription } from '../repositories/subscriptions';
import { publicOrigin } from '../urls/public-urls';
import { cancelledMail, confirmationMail, digestMail, reminderMail, reportMail, type Recipient } from './mail-content';
import { renderMail, type MailContent, type RenderedMail } from './mail-template';
import { CONFIRMATION_VALID_MS, DIGEST_DAYS_AHEAD, DIGEST_MOST, weekdayName } from './schedule';
import { newToken, tokenHash, type TokenPurpose } from './tokens';

const DAY_MS = 24 * 3600 * 1000;

export interface ComposedMail extends RenderedMail {
  unsubscribeUrl: string;
}

/** A page of the follow links with its token and the follower's language (for a token that is no longer valid). */
const linkUrl = (baseUrl: string, path: string, token: string, locale: Locale) =>
  `${baseUrl}${path}?${new URLSearchParams({ token, lang: locale })}`;

export function mailComposer(strapi: Core.Strapi) {
  const service = treffpunkt(strapi).service;
  const subscriptions = subscriptionRepository(strapi);
  const networks = networkRepository(strapi);

  async function tokenFor(subscription: Subscription, purpose: TokenPurpose, now: number): Promise<string> {
    const token = newToken();
    const expires = purpose === 'confirm' ? now + CONFIRMATION_VALID_MS : null;
    await subscriptions.addToken(subscription.id, purpose, tokenHash(purpose, token), now, expires);
    return token;
  }

  /** The meeting of a mail, if it is still published and (unless `cancelled` is wanted) not cancelled. */
  async function meetingOf(job: MailJob, locale: Locale, baseUrl: string): Promise<WireEvent | null> {
    return job.documentId ? service('events').meeting(job.documentId, job.date, locale, baseUrl) : null;
  }

  /** The coming meetings of the network followed (and its subnetworks, if chosen) for the digest. */
  async function comingMeetings(subscription: Subscription, slug: string, baseUrl: string, now: number) {
    const include = subscription.subnetworks ? ('subnetworks' as const) : undefined;
    const params = { network: [slug], include, limit: DIGEST_MOST, page: 1, locale: subscription.locale };
    const { data } = await service('events').upcoming(params, baseUrl);
    return data.filter((meeting) => Date.parse(meeting.start) < now + DIGEST_DAYS_AHEAD * DAY_MS);
  }

  type Builder = (recipient: Recipient) => MailContent;

  /** What the mail will say, once its recipient is known; null when there is nothing to say any more. */
  async function contentOf(
    job: MailJob,
    subscription: Subscription,
    locale: Locale,
    slug: string,
    baseUrl: string,
    now: number,
  ): Promise<Builder | null> {
    switch (job.kind) {
      case 'confirm': {
        const pending = subscription.pending;
        if (!pending) return null;
        const said = await service('following').meetingsSaid(pending.reminders, locale, baseUrl);
        const confirmUrl = linkUrl(baseUrl, FOLLOW_CONFIRM_PATH, await tokenFor(subscription, 'confirm', now), locale);
        return (recipient) => confirmationMail(recipient, { ...pending, meetings: said, confirmUrl });
      }
      case 'report': {
        const report = job.documentId ? await service('reports').card(job.documentId, locale, baseUrl) : null;
        return report && ((recipient) => reportMail(recipient, report));
      }
      case 'digest': {
        const meetings = await comingMeetings(subscription, slug, baseUrl, now);
        return meetings.length > 0 ? (recipient) => digestMail(recipient, meetings) : null;
      }
      case 'reminder': {
        const meeting = await meetingOf(job, locale, baseUrl);
        const ahead = meeting && meeting.status !== 'cancelled' && Date.parse(meeting.start) > now;
        return ahead ? (recipient) => reminderMail(recipient, meeting) : null;
      }
      case 'cancelled': {
        const meeting = await meetingOf(job, locale, baseUrl);
        return meeting?.status === 'cancelled' ? (recipient) => cancelledMail(recipient, meeting) : null;
      }
    }
  }

  return {
    async compose(job: MailJob, subscription: Subscription, now: number): Promise<ComposedMail | null> {
      const locale = job.kind === 'confirm' ? (subscription.pending?.locale ?? subscription.locale) : subscription.locale;
      const network = await networks.byDocument(subscription.networkDocumentId, locale);
      if (!network) return null;
      const baseUrl = publicOrigin(strapi, subscription.origin);
      const build = await contentOf(job, subscription, locale, network.slug, baseUrl, now);
      if (!build) return null;
      const unsubscribeUrl = linkUrl(baseUrl, FOLLOW_UNSUBSCRIBE_PATH, await tokenFor(subscription, 'unsubscribe', now), locale);
      const recipient: Recipient = { locale, network: network.name, digestDayName: weekdayName(network.digestDay, locale), unsubscribeUrl };
      return { ...renderMail(build(recipient)), unsubscribeUrl };
    },
  };
}
