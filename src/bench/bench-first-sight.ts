// Bench row: the whole pipeline on text the process has not seen. The other rows run the corpus again and again, so
// every word's facts (the events word table, the entity lexicon) were made on the warm-up run; a stream of new
// articles brings new names and rare words, each made on first sight. A child process warms its JIT on one half of
// the corpus (six runs), then times the other half once (first sight) and once more (seen), CPU time of the child.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../eval/shared-dir.js';

const SCRIPT = `
import { readFileSync } from 'node:fs';
const { analyze } = await import(process.argv[1]);
const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const warm = texts.filter((_, i) => i % 2 === 0), fresh = texts.filter((_, i) => i % 2 === 1);
for (let r = 0; r < 6; r++) for (const text of warm) analyze({ text });
const cpu = (f) => { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); return (u.user + u.system) / fresh.length; };
const first = cpu(() => { for (const text of fresh) analyze({ text }); });
const again = cpu(() => { for (const text of fresh) analyze({ text }); });
const chars = fresh.reduce((n, t) => n + Buffer.byteLength(t), 0) / fresh.length;
console.log(JSON.stringify({ first, again, n: fresh.length, bytes: chars }));`;

/** µs/article of the whole pipeline on a half of `texts` the child has not seen, and on the same half again; bytes per article of that half. */
export function firstSight(texts: readonly string[]): { first: number; again: number; n: number; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-first-'));
  try {
    const file = join(dir, 'texts.json');
    writeFileSync(file, JSON.stringify(texts));
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, resolve(PROJECT_ROOT, 'dist/analyze/analyze.js'), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop()!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
