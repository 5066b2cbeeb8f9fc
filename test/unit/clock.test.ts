/** The plugin's clock and its setting: a fixed start that runs on, moved by set(), checked at start. */
import { describe, expect, it } from 'vitest';
import config from '../../cms/src/plugins/treffpunkt/server/src/config';
import { createClock } from '../../cms/src/plugins/treffpunkt/server/src/services/clock';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('clock', () => {
  it('starts at the configured instant and runs on from there', async () => {
    const clock = createClock('2027-03-28T01:30:00Z', () => {});
    const first = clock.now().getTime();
    expect(first - Date.parse('2027-03-28T01:30:00Z')).toBeLessThan(50);
    await wait(30);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(first + 25);
  });

  it('follows the system clock without a start', () => {
    const clock = createClock(undefined, () => {});
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(50);
  });

  it('moves to the instant set, tells about it, and refuses what is no instant', () => {
    let moves = 0;
    const clock = createClock(undefined, () => moves++);
    clock.set('2026-10-25T00:30:00+00:00');
    expect(clock.now().getTime() - Date.parse('2026-10-25T00:30:00Z')).toBeLessThan(50);
    clock.set(new Date('2028-02-29T12:00:00Z'));
    expect(clock.now().toISOString().slice(0, 16)).toBe('2028-02-29T12:00');
    expect(moves).toBe(2);
    expect(() => clock.set('tomorrow')).toThrow(/not an ISO 8601 instant/);
  });
});

describe('the `now` setting', () => {
  const validate = (now: unknown) => () => config.validator({ ...config.default, now } as never);

  it('accepts an ISO 8601 instant with offset, or nothing', () => {
    expect(validate('2026-11-18T09:30:00Z')).not.toThrow();
    expect(validate('2026-11-18T10:30:00+01:00')).not.toThrow();
    expect(validate(undefined)).not.toThrow();
    expect(validate('')).not.toThrow();
  });

  it('stops the start with a message naming treffpunkt.now for anything else', () => {
    for (const now of ['gestern', '2026-11-18', '2026-11-18T09:30']) expect(validate(now)).toThrow(/treffpunkt\.now/);
  });
});
