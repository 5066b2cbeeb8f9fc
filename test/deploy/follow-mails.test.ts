/**
 * Following by e-mail on two instances of one PostgreSQL database, each with its mail worker, and a
 * mail server that takes its time over each mail, so that both workers send at the same moment:
 * every confirmation and every notice of a published report goes out once, whichever instance
 * took the request, the confirmation or the publish. Each instance signs its mails with its own
 * sender, which tells the test who sent what. Runs in `npm run test:postgres`; on SQLite (one
 * instance) there is nothing to share.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkDocumentId, publishReport, registerFirstAdmin, type AdminClient } from '../support/admin-http';
import { dateInDays } from '../support/clock';
import {
  cmsInstance,
  deploymentEnvironment,
  emptyDatabase,
  onPostgres,
  postgresSettings,
  stopAll,
  type CmsInstance,
} from '../support/cms-instances';
import { uniqueSlug } from '../support/content';
import { freePort } from '../support/free-port';
import { startMailServer, tokenLink, type MailServer } from '../support/mail-server';

const NETWORK_SLUG = 'bke';
/** Enough mails that one worker's batch (20) leaves the rest to the other. */
const FOLLOWERS = 40;
/** The mail server's time per mail: a batch takes seconds, while each worker looks every second. */
const SMTP_DELAY_MS = 150;

let a: CmsInstance;
let b: CmsInstance;
let mail: MailServer;
let db: pg.Client;
let admin: AdminClient;

const sender = (name: string) => `Treffpunkt ${name} <treffpunkt@example.org>`;

beforeAll(async () => {
  if (!onPostgres) return;
  const database = await emptyDatabase();
  db = new pg.Client(postgresSettings(database.DATABASE_NAME));
  await db.connect();
  const smtpPort = await freePort();
  mail = await startMailServer(smtpPort, { delayMs: SMTP_DELAY_MS });
  const environment = (name: string) =>
    deploymentEnvironment(database, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      EMAIL_FROM: sender(name),
      TREFFPUNKT_MAIL_QUEUE_INTERVAL: '1',
      TREFFPUNKT_FOLLOW_REQUESTS_PER_HOUR: '1000',
    });
  a = cmsInstance('mail-a', await freePort(), environment('A'));
  b = cmsInstance('mail-b', await freePort(), environment('B'));
  await Promise.all([a, b].map((instance) => instance.start()));
  admin = await registerFirstAdmin(a.url);
});

afterAll(async () => {
  await stopAll([a, b].filter(Boolean));
  await db?.end();
  await mail?.stop();
});

/** The instance a request went to, by the follower's number: every other one to each. */
const instanceOf = (index: number) => (index % 2 ? b : a);

describe.skipIf(!onPostgres)('follow mails from two instances', () => {
  it('sends each confirmation and each report notice once, from both instances at once', async () => {
    const addresses = Array.from({ length: FOLLOWERS }, (_, index) => `folgt-${index}-${uniqueSlug('x')}@example.org`);
    for (const [index, email] of addresses.entries()) {
      const response = await fetch(`${instanceOf(index).url}/api/treffpunkt/follow`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, network: NETWORK_SLUG, reports: true }),
      });
      expect(response.status, email).toBe(202);
    }
    // Each confirms at the other instance than the one it asked: the link's token is the database's.
    for (const [index, email] of addresses.entries()) {
      const [confirmation] = await mail.waitFor(email);
      const link = tokenLink(confirmation, `${instanceOf(index).url}/treffpunkt/follow/confirm`);
      const confirmed = await fetch(link.replace(instanceOf(index).url, instanceOf(index + 1).url), { method: 'POST' });
      expect(confirmed.status, email).toBe(200);
    }

    const title = `Für alle ${uniqueSlug('r')}`;
    const report = await publishReport(admin, a.url, {
      title,
      slug: uniqueSlug('t-follow'),
      network: await networkDocumentId(admin, a.url, NETWORK_SLUG),
      publicationDate: dateInDays(0),
    });
    for (const email of addresses) await mail.waitFor(email, 2, 60_000);
    // Every mail of the notice is done (the last ones marked once the mail server accepted them): nothing can go out any more.
    const open = async () =>
      Number(
        (await db.query('SELECT count(*) FROM treffpunkt_follow_mails WHERE notice = $1 AND done_at IS NULL', [`report:${report}`])).rows[0]
          .count,
      );
    await expect.poll(open, { timeout: 30_000 }).toBe(0);

    const received = addresses.map((email) => mail.to(email).map((each) => each.parsed.subject));
    for (const [index, subjects] of received.entries()) {
      expect(subjects, addresses[index]).toEqual([expect.stringMatching(/^Bitte bestätigen: /), expect.stringContaining(title)]);
    }
    // Both workers sent: the test saw two instances share the queue, not one doing it all.
    const senders = new Set(addresses.flatMap((email) => mail.to(email).map((each) => each.parsed.from?.value[0]?.name)));
    expect([...senders].sort()).toEqual(['Treffpunkt A', 'Treffpunkt B']);
  });
});
