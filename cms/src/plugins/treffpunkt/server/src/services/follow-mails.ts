/**
 * The follow mails' worker, one on every instance (started in the bootstrap where following by
 * e-mail is on). Each round, by the plugin's clock:
 * 1. clean up: unconfirmed addresses after 48 hours, requests not confirmed in time, expired
 *    links, mails sent a month ago;
 * 2. plan: the digests due today (the network's day) and the reminders due (the day before a
 *    marked meeting), one mail each per subscription and notice (the queue's unique key);
 * 3. announce: a mail for everyone a published report or a cancelled meeting concerns;
 * 4. send what is due: claimed with a lease, marked sent once the mail server accepted it, else
 *    given back for a retry after a growing pause. A mail is never lost to a server that is down,
 *    and with several instances each goes out once.
 * A round runs every `mailQueueIntervalSeconds`, and at once when this instance queued something.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_DIGEST_DAY } from 'treffpunkt-shared/following';
import { treffpunktConfig } from '../config';
import { isMarked } from '../following/choices';
import { mailComposer, type ComposedMail } from '../following/compose';
import { CONFIRMATION_VALID_MS, digestDay, LEASE_MS, reminderDueFrom, retryDelay, SENT_KEPT_MS } from '../following/schedule';
import { treffpunkt } from '../plugin';
import { mailQueueRepository, type Announcement, type MailJob, type NewMail } from '../repositories/mail-queue';
import { subscriptionRepository, type Subscription } from '../repositories/subscriptions';
import { meetingOver } from '../time/meeting-span';

/** How many mails one round claims at a time. */
const BATCH = 20;

interface SmtpError {
  code?: string;
  responseCode?: number;
}

/** What is kept of a failure: its code, never the server's words (they may name the address). */
const errorCode = (error: unknown) => {
  const { code, responseCode } = (error ?? {}) as SmtpError;
  return [code, responseCode].filter(Boolean).join(' ') || 'unknown';
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = subscriptionRepository(strapi);
  const queue = mailQueueRepository(strapi);
  const composer = mailComposer(strapi);
  const service = treffpunkt(strapi).service;
  const now = () => service('clock').now().getTime();

  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | null = null;
  let again = false;

  async function cleanUp(at: number) {
    await subscriptions.delete(await subscriptions.unconfirmedBefore(at - CONFIRMATION_VALID_MS));
    await subscriptions.dropPendingBefore(at - CONFIRMATION_VALID_MS);
    await subscriptions.deleteExpiredTokens(at);
    await queue.deleteDoneBefore(at - SENT_KEPT_MS);
  }

  async function planDigests(at: number) {
    const today = digestDay(new Date(at));
    if (!today) return;
    const networks = (await service('networks').frames()).filter((network) => (network.digestDay ?? DEFAULT_DIGEST_DAY) === today.weekday);
    if (networks.length === 0) return;
    const due = await subscriptions.confirmedOf(
      networks.map((network) => network.documentId),
      'digest',
    );
    const notice = `digest:${today.date}`;
    await queue.enqueue(
      due.map((subscription) => ({ subscriptionId: subscription.id, kind: 'digest', notice, runAfter: at })),
      at,
    );
  }

  /** Queues the reminders due, and forgets marked meetings that are over or gone. */
  async function planReminders(at: number) {
    const mails: NewMail[] = [];
    for (const subscription of await subscriptions.withReminders()) {
      const kept = [];
      for (const marked of subscription.reminders) {
        const meeting = await service('events').markedTiming(marked.event, marked.date);
        if (!meeting || (meetingOver(meeting)?.getTime() ?? 0) <= at) continue;
        kept.push(marked);
        const start = new Date(meeting.start).getTime();
        if (at >= reminderDueFrom(new Date(start), meeting.timeZone).getTime() && at < start) {
          const notice = `reminder:${marked.event}:${marked.date ?? '-'}`;
          mails.push({
            subscriptionId: subscription.id,
            kind: 'reminder',
            notice,
            documentId: marked.event,
            date: marked.date,
            runAfter: at,
          });
        }
      }
      if (kept.length < subscription.reminders.length) await subscriptions.setReminders(subscription.id, kept);
    }
    await queue.enqueue(mails, at);
  }

  /** Who an announcement concerns: the followers of the report's network (and of its parents, with subnetworks); who marked the meeting. */
  async function recipients(announcement: Announcement, at: number): Promise<NewMail[]> {
    let concerned: Subscription[];
    if (announcement.kind === 'report') {
      const network = await service('reports').networkOf(announcement.documentId);
      if (!network) return [];
      const frames = new Map((await service('networks').frames()).map((frame) => [frame.documentId, frame]));
      const parents: string[] = [];
      for (let parent = frames.get(network)?.parent; parent && !parents.includes(parent); parent = frames.get(parent)?.parent) {
        parents.push(parent);
      }
      const own = await subscriptions.confirmedOf([network], 'reports');
      const above = (await subscriptions.confirmedOf(parents, 'reports')).filter((subscription) => subscription.subnetworks);
      concerned = [...own, ...above];
    } else {
      const meeting = { event: announcement.documentId, date: announcement.date };
      concerned = (await subscriptions.withReminders()).filter((subscription) => isMarked(subscription, meeting));
    }
    return concerned.map((subscription) => ({
      subscriptionId: subscription.id,
      kind: announcement.kind,
      notice: announcement.notice,
      documentId: announcement.documentId,
      date: announcement.date,
      runAfter: at,
    }));
  }

  async function announce(at: number) {
    for (const announcement of await queue.unqueuedAnnouncements(BATCH)) {
      await queue.queueAnnouncement(announcement.id, await recipients(announcement, at), at);
    }
  }

  function send(subscription: Subscription, mail: ComposedMail, at: number) {
    return strapi
      .plugin('email')
      .service('email')
      .send({
        to: subscription.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        date: new Date(at),
        // RFC 8058: mail programs offer "unsubscribe" and POST to the link, without a login.
        headers: { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
  }

  async function deliver(job: MailJob) {
    const at = now();
    try {
      const subscription = await subscriptions.byId(job.subscriptionId);
      const mail = subscription && (await composer.compose(job, subscription, at));
      if (!subscription || !mail) return queue.markDone(job.id, 'skipped', at);
      await send(subscription, mail, at);
      await queue.markDone(job.id, 'sent', now());
    } catch (error) {
      const code = errorCode(error);
      strapi.log.warn(`treffpunkt: a follow mail (${job.kind}) could not be sent (${code}); trying again later`);
      await queue.retryLater(job.id, now() + retryDelay(job.attempts), code);
    }
  }

  async function sendDue() {
    for (let claimed = BATCH; claimed === BATCH;) {
      const at = now();
      const jobs = await queue.claim(at, at + LEASE_MS, BATCH);
      for (const job of jobs) await deliver(job);
      claimed = jobs.length;
    }
  }

  async function runRound() {
    const at = now();
    await cleanUp(at);
    await planDigests(at);
    await planReminders(at);
    await announce(at);
    await sendDue();
  }

  /** One round; a round asked for while one runs follows it. Resolves when the work asked for is done. */
  async function tick(): Promise<void> {
    if (round) {
      again = true;
      return round;
    }
    round = (async () => {
      do {
        again = false;
        await runRound().catch((error: Error) => strapi.log.error(`treffpunkt: the follow mails' round failed (${error.message})`));
      } while (again);
    })();
    try {
      await round;
    } finally {
      round = null;
    }
  }

  return {
    tick,

    /** Something was queued on this instance: send it now rather than at the next round. */
    poke() {
      if (timer) void tick();
    },

    start() {
      if (!treffpunktConfig(strapi).followByEmail || timer) return;
      timer = setInterval(() => void tick(), treffpunktConfig(strapi).mailQueueIntervalSeconds * 1000);
      timer.unref();
      void tick();
    },

    async stop() {
      clearInterval(timer);
      timer = undefined;
      await round;
    },
  };
};
