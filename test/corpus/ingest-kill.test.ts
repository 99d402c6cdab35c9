// Kill -9 in the middle of `parley ingest`, run it again, and find every article exactly once:
// batches are transactions and reruns skip what is stored. Runs the compiled CLI (npm run build first).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { generateArticle } from '../../src/ingest/generate-articles.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/parley.js');
const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (db: string, sql: string): number => {
  if (!existsSync(db)) return 0;
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try { return (d.prepare(sql).get() as { n: number }).n; } catch { return 0; } finally { d.close(); }
};

it('an ingest killed with SIGKILL resumes with nothing lost and nothing twice', async () => {
  expect(existsSync(join(root, 'dist/ingest/analyze-worker.js')), 'run `npx tsc -p tsconfig.json` first').toBe(true);
  const folder = join(dir, 'articles');
  mkdirSync(join(folder, 'nested'), { recursive: true });
  for (let i = 0; i < 300; i++) {
    const { raw } = generateArticle(i, 7);
    writeFileSync(join(folder, i % 3 ? '' : 'nested', `${raw.source}_2017-04-${String((i % 28) + 1).padStart(2, '0')}_story-${i}.txt`), `${raw.headline}\n\n${raw.text}`);
  }
  const db = join(dir, 'kill.db');
  const args = [bin, 'ingest', folder, '--db', db, '--batch', '4', '--threads', '1', '--quiet'];

  const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let atKill = 0;
  for (let t = 0; t < 60_000; t += 5) {
    atKill = count(db, 'SELECT count(*) AS n FROM articles');
    if (atKill > 0 || child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill('SIGKILL');
  await exited;
  expect(atKill).toBeGreaterThan(0);
  const afterKill = count(db, 'SELECT count(*) AS n FROM articles');
  expect(afterKill).toBeLessThan(300);

  const rerun = spawnSync(process.execPath, [...args.slice(0, -1), '--json'], { cwd: root, encoding: 'utf8' });
  expect(rerun.status, rerun.stderr).toBe(0);
  const report = JSON.parse(rerun.stdout);
  expect(report.counts.new + report.counts.unchanged).toBe(300);
  expect(report.counts.unchanged).toBeGreaterThanOrEqual(afterKill);

  expect(count(db, 'SELECT count(*) AS n FROM articles')).toBe(300);
  expect(count(db, 'SELECT count(DISTINCT id) AS n FROM articles')).toBe(300);
  expect(count(db, 'SELECT count(*) AS n FROM revisions')).toBe(300);
  expect(count(db, 'SELECT count(*) AS n FROM (SELECT article_rid FROM revisions GROUP BY article_rid HAVING count(*) > 1)')).toBe(0);
  expect(count(db, 'SELECT count(*) AS n FROM articles_fts')).toBe(300);

  const again = spawnSync(process.execPath, [...args.slice(0, -1), '--json'], { cwd: root, encoding: 'utf8' });
  expect(JSON.parse(again.stdout).counts).toMatchObject({ new: 0, unchanged: 300, revision: 0 });
}, 180_000);

it('a reanalysis killed with SIGKILL resumes where it stopped, and the rows come out as one run makes them', async () => {
  const db = join(dir, 'kill.db'); // the 300 articles of the test above
  const rows = () => ['quotes', 'events', 'entities', 'relations', 'actor_keys'].map((t) => count(db, `SELECT count(*) AS n FROM ${t}`));
  const before = rows();
  const w = new Database(db);
  w.prepare(`UPDATE articles SET engine = 'unknown'`).run();
  w.close();
  const args = [bin, 'reanalyze', '--db', db, '--batch', '4', '--threads', '1', '--quiet'];
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore' });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let done = 0;
  for (let t = 0; t < 60_000; t += 5) {
    done = count(db, `SELECT count(*) AS n FROM articles WHERE engine <> 'unknown'`);
    if (done > 0 || child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill('SIGKILL');
  await exited;
  const afterKill = count(db, `SELECT count(*) AS n FROM articles WHERE engine <> 'unknown'`);
  expect(afterKill).toBeGreaterThan(0);
  expect(afterKill).toBeLessThan(300);
  const rerun = spawnSync(process.execPath, [...args.slice(0, -1), '--json'], { cwd: root, encoding: 'utf8' });
  expect(rerun.status, rerun.stderr).toBe(0);
  expect(JSON.parse(rerun.stdout).counts).toMatchObject({ done: 300 - afterKill, new: 300 - afterKill, errors: 0 });
  expect(count(db, `SELECT count(*) AS n FROM articles WHERE engine = 'unknown'`)).toBe(0);
  expect(rows()).toEqual(before);
  expect(count(db, 'SELECT count(*) AS n FROM revisions')).toBe(300);
}, 180_000);
