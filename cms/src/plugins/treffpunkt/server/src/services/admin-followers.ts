/**
 * Followers in the admin: how many follow a network (whoever may open it sees that), and the
 * addresses themselves only for roles with "Followers" (ACTIONS.manageSubscribers): listed,
 * exported as JSON or CSV (GDPR Art. 15), deleted (Art. 17).
 */
import type { Core } from '@strapi/strapi';
import type { FollowerCountsResponse, Subscriber } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { treffpunktConfig } from '../config';
import { subscriptionRepository, type Subscription } from '../repositories/subscriptions';

const CSV_COLUMNS = ['email', 'network', 'since', 'confirmedAt', 'language', 'reports', 'digest', 'subnetworks', 'reminders'] as const;

/** A CSV cell: quoted, and a leading = + - @ defused, so that no spreadsheet runs what someone typed. */
function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function subscribersCsv(subscribers: Subscriber[]): string {
  const rows = subscribers.map((subscriber) =>
    CSV_COLUMNS.map((column) => cell(column === 'network' ? subscriber.network.name : subscriber[column])).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = subscriptionRepository(strapi);

  async function networkNames(documentIds: string[]): Promise<Map<string, string>> {
    const rows = (await strapi.db.query(CONTENT_TYPES.network).findMany({
      where: { documentId: { $in: [...new Set(documentIds)] } },
      select: ['documentId', 'name'],
    })) as { documentId: string; name: string }[];
    return new Map(rows.map((row) => [row.documentId, row.name]));
  }

  const toSubscriber = (subscription: Subscription, names: Map<string, string>): Subscriber => ({
    id: subscription.id,
    email: subscription.email,
    network: { documentId: subscription.networkDocumentId, name: names.get(subscription.networkDocumentId) ?? null },
    since: new Date(subscription.createdAt).toISOString(),
    confirmedAt: subscription.confirmedAt === null ? null : new Date(subscription.confirmedAt).toISOString(),
    language: subscription.locale,
    reports: subscription.reports,
    digest: subscription.digest,
    subnetworks: subscription.subnetworks,
    reminders: subscription.reminders.length,
  });

  return {
    async counts(networkDocumentId: string): Promise<FollowerCountsResponse['data']> {
      return { email: treffpunktConfig(strapi).followByEmail, ...(await subscriptions.counts(networkDocumentId)) };
    },

    async list(filter: { network?: string; email?: string }): Promise<Subscriber[]> {
      const found = await subscriptions.list(filter);
      const names = await networkNames(found.map((subscription) => subscription.networkDocumentId));
      return found.map((subscription) => toSubscriber(subscription, names));
    },

    async remove(selection: { ids?: number[]; email?: string }): Promise<number> {
      const ids = selection.ids ?? (await subscriptions.list({ email: selection.email })).map((subscription) => subscription.id);
      return subscriptions.delete(ids);
    },
  };
};
