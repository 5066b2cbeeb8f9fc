/**
 * How set the demo's widgets look at each width: on a website of another origin, the demo page's
 * widgets (the stylesheet and script from the CMS) one below the other, the page as wide as a
 * 280px sidebar up to a 1280px column; per widget the tallest band without text or image as a
 * share of its height (test/support/widget-layout.mjs, as the layout test measures it).
 */
import { existsSync } from 'node:fs';
import { CHROMIUM, launchChromium } from '../../test/support/chromium.mjs';
import { demoWidgets, EMPTY_BAND_TARGET, emptyBand, WIDTHS, widgetsSettled } from '../../test/support/widget-layout.mjs';
import { startSite } from './widgets.mjs';

const TAGS = 'treffpunkt-next-meeting, treffpunkt-latest-reports, treffpunkt-upcoming-meetings';

/** The demo's widgets below each other, in the demo page's font, as wide as the page. */
const layoutPage = (cmsUrl) => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Breiten</title>
<link rel="icon" href="data:,">
<style>body{margin:0;font-family:Georgia,serif;line-height:1.55}</style>
<link rel="stylesheet" href="${cmsUrl}/treffpunkt/widgets.css">
<script type="module" src="${cmsUrl}/treffpunkt/widgets.js"></script>
</head>
<body>
${demoWidgets().join('\n<p>Text der Website darunter.</p>\n')}
</body>
</html>
`;

/** Each widget's band at one width, once everything (images, the free room) is there. */
async function bandsAt(browser, url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(widgetsSettled);
    const widgets = await page.locator(TAGS).all();
    for (const widget of widgets) {
      await widget.scrollIntoViewIfNeeded();
      await widget.evaluate((host) => Promise.all([...host.shadowRoot.querySelectorAll('img')].map((img) => img.decode().catch(() => {}))));
    }
    // Awaited here: the context closes after.
    return await Promise.all(
      widgets.map(async (widget) => ({
        widget: await widget.evaluate((element) => element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1)),
        ...(await widget.evaluate(emptyBand)),
      })),
    );
  } finally {
    await context.close();
  }
}

/** @returns {Promise<{ skipped: string } | { target: number, widths: number[], widgets: { widget: string, shares: number[] }[] }>} */
export async function measureLayout(cmsUrl) {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH` };
  const site = await startSite({ layout: layoutPage(cmsUrl) });
  const browser = await launchChromium();
  try {
    const byWidth = [];
    for (const width of WIDTHS) byWidth.push(await bandsAt(browser, `${site.origin}/layout`, width));
    const widgets = byWidth[0].map(({ widget }, i) => ({ widget, shares: byWidth.map((bands) => bands[i].share) }));
    return { target: EMPTY_BAND_TARGET, widths: WIDTHS, widgets };
  } finally {
    await browser.close();
    await site.close();
  }
}
