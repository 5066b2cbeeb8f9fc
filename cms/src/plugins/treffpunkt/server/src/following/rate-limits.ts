/**
 * How often following by e-mail may be asked for. Per address (in the database, so every instance
 * keeps it): a confirmation mail for one address and network at most every CONFIRMATION_INTERVAL,
 * and at most MOST_CONFIRMATIONS_PER_DAY for one address in all; a flood of requests for one address
 * sends one mail. Per client (its IP address as Koa sees it, behind the proxy Strapi is told of),
 * in memory: an instance forgets it on restart, and holds nothing longer than an hour.
 */
export const CONFIRMATION_INTERVAL_MS = 15 * 60 * 1000;
export const MOST_CONFIRMATIONS_PER_DAY = 5;
export const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

interface Window {
  start: number;
  count: number;
}

export interface ClientLimiter {
  /** Counts a request of `client` at `now`: null when allowed, else the seconds until it may ask again. */
  take(client: string, now: number, perHour: number): number | null;
}

export function clientLimiter(): ClientLimiter {
  const windows = new Map<string, Window>();

  function forgetOld(now: number) {
    for (const [client, window] of windows) if (now - window.start >= HOUR_MS) windows.delete(client);
  }

  return {
    take(client, now, perHour) {
      forgetOld(now);
      const window = windows.get(client) ?? { start: now, count: 0 };
      windows.set(client, window);
      if (window.count >= perHour) return Math.max(1, Math.ceil((window.start + HOUR_MS - now) / 1000));
      window.count++;
      return null;
    },
  };
}
