// Bench row: the whole pipeline on text the process has not seen. The other rows run the corpus again and again, so
// the JIT has compiled every path those texts take and every word's facts were made on the warm-up run. A child
// process warms on one half of the corpus until its JIT has settled, then times the other half three times: first
// sight, the same again, and a third time (settled). The child's CPU time includes V8's background threads.
// On first sight most of the extra is not the new words' facts (~10 % of it). It is V8 recompiling: code paths the
// warm half never took deoptimise the big rule functions, and TurboFan recompiles them on a background thread,
// partly during the second pass. So the row also gives the background share (Linux: /proc/self/task).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../eval/shared-dir.js';

/** Passes over the warm half: the big functions (bytecode of 4–7 KB) are still being optimised in the sixth. */
const WARM_PASSES = 8;

const SCRIPT = `
import { readFileSync, readdirSync } from 'node:fs';
const { analyze } = await import(process.argv[1]);
const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const warm = texts.filter((_, i) => i % 2 === 0), fresh = texts.filter((_, i) => i % 2 === 1);
for (let r = 0; r < ${WARM_PASSES}; r++) for (const text of warm) analyze({ text });
// CPU µs of the threads other than this one (V8's compiler and GC helpers), 0 where /proc is not there
const background = () => {
  let us = 0;
  try {
    for (const t of readdirSync('/proc/self/task')) {
      if (t === String(process.pid)) continue;
      const s = readFileSync('/proc/self/task/' + t + '/stat', 'utf8'), f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      us += (Number(f[11]) + Number(f[12])) * 1e4; // clock ticks of 10 ms
    }
  } catch { return 0; }
  return us;
};
const pass = () => {
  const c = process.cpuUsage(), b = background();
  for (const text of fresh) analyze({ text });
  const u = process.cpuUsage(c);
  return { cpu: (u.user + u.system) / fresh.length, background: (background() - b) / fresh.length };
};
const first = pass(), again = pass(), settled = pass();
const bytes = fresh.reduce((n, t) => n + Buffer.byteLength(t), 0) / fresh.length;
console.log(JSON.stringify({ first, again, settled, n: fresh.length, bytes }));`;

/** CPU µs per article of one pass over the fresh half, and the part of it on V8's background threads. */
export type PassCost = { cpu: number; background: number };

/**
 * The whole pipeline on a half of `texts` the child has not seen: the first pass, the second and the third
 * (settled); bytes per article of that half.
 */
export function firstSight(texts: readonly string[]): { first: PassCost; again: PassCost; settled: PassCost; n: number; bytes: number } {
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
