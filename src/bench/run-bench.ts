// `npm run bench`: speed of the whole pipeline and of each stage, in articles/s per core and MB/s,
// median of several runs, with peak memory and start-up time; then the store and API benchmarks.
// Reads the PolNeAR texts from ../shared when present (sorted by name: the first-sight row splits them in two
// halves that are then the same on every machine), a generated corpus otherwise.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, analyzeBatch, STAGES } from '../analyze/analyze.js';
import { readArticle } from '../read/read-article.js';
import type { AnalyzeOptions, Doc } from '../doc/types.js';
import { PROJECT_ROOT, sharedDir } from '../eval/shared-dir.js';
import { generateArticle } from '../ingest/generate-articles.js';
import { benchStore } from './bench-store.js';
import { benchApi } from './bench-api.js';
import { benchHostile } from './bench-hostile.js';
import { firstSight } from './bench-first-sight.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const quick = process.argv.includes('--quick');

function corpus(): { name: string; texts: string[] } {
  const shared = sharedDir();
  if (shared) {
    const texts: string[] = [];
    for (const split of ['train', 'dev']) {
      const dir = join(shared, 'data/polnear', split, 'text');
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
    }
    return { name: `PolNeAR train+dev texts (${shared})`, texts };
  }
  console.log('../shared not found: using a generated corpus');
  return { name: 'generated corpus', texts: Array.from({ length: 1000 }, (_, i) => generateArticle(i).raw.text ?? '') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Time `fn` over the corpus RUNS times; returns the median CPU seconds of this process (user + system),
 * which is what "per core" means and stays honest when other processes share the machine.
 */
function time(fn: () => void): number {
  const secs: number[] = [];
  fn(); // warm-up: JIT and lazy knowledge loading
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    secs.push((c.user + c.system) / 1e6);
  }
  return median(secs);
}

function startupMs(): number {
  const script = `const t0=performance.now();const m=await import(${JSON.stringify(resolve(PROJECT_ROOT, 'dist/analyze/analyze.js'))});m.analyze({text:'Mr Smith said: "Yes."'});console.log(performance.now()-t0)`;
  const runs = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()));
  return median(runs);
}

async function main(): Promise<void> {
  const { name, texts } = corpus();
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  console.log(`corpus: ${name}: ${texts.length} articles, ${mb.toFixed(2)} MB; median of ${RUNS} runs, CPU time of one core\n`);
  const options: AnalyzeOptions = {};
  // Each stage's cost is the difference between running the pipeline up to it and up to the one
  // before, article by article, keeping nothing: a heap of retained documents would make the
  // garbage collector, not the stages, the thing measured.
  const prefix = (k: number) => () => {
    for (const text of texts) {
      const read = readArticle({ text }, options);
      let doc = { id: '', text: read.text, meta: read.meta, paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], events: [], diagnostics: [] } as Doc;
      for (let i = 0; i < k; i++) doc = { ...doc, ...(STAGES[i].run as (d: Doc, o: AnalyzeOptions) => Partial<Doc>)(doc, options) };
    }
  };
  const cumulative = STAGES.map((_, i) => time(prefix(i + 1)));
  const read = time(prefix(0));
  const rows: [string, number][] = [['read', read]];
  STAGES.forEach((stage, i) => rows.push([stage.name, Math.max(0, cumulative[i] - (i ? cumulative[i - 1] : read))]));
  rows.push(['read + segment', cumulative[0]]);
  rows.push(['whole pipeline', time(() => { for (const text of texts) analyze({ text }, options); })]);
  // the same documents made stage by stage over batches of 16, as ingest's workers make them
  const inputs = texts.map((text) => ({ text }));
  rows.push(['whole, batches 16', time(() => { for (let i = 0; i < inputs.length; i += 16) analyzeBatch(inputs.slice(i, i + 16), options); })]);
  console.log('step                articles/s      MB/s    µs/article');
  for (const [step, s] of rows) {
    console.log(`${step.padEnd(18)} ${(texts.length / s).toFixed(0).padStart(11)} ${(mb / s).toFixed(1).padStart(9)} ${((s / texts.length) * 1e6).toFixed(1).padStart(12)}`);
  }
  const seen = firstSight(texts);
  const { first, again, settled } = seen;
  const bg = (p: { background: number }) => p.background.toFixed(0);
  console.log(`whole, first sight ${(1e6 / first.cpu).toFixed(0).padStart(10)} ${(seen.bytes / first.cpu).toFixed(1).padStart(9)} ${first.cpu.toFixed(1).padStart(12)}   (child process, JIT warm on the other half: `
    + `${seen.n} articles never analysed before, once; ${bg(first)} µs of it on V8's background threads, mostly recompiling; `
    + `the same again ${again.cpu.toFixed(0)} (${bg(again)}), a third time ${settled.cpu.toFixed(0)} (${bg(settled)}) µs/article)`);
  const mem = process.memoryUsage();
  console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, heap used now ${(mem.heapUsed / 1e6).toFixed(0)} MB`);
  console.log(`start-up (import + first analysis, child process): ${startupMs().toFixed(0)} ms`);
  for (const line of benchHostile(quick ? 10_000 : 20_000)) console.log(line);
  if (!process.argv.includes('--no-store')) for (const line of await benchStore({ quick })) console.log(line);
  // The HTTP API under load from a second process needs a large corpus: only on request.
  if (process.argv.includes('--api')) for (const line of await benchApi({ quick })) console.log(line);
}

await main();
