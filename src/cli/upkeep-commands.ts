// Keeping a corpus: `parley stats` (what the store holds, and how much of it an older engine analysed) and
// `parley reanalyze` (redo that analysis with the current engine, in place).
import type { Command } from 'commander';
import { olderEngine, type StoreStats } from '../store/store.js';
import { DB, queryText, stopSignal, withStore } from './corpus-commands.js';

const n = (x: number) => x.toLocaleString('en');

export { olderEngine };

/** `parley stats` for people: the counts, then the engines. */
export function statsText(s: StoreStats, engine: string): string {
  const older = olderEngine(s, engine);
  return [
    `articles  ${n(s.articles)} (${n(s.canonical)} without copies), ${n(s.revisions)} revisions`,
    `quotes    ${n(s.quotes)}`, `events    ${n(s.events)}`, `entities  ${n(s.entities)}`,
    `engine    ${engine} (current)${s.engines.length ? ': ' + s.engines.map((e) => `${e.value === engine ? 'current' : e.value} ${n(e.count)}`).join(', ') : ''}`,
    ...(older ? [`          ${n(older)} ${older === 1 ? 'article was' : 'articles were'} analysed by an older engine: parley reanalyze redoes them`] : []),
  ].join('\n');
}

/** Register stats and reanalyze. */
export function registerUpkeep(program: Command): void {
  program.command('stats').description('what the store holds, and how many articles an older engine analysed')
    .option(...DB).option('--json', 'print JSON')
    .action(async (o: { db?: string; json?: boolean }) => withStore(o.db, async (s) => {
      const { engineVersion } = await import('../ingest/engine-version.js');
      const stats = await s.stats();
      const engine = engineVersion();
      if (o.json) process.stdout.write(JSON.stringify({ ...stats, engine, olderEngine: olderEngine(stats, engine) }, null, 2) + '\n');
      else process.stdout.write(statsText(stats, engine) + '\n');
    }));

  program.command('reanalyze').description('re-run the current analysis over stored articles (all, or those a query matches) that an older engine analysed')
    .argument('[query...]', 'query, as for search (duplicate copies included); empty: every article')
    .option(...DB).option('--force', 'also the articles the current engine analysed')
    .option('--threads <n>', 'analysis threads, at most (default: one per core)').option('--batch <n>', 'articles per transaction (default 1,024)')
    .option('--quiet', 'no progress output').option('--json', 'print the report as JSON')
    .action(async (words: string[], o: { db?: string; force?: boolean; threads?: string; batch?: string; quiet?: boolean; json?: boolean }) => {
      const { reanalyze } = await import('../ingest/reanalyze.js');
      await withStore(o.db, async (s) => {
        const report = await reanalyze(s, {
          q: queryText(words), force: o.force, threads: o.threads !== undefined ? Number(o.threads) : undefined, batch: Number(o.batch) || undefined,
          quiet: o.quiet, signal: stopSignal('reanalyze'),
        });
        if (o.json) { process.stdout.write(JSON.stringify(report, null, 2) + '\n'); return; }
        for (const p of report.problems.slice(0, 20)) process.stderr.write(`parley: ${p.where}: ${p.message}\n`);
        process.stdout.write(`${report.summary}; engine ${report.engine}\n`);
        if (report.counts.done === 0) process.stdout.write(o.force ? 'nothing matched the query\n' : 'every matching article is on the current engine (--force redoes them)\n');
      });
    });
}
