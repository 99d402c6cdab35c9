// Ingest and reanalysis progress: a redrawn bar on a terminal (done, rate, ETA), else a quiet line every few
// seconds, so logs and CI stay readable.
export type Counts = { done: number; new: number; revision: number; unchanged: number; errors: number };

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const clock = (s: number) => (Number.isFinite(s) && s >= 0 ? `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}` : '–');

/** What a run calls itself and its counts: ingest's by default; `parley reanalyze` (reanalyze.ts) has its own. */
export type ProgressWords = { verb: string; past: string; bar: (c: Counts) => string; line: (c: Counts) => string; summary: (c: Counts) => string };

export const INGEST_WORDS: ProgressWords = {
  verb: 'ingest',
  past: 'ingested',
  bar: (c) => `new ${fmt(c.new)} rev ${fmt(c.revision)} same ${fmt(c.unchanged)} err ${fmt(c.errors)}`,
  line: (c) => `new ${c.new}, revisions ${c.revision}, unchanged ${c.unchanged}, errors ${c.errors}`,
  summary: (c) => `${c.new} new, ${c.revision} revisions, ${c.unchanged} unchanged, ${c.errors} errors`,
};

export function progressReporter(out: NodeJS.WriteStream, opts: { quiet?: boolean; total?: () => number | undefined; words?: ProgressWords } = {}) {
  const words = opts.words ?? INGEST_WORDS;
  const tty = !!out.isTTY && !opts.quiet;
  const started = Date.now();
  let lastLine = 0;
  const line = (c: Counts) => {
    const secs = (Date.now() - started) / 1000;
    const rate = c.done / Math.max(secs, 0.001);
    const total = opts.total?.();
    const eta = total ? (total - c.done) / Math.max(rate, 0.001) : NaN;
    return { secs, rate, total, eta };
  };
  return {
    update(c: Counts) {
      if (opts.quiet) return;
      const { rate, total, eta } = line(c);
      if (tty) {
        const width = 24;
        const frac = total ? Math.min(1, c.done / total) : 0;
        const bar = total ? '█'.repeat(Math.round(frac * width)).padEnd(width, '░') : '';
        out.write(`\r\x1b[2K${bar} ${fmt(c.done)}${total ? `/${fmt(total)}` : ''} articles  ${fmt(rate)}/s  ETA ${clock(eta)}  ${words.bar(c)}`);
      } else if (Date.now() - lastLine > 3000) {
        lastLine = Date.now();
        out.write(`${words.verb}: ${c.done} done${total ? ` of ${total}` : ''}, ${fmt(rate)}/s, ${words.line(c)}\n`);
      }
    },
    finish(c: Counts): string {
      const { secs, rate } = line(c);
      if (tty) out.write('\r\x1b[2K');
      return `${words.past} ${c.done} ${c.done === 1 ? 'article' : 'articles'} in ${secs.toFixed(1)} s (${fmt(rate)}/s): ${words.summary(c)}`;
    },
  };
}
