/**
 * A Treffpunkt address pasted into WordPress. The host page here does with the oEmbed answer what
 * WordPress does with one from a provider it does not trust (wp_filter_oembed_result in
 * wp-includes/embed.php): it keeps only the <blockquote> with its link and the <iframe> with a
 * few attributes, sandboxes the frame (`allow-scripts`, no `allow-same-origin`), hides it until it
 * speaks, and puts a secret on its address and beside it. Its script plays wp-embed.js's part of
 * the protocol: `ready` to each frame; a `height` with the frame's secret sets the frame's height
 * within 200–1000 px; a `link` to the frame's own host opens in the top window.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { ReportListResponse, WireReport } from 'treffpunkt-shared/wire';
import type { OEmbedAnswer } from '../../cms/src/plugins/treffpunkt/server/src/oembed/answer';
import { openPage } from './browser';
import { pageErrors, useTestbed } from './testbed';

const testbed = useTestbed();

/** What WordPress's HTML filter lets through of an untrusted provider's answer. */
const KSES_ALLOWED: Record<string, string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

function keepAllowed(html: string): string {
  return html.replace(/<(\/?)([a-z]+)([^>]*)>/gi, (_, closing: string, tag: string, attributes: string) => {
    const allowed = KSES_ALLOWED[tag.toLowerCase()];
    if (!allowed) return '';
    if (closing) return `</${tag}>`;
    const kept = [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].filter(([, name]) => allowed.includes(name.toLowerCase()));
    return `<${tag}${kept.map(([attribute]) => ` ${attribute}`).join('')}>`;
  });
}

/**
 * The answer's html as WordPress prints it in a post. Without `secret`, as wp-embed.js finds a
 * frame that has none yet: it then adds one itself.
 */
function asWordPressPrintsIt(html: string, secret: string | null): string {
  const [, quote = '', frame] = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(keepAllowed(html))!;
  let printed = quote + frame;
  if (secret) {
    printed = printed
      .replace(/ src="([^"]*)"/, (_, src: string) => ` src="${src}#?secret=${secret}" data-secret="${secret}"`)
      .replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  if (quote) {
    printed = printed
      .replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"')
      .replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return printed.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/**
 * The host's side of the embed protocol, as wp-embed.js plays it (written for this test). It
 * starts on DOMContentLoaded; a site that loads it late starts on `load`, after the frames.
 */
function wordPressHost(startOn: 'DOMContentLoaded' | 'load') {
  const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
  addEventListener('message', (event) => {
    const data = event.data as { message?: string; value?: unknown; secret?: string } | null;
    if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret ?? '')) return;
    heard.push(data);
    for (const quote of document.querySelectorAll<HTMLElement>(`blockquote[data-secret="${data.secret}"]`)) quote.style.display = 'none';
    for (const frame of document.querySelectorAll<HTMLIFrameElement>(`iframe[data-secret="${data.secret}"]`)) {
      if (frame.contentWindow !== event.source) continue;
      frame.removeAttribute('style');
      if (data.message === 'height') {
        frame.height = String(Math.min(1000, Math.max(200, parseInt(String(data.value), 10) || 0)));
      } else if (data.message === 'link') {
        const from = new URL(frame.getAttribute('src')!);
        const to = new URL(String(data.value));
        if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === frame) top!.location.href = to.href;
      }
    }
  });
  addEventListener(startOn, () => {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe.wp-embedded-content')) {
      let secret = frame.getAttribute('data-secret');
      if (!secret) {
        secret = Math.random().toString(36).slice(2, 12);
        frame.src += `#?secret=${secret}`;
        frame.setAttribute('data-secret', secret);
      }
      frame.contentWindow!.postMessage({ message: 'ready', secret }, '*');
    }
  });
}

/** WordPress asks with the post's content width, and at most 1000 px high (wp_embed_defaults). */
const WORDPRESS_QUERY = '&maxwidth=600&maxheight=900&dnt=1';

/** A WordPress post on the host site with `address` pasted on a line of its own. */
async function wordPressPost(
  address: string,
  { secret = 'Ab3dE6gH9j' as string | null, startOn = 'DOMContentLoaded' as 'DOMContentLoaded' | 'load' } = {},
) {
  const { cms, host } = testbed();
  const answer = (await testbed().api<OEmbedAnswer>(
    `/treffpunkt/oembed?url=${encodeURIComponent(address)}&format=json${WORDPRESS_QUERY}`,
  )) as OEmbedAnswer;
  expect(new URL(/src="([^"]+)"/.exec(answer.html)![1].replaceAll('&amp;', '&')).origin).toBe(cms);
  const path = `/beitrag-${Math.random().toString(36).slice(2)}.html`;
  host.page(
    path,
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Unser Verein</title>
<script>(${wordPressHost.toString()})('${startOn}')</script></head>
<body><h1>Neuigkeiten</h1><p>Wir waren dabei:</p>
${asWordPressPrintsIt(answer.html, secret)}
<p id="after">Weiter im Text</p></body></html>`,
  );
  return `${host.url}${path}`;
}

const frameOf = (page: Page) => page.frame({ url: /\/treffpunkt\/embed\// })!;
const frameHeight = (page: Page) => page.locator('iframe.wp-embedded-content').getAttribute('height').then(Number);
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Waits until WordPress has set the frame to its content's height (within its bounds) and shows it. */
async function framedAtContentHeight(page: Page) {
  const frame = frameOf(page);
  await expect
    .poll(async () => [await frameHeight(page), Math.min(1000, Math.max(200, await contentHeight(frame)))], { timeout: 10_000 })
    .toSatisfy(([shown, wanted]) => shown === wanted);
  await expect(page.locator('iframe.wp-embedded-content').getAttribute('style')).resolves.toBeNull();
  return frame;
}

const newestReports = (network: string) =>
  testbed().api<ReportListResponse>(`/api/treffpunkt/reports?network=${network}&limit=3&page=1&locale=de`);

describe('a network’s address pasted into WordPress', () => {
  it('shows its latest reports in a sandboxed frame at the content’s height, without errors', async () => {
    const { cms } = testbed();
    const { page, context, log } = await openPage(testbed().browser);
    await page.goto(await wordPressPost(`${cms}/treffpunkt/n/jetzt`));
    const frame = await framedAtContentHeight(page);
    // The frame has spoken: WordPress hid the fallback link.
    await expect(page.locator('blockquote').isVisible()).resolves.toBe(false);
    // Sandboxed without allow-same-origin: the page has an opaque origin, and still works.
    await expect(frame.evaluate(() => origin)).resolves.toBe('null');
    const { data } = await newestReports('jetzt');
    await expect(frame.locator('[part=card] [part=heading]').allTextContents()).resolves.toEqual(data.map((report) => report.title));
    await frame.waitForFunction(() => customElements.get('treffpunkt-latest-reports'));
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });

  it('opens a report’s page in the top window when a visitor follows its link', async () => {
    const { cms } = testbed();
    const { page, context } = await openPage(testbed().browser);
    const post = await wordPressPost(`${cms}/treffpunkt/n/jetzt`);
    await page.goto(post);
    const frame = await framedAtContentHeight(page);
    await frame.waitForFunction(() => customElements.get('treffpunkt-latest-reports'));
    const {
      data: [newest],
    } = await newestReports('jetzt');
    await Promise.all([
      page.waitForURL(`${cms}/treffpunkt/n/jetzt/berichte/${newest.slug}`),
      frame.locator('[part=read-more]').first().click(),
    ]);
    await context.close();
  });
});

describe('a report’s address pasted into WordPress', () => {
  it('shows the report in the frame, grown to its height, and back at the list the frame shrinks again', async () => {
    const { cms } = testbed();
    const {
      data: [newest],
    } = await newestReports('jetzt');
    const { data: report } = await testbed().api<{ data: WireReport }>(`/api/treffpunkt/reports/${newest.slug}`);
    const { page, context, log } = await openPage(testbed().browser);
    const origins: (string | null)[] = [];
    page.on('request', async (request) => {
      if (request.url().includes('/api/treffpunkt/reports/')) origins.push(await request.headerValue('origin'));
    });
    await page.goto(await wordPressPost(`${cms}/treffpunkt/n/jetzt/berichte/${newest.slug}`));
    const frame = frameOf(page);
    await frame.locator('[part=report]').getByRole('heading', { name: report.title }).waitFor();
    // The report came from the API, asked from the sandbox: with `Origin: null`, answered for any origin.
    expect(origins).toEqual(['null']);
    // WordPress's secret has left the address; the report's deep link stays.
    expect(new URL(frame.url()).hash).toBe(`#treffpunkt-report=${newest.slug}`);
    await framedAtContentHeight(page);
    const open = await frameHeight(page);

    await frame.locator('[part=back]').first().click();
    await frame.locator('[part=card]').first().waitFor();
    await framedAtContentHeight(page);
    expect(await frameHeight(page)).toBeLessThan(open);
    expect(pageErrors(log.errors)).toEqual([]);
    await context.close();
  });
});

describe('the embed protocol', () => {
  it('answers WordPress’s ready with its height, and only to the secret it was given', async () => {
    const { cms } = testbed();
    const { page, context } = await openPage(testbed().browser);
    await page.goto(await wordPressPost(`${cms}/treffpunkt/n/zwh`));
    const frame = await framedAtContentHeight(page);
    const height = await frameHeight(page);
    await frame.evaluate(() => {
      const got: unknown[] = ((window as unknown as { got: unknown[] }).got = []);
      addEventListener('message', (event) => got.push(event.data));
    });

    /**
     * What the frame says back to `secret`'s ready. The frame's listener above runs after its own
     * one, and what a window posts arrives in order: once the frame has the message and then
     * posts a marker, any answer is in before the marker.
     */
    async function answerTo(secret: string) {
      await page.evaluate((secret) => {
        (window as unknown as { heard: unknown[] }).heard.length = 0;
        const frame = document.querySelector('iframe')!;
        frame.height = '250';
        frame.contentWindow!.postMessage({ message: 'ready', secret }, '*');
      }, secret);
      await frame.waitForFunction(() => (window as unknown as { got: unknown[] }).got.length > 0);
      await frame.evaluate(() => {
        (window as unknown as { got: unknown[] }).got.length = 0;
        parent.postMessage({ message: 'marker' }, '*');
      });
      await page.waitForFunction(() =>
        (window as unknown as { heard: { message: string }[] }).heard.some((data) => data.message === 'marker'),
      );
      return page.evaluate(() => (window as unknown as { heard: { message: string }[] }).heard.filter((data) => data.message !== 'marker'));
    }

    await expect(answerTo('Falsch1234')).resolves.toEqual([]);
    await expect(frameHeight(page)).resolves.toBe(250);
    await expect(answerTo('Ab3dE6gH9j')).resolves.toEqual([{ message: 'height', value: height, secret: 'Ab3dE6gH9j' }]);
    await expect(frameHeight(page)).resolves.toBe(height);
    await context.close();
  });

  it('takes a secret that WordPress’s script adds to a frame already loaded, and keeps a deep link', async () => {
    const { cms } = testbed();
    const { page, context } = await openPage(testbed().browser);
    const {
      data: [newest],
    } = await newestReports('jetzt');
    await page.goto(await wordPressPost(`${cms}/treffpunkt/n/jetzt/berichte/${newest.slug}`, { secret: null, startOn: 'load' }));
    const secret = await page.locator('iframe').getAttribute('data-secret');
    expect(secret).toMatch(/^[a-z0-9]+$/);
    const frame = await framedAtContentHeight(page);
    await frame.locator('[part=report]').waitFor();
    expect(new URL(frame.url()).hash).toBe(`#treffpunkt-report=${newest.slug}`);
    await context.close();
  });
});
