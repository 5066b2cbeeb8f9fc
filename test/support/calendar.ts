/** Reading a calendar feed as a calendar app does: with ical.js. */
import ICAL from 'ical.js';
import { expect } from 'vitest';

/** The slugs of the meetings in the calendar at `url` (each event's UID begins with its slug), sorted. */
export async function calendarSlugs(url: string): Promise<string[]> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('uid')).split('@')[0])
    .sort();
}
