/** Starts bench/server.mjs in a child process and talks to it. */
import { fork } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

const SERVER = path.join(repoRoot, 'bench/server.mjs');
const BOOT_TIMEOUT_MS = 240_000;

/**
 * @param {{ databaseFile: string, demoContent: boolean, generate: boolean, logFile: string }} options
 *   Strapi logs every request; that output goes to `logFile`, as it would go to a file or pipe in production.
 */
export async function startCms({ logFile, ...options }) {
  const log = openSync(logFile, 'w');
  const child = fork(SERVER, [JSON.stringify(options)], { stdio: ['ignore', log, log, 'ipc'] });
  closeSync(log); // the child has its own copy
  const ready = await firstMessage(child, (message) => message.type === 'ready', BOOT_TIMEOUT_MS, logFile);

  let nextId = 0;
  const request = (type) => {
    const id = ++nextId;
    child.send({ id, type });
    return firstMessage(child, (message) => message.id === id, 60_000, logFile);
  };

  return {
    url: ready.url,
    token: ready.token,
    documents: ready.documents,
    searchIndex: ready.searchIndex,
    clearCache: () => request('clear-cache'),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await request('stop');
      await exited;
    },
    kill: () => child.kill(),
  };
}

/** The child's first message that `matches`; rejects if it exits or stays silent too long. */
function firstMessage(child, matches, timeoutMs, logFile) {
  return new Promise((resolve, reject) => {
    const done = (settle, value) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      settle(value);
    };
    const onMessage = (message) => matches(message) && done(resolve, message);
    const onExit = (code) => done(reject, new Error(`The CMS process exited (code ${code}); see ${logFile}`));
    const timer = setTimeout(
      () => done(reject, new Error(`The CMS process did not answer in ${timeoutMs / 1000} s; see ${logFile}`)),
      timeoutMs,
    );
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
