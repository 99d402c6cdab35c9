// Closing a SQLite store after writes lets the program go on: the checkpoint thread it stops must not let
// the event loop run dry mid-await (the process ended, exit code 13, with the rest of the program unrun).
// Runs the compiled store in a child process (npm run build first), where nothing else keeps the loop alive.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'parley-close-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a program goes on after closing a store it wrote to', () => {
  const mod = (p: string) => JSON.stringify(pathToFileURL(join(root, 'dist', p)).href);
  const script = `const { openStore } = await import(${mod('store/open-store.js')});
    const { generateArticle } = await import(${mod('ingest/generate-articles.js')});
    const store = await openStore(${JSON.stringify(join(dir, 'close.db'))});
    await store.putBatch([generateArticle(1, 1).item()]);
    await store.close();
    console.log('went on');`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect({ status: r.status, out: r.stdout.trim() }).toEqual({ status: 0, out: 'went on' });
});
