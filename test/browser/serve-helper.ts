// Starts what the browser tests drive: the built CLI (dist/, built when missing), a real SQLite corpus
// made by `parley ingest`, and `parley serve` as a child process on a free port.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES } from './fixtures.js';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** Build dist/ and dist/web when they are missing (npm ci builds both; this covers a bare checkout). */
export function ensureBuilt(): void {
  const node = process.execPath;
  if (!existsSync(join(ROOT, 'dist/cli/main.js')) || !existsSync(join(ROOT, 'dist/server/app.js'))) {
    execFileSync(node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
    execFileSync(node, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** `parley ingest examples/ <fixtures>` into `db`; the fixtures are written as text files under `dir`. */
export function makeCorpus(dir: string, db: string): void {
  const fixtures = join(dir, 'fixtures');
  mkdirSync(fixtures, { recursive: true });
  for (const a of ARTICLES) writeFileSync(join(fixtures, `${a.id}.txt`), a.text);
  execFileSync(process.execPath, ['bin/parley.js', 'ingest', 'examples/', fixtures, '--db', db], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 });
}

export type Server = { url: string; child: ChildProcess; stop: () => Promise<void> };

/** `parley serve --port 0`; resolves with the address it prints. */
export function startServer(db: string, token: string): Promise<Server> {
  const child = spawn(process.execPath, ['bin/parley.js', 'serve', '--port', '0', '--db', db, '--token', token], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`parley serve did not start: ${out}${err}`)), 30_000);
    child.stderr!.on('data', (d) => { err += d; });
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving (http:\/\/\S+?)\/? /.exec(out);
      if (m) { clearTimeout(timer); resolve({ url: m[1], child, stop }); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`parley serve exited with ${code}: ${err}`)); });
  });
}
