/**
 * LISTEN on one channel, on a session of its own that is kept open: reconnects after any loss
 * with jittered exponential backoff (250 ms doubling, at most 30 s), and probes the connection
 * every 10 s, because a half-open TCP connection reports nothing by itself. PostgreSQL keeps no
 * notification for a session that is gone, so `onConnected` runs on every (re)connect: whoever
 * listens must assume they missed something.
 */
import type { Core } from '@strapi/strapi';
import type { Client } from 'pg';
import { openSession } from './session';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 30_000;
const PROBE_EVERY_MS = 10_000;

export interface ListenerHandlers {
  onNotification(payload: string): void;
  onConnected(): void;
  onLost(error: Error, retryInMs: number): void;
}

export interface Listener {
  readonly connected: boolean;
  close(): Promise<void>;
}

/** `channel` must be a plain identifier (it is written into the LISTEN statement). */
export function listen(strapi: Core.Strapi, channel: string, handlers: ListenerHandlers): Listener {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let session: Client | undefined;
  let connected = false;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let probe: NodeJS.Timeout | undefined;

  async function connect() {
    if (closed) return;
    let opened: Client | undefined;
    try {
      opened = await openSession(strapi, `${channel} listener`);
      session = opened;
      opened.on('notification', (message) => {
        if (message.channel === channel) handlers.onNotification(message.payload ?? '');
      });
      opened.on('error', (error) => lost(opened!, error));
      opened.on('end', () => lost(opened!, new Error('the connection ended')));
      await opened.query(`LISTEN ${channel}`);
      if (closed) return void opened.end().catch(() => {});
      connected = true;
      failures = 0;
      probe = setInterval(() => opened!.query('SELECT 1').catch((error: Error) => lost(opened!, error)), PROBE_EVERY_MS);
      handlers.onConnected();
    } catch (error) {
      if (opened) lost(opened, error as Error);
      else scheduleRetry(error as Error);
    }
  }

  function lost(which: Client, error: Error) {
    if (which !== session) return; // late events of a connection already given up
    session = undefined;
    connected = false;
    clearInterval(probe);
    which.removeAllListeners('end');
    which.end().catch(() => {});
    if (!closed) scheduleRetry(error);
  }

  function scheduleRetry(error: Error) {
    if (closed) return;
    const delay = Math.round(Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** failures++) * (0.5 + Math.random() / 2));
    handlers.onLost(error, delay);
    retry = setTimeout(connect, delay);
  }

  void connect();

  return {
    get connected() {
      return connected;
    },
    async close() {
      closed = true;
      connected = false;
      clearTimeout(retry);
      clearInterval(probe);
      const open = session;
      session = undefined;
      open?.removeAllListeners('end');
      await open?.end().catch(() => {});
    },
  };
}
