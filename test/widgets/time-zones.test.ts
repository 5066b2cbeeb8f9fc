/**
 * The widget half of the time-zone cases (test/support/time-zone-cases.ts; the API and .ics half is
 * test/api/time-zones.test.ts): on a page in Lisbon's zone, the meeting card says the day and the
 * wall time of the meeting's own zone, the same as the API's words, for the spring gap and the
 * autumn overlap in Berlin, whole days in Santiago and Havana across skipped midnights, a New York
 * meeting read on a German page and whole days across the change nights.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NextEventResponse } from 'treffpunkt-shared/wire';
import { atInstant } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { TIME_ZONE_CASES, createTimeZoneCase, type TimeZoneCase } from '../support/time-zone-cases';
import { openPage } from './browser';
import { hostPage } from './host-server';
import { allLoaded, useTestbed } from './testbed';

const testbed = useTestbed();
let cms: Cms;
const networks = new Map<string, string>();

beforeAll(async () => {
  cms = await startCms();
  for (const c of TIME_ZONE_CASES) networks.set(c.name, (await createTimeZoneCase(cms, c, 'tzw')).network.slug);
});

/** The day and month and, for a timed meeting, the time of its start, as a clock in the meeting's zone shows them. */
function wallClockOf(c: TimeZoneCase): string[] {
  const start = new Date(c.expected.startInstant);
  const inZone = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(c.locale, { ...options, timeZone: c.input.timeZone }).format(start).replace(/[\u2009\u202f]/g, ' ');
  if (c.input.datePrecision === 'month') return [inZone({ month: 'long', year: 'numeric' })];
  const day = [inZone({ day: 'numeric' }), inZone({ month: 'long' })];
  return c.input.allDay || c.input.datePrecision !== 'time' ? day : [...day, inZone({ timeStyle: 'short' })];
}

describe('a meeting card in a browser in another zone', () => {
  for (const c of TIME_ZONE_CASES) {
    it(`${c.name}: says what the API says, in the meeting's own zone`, async () => {
      // Just before it starts, so that it is the next meeting.
      const instant = new Date(Date.parse(c.expected.startInstant) - 3600_000);
      const { data: event } = await atInstant(cms, instant, async () => {
        const response = await fetch(`${cms.url}/api/treffpunkt/events/next?network=${networks.get(c.name)}&locale=${c.locale}`);
        return (await response.json()) as NextEventResponse;
      });
      expect(event?.start).toBe(c.expected.apiStart);

      const { host, browser } = testbed();
      host.page(
        `/tz-${c.name}.html`,
        hostPage(`<treffpunkt-next-meeting network="${networks.get(c.name)}"></treffpunkt-next-meeting>`, {
          scriptSrc: `${testbed().cms}/treffpunkt/widgets.js`,
          lang: c.locale,
        }),
      );
      const { page, context } = await openPage(browser);
      await atInstant(cms, instant, async () => {
        await page.goto(`${host.url}/tz-${c.name}.html`);
        await allLoaded(page);
      });
      const when = page.locator('treffpunkt-next-meeting [part=when] time');
      await expect(when.textContent()).resolves.toBe(event!.display.when);
      const text = (await when.textContent())!.replace(/[\u2009\u202f]/g, ' ');
      for (const piece of wallClockOf(c)) expect(text).toContain(piece);
      await expect(when.getAttribute('datetime')).resolves.toBe(event!.display.datetime);
      await context.close();
    });
  }
});
