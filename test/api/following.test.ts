/**
 * Following a network by e-mail, end to end on the real CMS: a real SMTP server receives the
 * mails (test/support/mail-server.ts), mailparser reads them, the CMS's clock is moved where a
 * test needs another day. Double opt-in, a report announced once, one-click unsubscribe (RFC 8058),
 * the digest, reminders and cancellations, rate limits, the mail server down for a while.
 */
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE } from 'treffpunkt-shared/content-types';
import type { FollowOptionsResponse, FollowRequest } from 'treffpunkt-shared/following';
import { treffpunkt } from '../../cms/src/plugins/treffpunkt/server/src/plugin';
import type { AnyDocument } from '../support/admin-answer';
import { atInstant, cmsClock, TEST_NOW } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { createEvent, createNetwork, createReport, EVENT, getJson, inDays, REPORT, uniqueSlug } from '../support/content';
import { startMailServer, tokenLink, type MailServer, type ReceivedMail } from '../support/mail-server';
import { wordpressFeed } from '../support/source-fixtures';
import { startSourceServer } from '../support/source-server';

let cms: Cms;
let mail: MailServer;
let network: AnyDocument;

const SUBSCRIPTIONS = 'treffpunkt_follow_subscriptions';
const HOUR_MS = 3600_000;

const address = (name: string) => `${name}-${uniqueSlug('x')}@example.org`;

function follow(request: Partial<FollowRequest>, headers: Record<string, string> = {}) {
  return getJson(cms, '/api/treffpunkt/follow', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'https://verein.example.org', ...headers },
    body: JSON.stringify(request),
  });
}

/** One round of the CMS's mail worker, as it runs every second: planned, announced and due mails go out. */
const mailRound = () => treffpunkt(cms.strapi).service('follow-mails').tick();

const linkIn = (received: ReceivedMail, path: string) => tokenLink(received, `${cms.url}${path}`);

/** A header of the mail as its lines say it, unfolded. */
function header(received: ReceivedMail, name: string): string | undefined {
  const line = received.parsed.headerLines.find((candidate) => candidate.key === name.toLowerCase())?.line;
  return line
    ?.replace(/\r?\n\s+/g, ' ')
    .slice(name.length + 1)
    .trim();
}

const postForm = (url: string, body = '') =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });

const storedAddresses = async (email: string) =>
  (await cms.strapi.db.connection(SUBSCRIPTIONS).where({ email }).select('email')).map((row: { email: string }) => row.email);

/** Subscribes and confirms through the confirmation mail's page. */
async function confirmedFollower(request: Omit<FollowRequest, 'email'>, name: string): Promise<string> {
  const email = address(name);
  expect((await follow({ ...request, email })).status).toBe(202);
  const [confirmation] = await mail.waitFor(email);
  expect((await postForm(linkIn(confirmation, '/treffpunkt/follow/confirm'))).status).toBe(200);
  return email;
}

beforeAll(async () => {
  cms = await startCms();
  mail = await startMailServer(Number(process.env.SMTP_PORT));
  network = await createNetwork(cms, { name: 'Netzwerk Folgen' });
});

afterAll(async () => {
  await mail?.stop();
});

describe('the follow dialog’s options', () => {
  it('names the network, offers e-mail where the CMS sends it, says whether it has subnetworks and the digest day', async () => {
    const weekly = await createNetwork(cms, { digestDay: 'thursday' });
    const { status, body } = await getJson(cms, `/api/treffpunkt/follow?network=${weekly.slug}&locale=en`);
    expect(status).toBe(200);
    expect(body as FollowOptionsResponse).toEqual({
      data: {
        network: { slug: weekly.slug, name: weekly.name },
        calendar: `${cms.url}/api/treffpunkt/networks/${weekly.slug}/events.ics?locale=en`,
        email: true,
        subnetworks: false,
        digestDay: 'thursday',
        digestDayName: 'Thursday',
      },
    });
    await createNetwork(cms, { parent: weekly.documentId });
    expect((await getJson(cms, `/api/treffpunkt/follow?network=${weekly.slug}`)).body.data.subnetworks).toBe(true);
    expect((await getJson(cms, `/api/treffpunkt/follow?network=${network.slug}`)).body.data).toMatchObject({
      digestDay: 'monday',
      digestDayName: 'Montag',
    });
  });

  it('offers calendars only where no mail is configured, and refuses to follow by e-mail there', async () => {
    cms.strapi.config.set('plugin::treffpunkt.followByEmail', false);
    try {
      const quiet = await createNetwork(cms);
      expect((await getJson(cms, `/api/treffpunkt/follow?network=${quiet.slug}`)).body.data.email).toBe(false);
      const refused = await follow({ email: address('ohne'), network: quiet.slug, reports: true });
      expect(refused.status).toBe(404);
    } finally {
      cms.strapi.config.set('plugin::treffpunkt.followByEmail', true);
    }
  });

  it('lets any website send the request, without credentials (the preflight)', async () => {
    const response = await fetch(`${cms.url}/api/treffpunkt/follow`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://verein.example.org',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    // Elsewhere the public API stays read-only.
    expect((await fetch(`${cms.url}/api/treffpunkt/reports?network=${network.slug}`, { method: 'POST' })).status).toBe(405);
  });

  it('refuses a bad request with the parameter named, an unknown network with a 404', async () => {
    const cases: [Partial<FollowRequest>, number, string | undefined][] = [
      [{ email: 'nicht-adresse', network: network.slug, reports: true }, 400, 'email'],
      [{ email: address('a'), network: network.slug }, 400, 'reports'],
      [{ email: address('a'), network: network.slug, reports: true, locale: 'fr' as never }, 400, 'locale'],
      [{ email: address('a'), network: network.slug, remind: [{ event: 'gibt-es-nicht' }] }, 400, 'remind'],
      [{ email: address('a'), network: 'gibt-es-nicht', reports: true }, 404, 'network'],
    ];
    for (const [request, status, parameter] of cases) {
      const { status: answered, body } = await follow(request);
      expect(answered, JSON.stringify(request)).toBe(status);
      expect(body.error.parameter, JSON.stringify(request)).toBe(parameter);
    }
  });
});

describe('following by e-mail, confirmed twice over', () => {
  it('sends only the confirmation; its link’s page changes nothing; the POST confirms; a new report then arrives once', async () => {
    const email = address('leser');
    const accepted = await follow({ email, network: network.slug, reports: true, locale: 'de' });
    expect(accepted).toMatchObject({ status: 202, body: { data: { accepted: true } } });
    expect(accepted.headers.get('access-control-allow-origin')).toBe('*');

    const [confirmation] = await mail.waitFor(email);
    expect(confirmation.parsed.subject).toBe('Bitte bestätigen: Netzwerk Folgen folgen');
    expect(confirmation.parsed.text).toContain('jeden neuen Bericht');
    expect(header(confirmation, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // Opening the link (as a mail scanner does) shows a page with a button; it confirms nothing.
    const confirmUrl = linkIn(confirmation, '/treffpunkt/follow/confirm');
    const page = await fetch(confirmUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toMatch(/<html lang="de">/);
    expect(html).toMatch(
      /<form method="post" action="\/treffpunkt\/follow\/confirm\?token=[\w-]+&amp;lang=de"><button type="submit">Ja, bestätigen<\/button>/,
    );
    expect(html).not.toContain('<script');
    const before = await createReport(cms, { network: network.documentId, title: 'Vor der Bestätigung' });
    await mailRound();
    expect(mail.to(email)).toHaveLength(1);

    const confirmed = await postForm(confirmUrl);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Diese Adresse folgt jetzt Netzwerk Folgen');
    // The link is spent.
    expect((await postForm(confirmUrl)).status).toBe(404);

    const report = await createReport(cms, { network: network.documentId, title: 'Herbsttreffen: der Bericht', summary: 'Was herauskam.' });
    const [, announced] = await mail.waitFor(email, 2);
    expect(announced.parsed.subject).toBe('Netzwerk Folgen: Herbsttreffen: der Bericht');
    expect(announced.parsed.text).toContain('Was herauskam.');
    const reportPage = `${cms.url}/treffpunkt/n/${network.slug}/berichte/${report.slug}`;
    expect(announced.parsed.text).toContain(reportPage);
    expect(announced.parsed.html).toContain(`href="${reportPage}"`);

    // An edit, and unpublishing and publishing again, announce nothing more; the report before the confirmation never came.
    await cms.strapi
      .documents(REPORT)
      .update({ documentId: report.documentId, locale: 'de', status: 'published', data: { summary: 'Korrigiert.' } } as never);
    await cms.strapi.documents(REPORT).unpublish({ documentId: report.documentId, locale: 'de' } as never);
    await cms.strapi.documents(REPORT).publish({ documentId: report.documentId, locale: 'de' } as never);
    await mailRound();
    await mailRound();
    expect(mail.to(email).map((received) => received.parsed.subject)).toEqual([
      'Bitte bestätigen: Netzwerk Folgen folgen',
      'Netzwerk Folgen: Herbsttreffen: der Bericht',
    ]);
    expect(before.title).toBe('Vor der Bestätigung');

    // RFC 8058: the mail program's one-click POST, without a login, ends it all and deletes the address.
    const unsubscribeUrl = header(announced, 'List-Unsubscribe')!.replace(/^<|>$/g, '');
    expect(unsubscribeUrl).toBe(linkIn(announced, '/treffpunkt/follow/unsubscribe'));
    expect(header(announced, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribePage = await fetch(unsubscribeUrl);
    expect(await unsubscribePage.text()).toContain('Abmelden und Adresse löschen');
    expect(await storedAddresses(email)).toEqual([email]);
    const oneClick = await postForm(unsubscribeUrl, 'List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect(await storedAddresses(email)).toEqual([]);
    await createReport(cms, { network: network.documentId, title: 'Nach dem Abmelden' });
    await mailRound();
    expect(mail.to(email)).toHaveLength(2);
  });

  it('writes nothing an editor typed as HTML: titles, summaries and names are text, links only http(s)', async () => {
    const hostile = await createNetwork(cms, { name: 'Netz <b>fett</b> & "Co"' });
    const email = await confirmedFollower({ network: hostile.slug, reports: true, locale: 'en' }, 'html');
    await createReport(cms, {
      network: hostile.documentId,
      title: 'Bericht <img src=x onerror=alert(1)>',
      summary: '<script>alert("summary")</script> <a href="javascript:alert(1)">klick</a>',
    });
    const [, announced] = await mail.waitFor(email, 2);
    const html = announced.parsed.html as string;
    expect(html).toContain('Bericht &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;summary&quot;)&lt;/script&gt;');
    expect(html).toContain('Netz &lt;b&gt;fett&lt;/b&gt; &amp; &quot;Co&quot;');
    for (const markup of ['<img', '<script', '<b>', 'javascript:alert(1)"', 'onerror=alert(1)>']) expect(html).not.toContain(markup);
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https?:\/\//);
    expect(announced.parsed.text).toContain('Bericht <img src=x onerror=alert(1)>');
  });
});

describe('abuse', () => {
  it('sends one confirmation for 50 requests for one address in a minute, and answers each the same as for any other address', async () => {
    const email = address('flut');
    const known = await confirmedFollower({ network: network.slug, digest: true }, 'bekannt');
    // Behind a proxy (as Strapi is told with IS_PROXIED), from 50 clients.
    cms.strapi.server.app.proxy = true;
    try {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          follow({ email, network: network.slug, reports: true }, { 'X-Forwarded-For': `198.51.100.${index + 1}` }),
        ),
      );
      const forKnown = await follow({ email: known, network: network.slug, reports: true }, { 'X-Forwarded-For': '198.51.100.99' });
      for (const answer of [...answers, forKnown])
        expect({ status: answer.status, body: answer.body }).toEqual({ status: 202, body: { data: { accepted: true } } });
    } finally {
      cms.strapi.server.app.proxy = false;
    }
    await mail.waitFor(email);
    await mailRound();
    await mailRound();
    expect(mail.to(email)).toHaveLength(1);
  });

  it('refuses a client that asks too often with 429 and Retry-After, and queues nothing for it', async () => {
    const limit = cms.strapi.config.get('plugin::treffpunkt.followRequestsPerClientPerHour');
    cms.strapi.config.set('plugin::treffpunkt.followRequestsPerClientPerHour', 3);
    cms.strapi.server.app.proxy = true;
    const client = { 'X-Forwarded-For': '203.0.113.7' };
    const emails = [address('c1'), address('c2'), address('c3'), address('c4')];
    try {
      const answers = [];
      for (const email of emails) answers.push(await follow({ email, network: network.slug, reports: true }, client));
      expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 429]);
      expect(Number(answers[3].headers.get('retry-after'))).toBeGreaterThan(0);
      expect(answers[3].body.error.name).toBe('TooManyRequests');
    } finally {
      cms.strapi.server.app.proxy = false;
      cms.strapi.config.set('plugin::treffpunkt.followRequestsPerClientPerHour', limit);
    }
    await mail.waitFor(emails[2]);
    await mailRound();
    expect(mail.to(emails[3])).toHaveLength(0);
    expect(await storedAddresses(emails[3])).toEqual([]);
  });

  it('deletes an address that was not confirmed within 48 hours; its link no longer works', async () => {
    const email = address('vergessen');
    await follow({ email, network: network.slug, reports: true, locale: 'en' });
    const [confirmation] = await mail.waitFor(email);
    const confirmUrl = linkIn(confirmation, '/treffpunkt/follow/confirm');
    await atInstant(cms, new Date(cmsClock(cms).now().getTime() + 47 * HOUR_MS), mailRound);
    expect(await storedAddresses(email)).toEqual([email]);
    await atInstant(cms, new Date(cmsClock(cms).now().getTime() + 49 * HOUR_MS), async () => {
      await mailRound();
      expect(await storedAddresses(email)).toEqual([]);
      const gone = await fetch(confirmUrl);
      expect(gone.status).toBe(404);
      expect(await gone.text()).toContain('This link is not valid (any more)');
    });
  });
});

describe('what followers get', () => {
  /** The instant of `days` days after the test's day at `hour`:00 wall time in `timeZone`. */
  const wallTime = (days: number, hour: number, timeZone: string) =>
    new Date(
      Temporal.Instant.fromEpochMilliseconds(TEST_NOW.getTime())
        .toZonedDateTimeISO(timeZone)
        .toPlainDate()
        .add({ days })
        .toZonedDateTime({ timeZone, plainTime: new Temporal.PlainTime(hour) }).epochMilliseconds,
    );

  it('sends the digest on the network’s day with the coming meetings, in the chosen language and each meeting’s own local time', async () => {
    const digestDate = Temporal.Instant.fromEpochMilliseconds(TEST_NOW.getTime())
      .toZonedDateTimeISO('Europe/Berlin')
      .toPlainDate()
      .add({ days: 2 });
    const weekday = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][digestDate.dayOfWeek - 1];
    const weekly = await createNetwork(cms, { name: 'Wochennetz', digestDay: weekday });
    const other = await createNetwork(cms);
    const inNewYork = await createEvent(cms, {
      network: weekly.documentId,
      title: 'Treffen in New York',
      start: wallTime(4, 19, 'America/New_York').toISOString(),
      timeZone: 'America/New_York',
    });
    const cancelled = await createEvent(cms, {
      network: weekly.documentId,
      title: 'Abgesagtes Treffen',
      start: inDays(6),
      eventStatus: 'cancelled',
    });
    const farAhead = await createEvent(cms, { network: weekly.documentId, title: 'Weit voraus', start: inDays(30) });
    const elsewhere = await createEvent(cms, { network: other.documentId, title: 'Anderes Netz', start: inDays(4) });
    const email = await confirmedFollower({ network: weekly.slug, digest: true, locale: 'en' }, 'digest');

    await atInstant(cms, wallTime(2, 6, 'Europe/Berlin'), mailRound);
    expect(mail.to(email)).toHaveLength(1);
    await atInstant(cms, wallTime(2, 8, 'Europe/Berlin'), mailRound);
    const [, digest] = await mail.waitFor(email, 2);
    expect(digest.parsed.subject).toBe('Wochennetz: the coming meetings');
    const text = digest.parsed.text!;
    expect(text).toContain(`every ${weekday[0].toUpperCase()}${weekday.slice(1)}`);
    expect(text).toContain(inNewYork.title);
    // 19:00 in New York, whatever the CMS's or the test's zone.
    expect(text).toMatch(new RegExp(`${inNewYork.title}\\n\\s+\\w+, \\w+ \\d+, \\d{4} at 7:00\\sPM`));
    expect(text).toMatch(new RegExp(`${cancelled.title}\\n\\s+Cancelled: `));
    expect(text).not.toContain(farAhead.title);
    expect(text).not.toContain(elsewhere.title);
    // Once that day, however many rounds run.
    await atInstant(cms, wallTime(2, 9, 'Europe/Berlin'), mailRound);
    expect(mail.to(email)).toHaveLength(2);
  });

  it('reminds the day before a marked meeting, and tells those who marked one that it is cancelled', async () => {
    const marked = await createEvent(cms, {
      network: network.documentId,
      title: 'Markiertes Treffen',
      start: wallTime(3, 18, 'Europe/Berlin').toISOString(),
    });
    const toCancel = await createEvent(cms, { network: network.documentId, title: 'Wird abgesagt', start: inDays(8) });
    const email = await confirmedFollower(
      { network: network.slug, remind: [{ event: marked.slug }, { event: toCancel.slug }], locale: 'de' },
      'erinnern',
    );
    const bystander = await confirmedFollower({ network: network.slug, digest: true, locale: 'de' }, 'unbeteiligt');
    expect(mail.to(email)[0].parsed.text).toContain('eine Erinnerung am Tag vor: Markiertes Treffen');

    await atInstant(cms, wallTime(1, 9, 'Europe/Berlin'), mailRound);
    expect(mail.to(email)).toHaveLength(1);
    await atInstant(cms, wallTime(2, 9, 'Europe/Berlin'), mailRound);
    const [, reminder] = await mail.waitFor(email, 2);
    expect(reminder.parsed.subject).toBe('Erinnerung: Markiertes Treffen');
    expect(reminder.parsed.text).toContain(
      `${cms.url}/treffen/`.replace('/treffen/', `/treffpunkt/n/${network.slug}/treffen/${marked.slug}`),
    );

    await cms.strapi
      .documents(EVENT)
      .update({ documentId: toCancel.documentId, locale: 'de', status: 'published', data: { eventStatus: 'cancelled' } } as never);
    const [, , cancellation] = await mail.waitFor(email, 3);
    expect(cancellation.parsed.subject).toBe('Abgesagt: Wird abgesagt');
    await mailRound();
    expect(mail.to(bystander).filter((received) => received.parsed.subject?.startsWith('Abgesagt'))).toEqual([]);
  });

  it('delivers a report’s notice after the mail server was down during the publish, once', async () => {
    const email = await confirmedFollower({ network: network.slug, reports: true }, 'ausfall');
    await mail.stop();
    try {
      await createReport(cms, { network: network.documentId, title: 'Während des Ausfalls' });
      await mailRound();
      await mailRound();
    } finally {
      await mail.start();
    }
    expect(mail.to(email)).toHaveLength(1);
    await atInstant(cms, new Date(cmsClock(cms).now().getTime() + 5 * 60_000), mailRound);
    const arrived = await mail.waitFor(email, 2);
    expect(arrived[1].parsed.subject).toBe('Netzwerk Folgen: Während des Ausfalls');
    await mailRound();
    expect(mail.to(email)).toHaveLength(2);
  });

  it('announces a report a member’s site brings only when the site published it in the last week: a first read brings its archive', async () => {
    const site = await startSourceServer();
    const sourceSettings = cms.strapi.config.get<Record<string, unknown>>('plugin::treffpunkt.sources');
    // The member's website is on this machine: the operators allow that, as a private network's office would.
    cms.strapi.config.set('plugin::treffpunkt.sources', { ...sourceSettings, allowPrivateAddresses: true });
    try {
      const office = await createNetwork(cms, { name: 'Büro mit Quellen' });
      const email = await confirmedFollower({ network: office.slug, reports: true }, 'quellen');
      const daysAgo = (days: number) => new Date(cmsClock(cms).now().getTime() - days * 24 * HOUR_MS).toUTCString();
      site.set('/feed/', {
        type: 'application/rss+xml; charset=UTF-8',
        body: wordpressFeed(site.url, 'Mitglied Süd', [
          { id: 1, title: 'Gestern erschienen', pubDate: daysAgo(1), summary: 'Neu.', content: '<p>Neu.</p>' },
          { id: 2, title: 'Aus dem Archiv', pubDate: daysAgo(40), summary: 'Alt.', content: '<p>Alt.</p>' },
        ]),
      });
      const source = await cms.strapi
        .documents(SOURCE as never)
        .create({ data: { name: 'Mitglied Süd', url: `${site.url}/feed/`, format: 'feed', network: office.documentId } as never });
      expect((await treffpunkt(cms.strapi).service('sources').readNow(source.documentId, 'de'))?.itemCount).toBe(2);
      const [, announced] = await mail.waitFor(email, 2);
      expect(announced.parsed.subject).toBe('Büro mit Quellen: Gestern erschienen');
      await mailRound();
      await mailRound();
      expect(mail.to(email)).toHaveLength(2);
    } finally {
      cms.strapi.config.set('plugin::treffpunkt.sources', sourceSettings);
      await site.close();
    }
  });
});
