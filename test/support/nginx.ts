/**
 * The committed deploy/nginx.conf, run by the test: copied into a scratch prefix with the test's
 * ports in place of the example's (its `listen` line and one `server` line per instance), so
 * what the tests drive is the file an operator copies.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './cms';

export const NGINX_CONF = path.join(repoRoot, 'deploy/nginx.conf');

export function nginxInstalled(): boolean {
  return spawnSync('nginx', ['-v']).status === 0;
}

/** The example's upstream lines and listen line, each replaced exactly as often as expected. */
export function configWithPorts(config: string, upstreamPorts: number[], listenPort: number): string {
  const servers = config.match(/^\s*server 127\.0\.0\.1:\d+ .*;$/gm) ?? [];
  if (servers.length !== upstreamPorts.length)
    throw new Error(`deploy/nginx.conf names ${servers.length} instances, the test runs ${upstreamPorts.length}`);
  let index = 0;
  const withUpstreams = config.replace(/^(\s*server 127\.0\.0\.1:)\d+/gm, (_, head: string) => `${head}${upstreamPorts[index++]}`);
  const listens = withUpstreams.match(/^\s*listen \d+;$/gm) ?? [];
  if (listens.length !== 1) throw new Error('deploy/nginx.conf should have one plain `listen PORT;` line');
  return withUpstreams.replace(/^(\s*)listen \d+;$/m, `$1listen 127.0.0.1:${listenPort};`);
}

export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

export async function startNginx(prefix: string, upstreamPorts: number[], listenPort: number): Promise<Nginx> {
  for (const dir of ['tmp', 'cache']) mkdirSync(path.join(prefix, dir), { recursive: true });
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, configWithPorts(readFileSync(NGINX_CONF, 'utf8'), upstreamPorts, listenPort));
  // As root (CI), the workers would run as `nobody` and could not write the scratch folders.
  const globals = process.getuid?.() === 0 ? 'daemon off; user root;' : 'daemon off;';
  const args = ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr', '-g', globals];
  const check = spawnSync('nginx', [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused deploy/nginx.conf:\n${check.stderr}`);
  const child: ChildProcess = spawn('nginx', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${listenPort}`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(`${url}/_health`);
      break;
    } catch {
      if (tries > 100 || child.exitCode !== null) throw new Error(`nginx did not start:\n${errors}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
