// `npm run eval`: runs every section against the gold in ../shared and prints P / R / F1 with counts.
// Exits non-zero only when the harness itself breaks (a section throws), never for a low score.
import { SECTIONS } from './sections.js';
import { sharedDir } from './shared-dir.js';
import type { Score } from './score.js';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function printRows(rows: readonly Score[]): void {
  if (!rows.length) return;
  const w = Math.max(...rows.map((r) => r.metric.length), 10);
  console.log(`  ${'metric'.padEnd(w)}   P      R      F1     tp     fp     fn`);
  for (const r of rows) {
    console.log(`  ${r.metric.padEnd(w)} ${pct(r.p)}  ${pct(r.r)}  ${pct(r.f1)}  ${String(r.tp).padStart(5)}  ${String(r.fp).padStart(5)}  ${String(r.fn).padStart(5)}${r.note ? '  ' + r.note : ''}`);
  }
}

async function main(): Promise<void> {
  const shared = sharedDir();
  console.log(shared ? `gold data: ${shared}` : 'gold data: ../shared not found — sections that need it are skipped');
  const only = process.argv.slice(2);
  let broken = 0;
  for (const section of SECTIONS) {
    if (only.length && !only.includes(section.name)) continue;
    console.log(`\n== ${section.name}`);
    const t0 = performance.now();
    try {
      const result = await section.run(shared);
      printRows(result.rows);
      for (const line of result.lines ?? []) console.log(`  ${line}`);
    } catch (err) {
      broken++;
      console.log(`  HARNESS ERROR: ${(err as Error).stack ?? err}`);
    }
    console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  if (broken) process.exitCode = 1;
}

await main();
