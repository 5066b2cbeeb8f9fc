/**
 * Addresses that follow a network by e-mail, and the hashes of their links' tokens
 * (database/following-tables.ts). Every instant is epoch milliseconds of the plugin's clock.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { toLocale } from 'treffpunkt-shared/locales';
import type { Locale } from 'treffpunkt-shared/wire';
import { FOLLOWING_TABLES } from '../database/following-tables';
import type { Choices, MarkedMeetingRef, PendingRequest } from '../following/choices';
import type { TokenPurpose } from '../following/tokens';

const { subscriptions: SUBSCRIPTIONS, tokens: TOKENS, mails: MAILS } = FOLLOWING_TABLES;

export interface Subscription extends Choices {
  id: number;
  email: string;
  networkDocumentId: string;
  locale: Locale;
  origin: string;
  pending: PendingRequest | null;
  createdAt: number;
  confirmedAt: number | null;
  confirmSentAt: number | null;
}

interface SubscriptionRecord {
  id: number;
  email: string;
  network_document_id: string;
  subnetworks: boolean | number;
  reports: boolean | number;
  digest: boolean | number;
  reminders: string;
  locale: string;
  origin: string;
  pending: string | null;
  created_at: number | string;
  confirmed_at: number | string | null;
  confirm_sent_at: number | string | null;
}

/** PostgreSQL gives a bigint as a string, SQLite a boolean as 0 or 1. */
const instant = (value: number | string | null) => (value === null ? null : Number(value));

function fromRecord(record: SubscriptionRecord): Subscription {
  return {
    id: record.id,
    email: record.email,
    networkDocumentId: record.network_document_id,
    subnetworks: Boolean(record.subnetworks),
    reports: Boolean(record.reports),
    digest: Boolean(record.digest),
    reminders: JSON.parse(record.reminders) as MarkedMeetingRef[],
    locale: toLocale(record.locale),
    origin: record.origin,
    pending: record.pending ? (JSON.parse(record.pending) as PendingRequest) : null,
    createdAt: Number(record.created_at),
    confirmedAt: instant(record.confirmed_at),
    confirmSentAt: instant(record.confirm_sent_at),
  };
}

const choiceColumns = (choices: Choices) => ({
  subnetworks: choices.subnetworks,
  reports: choices.reports,
  digest: choices.digest,
  reminders: JSON.stringify(choices.reminders),
});

export interface NewSubscription {
  email: string;
  networkDocumentId: string;
  locale: Locale;
  origin: string;
  pending: PendingRequest;
  now: number;
}

/** What the admin counts of one network's followers. */
export interface FollowerCounts {
  confirmed: number;
  pending: number;
  reports: number;
  digest: number;
  reminders: number;
}

export function subscriptionRepository(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  const table = (trx?: Knex.Transaction) => (trx ?? knex())<SubscriptionRecord>(SUBSCRIPTIONS);
  const rows = async (query: Promise<SubscriptionRecord[]>) => (await query).map(fromRecord);

  async function byId(id: number): Promise<Subscription | null> {
    const record = await table().where({ id }).first();
    return record ? fromRecord(record) : null;
  }

  return {
    byId,

    async byAddress(email: string, networkDocumentId: string): Promise<Subscription | null> {
      const record = await table().where({ email, network_document_id: networkDocumentId }).first();
      return record ? fromRecord(record) : null;
    },

    /** A new, unconfirmed subscription; null when the address follows the network already (another request may have just added it). */
    async insert(subscription: NewSubscription): Promise<number | null> {
      const [inserted] = await table()
        .insert({
          email: subscription.email,
          network_document_id: subscription.networkDocumentId,
          reminders: '[]',
          locale: subscription.locale,
          origin: subscription.origin,
          pending: JSON.stringify(subscription.pending),
          created_at: subscription.now,
        })
        .onConflict(['email', 'network_document_id'])
        .ignore()
        .returning('id');
      return inserted ? Number(typeof inserted === 'object' ? inserted.id : inserted) : null;
    },

    /** What is asked for now; an unconfirmed subscription counts as asked for `askedAt` (its 48 hours begin again). */
    async setPending(id: number, pending: PendingRequest, origin: string, askedAt: number | null) {
      await table()
        .where({ id })
        .update({ pending: JSON.stringify(pending), origin, ...(askedAt === null ? {} : { created_at: askedAt }) });
    },

    /**
     * Takes the slot for a confirmation mail: true (and the slot taken) when none was queued for
     * this subscription since `notBefore`. One statement, so that of many requests at once one wins.
     */
    async takeConfirmationSlot(id: number, now: number, notBefore: number): Promise<boolean> {
      const changed = await table()
        .where({ id })
        .andWhere((where) => where.whereNull('confirm_sent_at').orWhere('confirm_sent_at', '<', notBefore))
        .update({ confirm_sent_at: now });
      return changed === 1;
    },

    /** How many of the address's subscriptions had a confirmation mail queued since `since`. */
    async confirmationsSince(email: string, since: number): Promise<number> {
      const [{ count }] = await table().where({ email }).andWhere('confirm_sent_at', '>=', since).count({ count: '*' });
      return Number(count);
    },

    /** The confirmed choices and language; the request is no longer pending. */
    async confirm(id: number, choices: Choices, locale: Locale, now: number, firstConfirmation: boolean) {
      await table()
        .where({ id })
        .update({
          ...choiceColumns(choices),
          locale,
          pending: null,
          ...(firstConfirmation ? { confirmed_at: now } : {}),
        });
    },

    async setReminders(id: number, reminders: MarkedMeetingRef[]) {
      await table()
        .where({ id })
        .update({ reminders: JSON.stringify(reminders) });
    },

    /** Deletes subscriptions with their tokens and the mails not sent yet; sent ones are kept for the queue's own clean-up without an address. */
    async delete(ids: number[]): Promise<number> {
      if (ids.length === 0) return 0;
      const deleted = await knex().transaction(async (trx) => {
        await trx(TOKENS).whereIn('subscription_id', ids).delete();
        await trx(MAILS).whereIn('subscription_id', ids).whereNull('done_at').delete();
        return trx(SUBSCRIPTIONS).whereIn('id', ids).delete();
      });
      return Number(deleted);
    },

    /** The ids of subscriptions never confirmed and asked for before `before`. */
    async unconfirmedBefore(before: number): Promise<number[]> {
      const found = await table().whereNull('confirmed_at').andWhere('created_at', '<', before).select('id');
      return found.map((record) => record.id);
    },

    /** Forgets requests of confirmed subscriptions that were not confirmed in time. */
    async dropPendingBefore(before: number): Promise<void> {
      const confirmed = await rows(table().whereNotNull('confirmed_at').whereNotNull('pending').select('*'));
      const stale = confirmed.filter((subscription) => subscription.pending!.requestedAt < before).map((subscription) => subscription.id);
      if (stale.length > 0) await table().whereIn('id', stale).update({ pending: null });
    },

    /** Confirmed subscriptions of `networks` that chose `what`. */
    confirmedOf: (networks: string[], what: 'reports' | 'digest') =>
      rows(table().whereNotNull('confirmed_at').whereIn('network_document_id', networks).andWhere(what, true).select('*')),

    /** Confirmed subscriptions with marked meetings. */
    withReminders: () => rows(table().whereNotNull('confirmed_at').andWhereNot('reminders', '[]').select('*')),

    /** Subscriptions, all or of one network or one address, oldest first: for the admin's list and export. */
    list: (filter: { network?: string; email?: string }) => {
      const query = table().select('*').orderBy('id');
      if (filter.network) query.where('network_document_id', filter.network);
      if (filter.email) query.where('email', filter.email);
      return rows(query);
    },

    async counts(networkDocumentId: string): Promise<FollowerCounts> {
      const all = await rows(table().where('network_document_id', networkDocumentId).select('*'));
      const confirmed = all.filter((subscription) => subscription.confirmedAt !== null);
      return {
        confirmed: confirmed.length,
        pending: all.length - confirmed.length,
        reports: confirmed.filter((subscription) => subscription.reports).length,
        digest: confirmed.filter((subscription) => subscription.digest).length,
        reminders: confirmed.filter((subscription) => subscription.reminders.length > 0).length,
      };
    },

    async addToken(subscriptionId: number, purpose: TokenPurpose, hash: string, now: number, expiresAt: number | null) {
      await knex()(TOKENS).insert({ subscription_id: subscriptionId, purpose, hash, created_at: now, expires_at: expiresAt });
    },

    /** The subscription a token of `purpose` belongs to, if it has not expired at `now`. */
    async byToken(purpose: TokenPurpose, hash: string, now: number): Promise<Subscription | null> {
      const token = await knex()(TOKENS)
        .where({ purpose, hash })
        .andWhere((where) => where.whereNull('expires_at').orWhere('expires_at', '>', now))
        .first('subscription_id');
      return token ? byId(Number(token.subscription_id)) : null;
    },

    async deleteTokens(subscriptionId: number, purpose: TokenPurpose) {
      await knex()(TOKENS).where({ subscription_id: subscriptionId, purpose }).delete();
    },

    async deleteExpiredTokens(now: number) {
      await knex()(TOKENS).where('expires_at', '<=', now).delete();
    },
  };
}
