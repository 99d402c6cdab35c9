// Hostile inputs for `npm run bench`: run-on text with no full stop, thousands of cues in one sentence,
// unbalanced quote marks, capitalised runs, abbreviations, one-line paragraphs that open quotes. Each is
// analysed at n and 2n words; a time ratio near 2 is linear, near 4 quadratic.
import { analyze } from '../analyze/analyze.js';

const WORDS = ['the', 'minister', 'said', 'that', 'Russia', 'would', 'attack', 'Smith'];

/** Text generators: each makes an input of about `n` words. */
export const HOSTILE: Readonly<Record<string, (n: number) => string>> = {
  'no full stop': (n) => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' '),
  'one cue after another': (n) => `${Array.from({ length: n >> 1 }, () => 'said that').join(' ')}.`,
  'odd quote marks': (n) => Array.from({ length: n >> 1 }, (_, i) => (i % 2 ? '"' : 'he said ')).join(''),
  'capitalised run': (n) => Array.from({ length: n }, (_, i) => ['Alpha', 'Beta', 'Gamma', 'Delta'][i % 4]).join(' '),
  'abbreviations': (n) => Array.from({ length: n / 5 }, () => 'Mr. Mrs. Dr. U.S. N.Y.').join(' '),
  'colon quotes': (n) => Array.from({ length: n / 2 }, () => 'Smith: "Yes,"').join(' '),
  'open quote paragraphs': (n) => Array.from({ length: n / 2 }, (_, i) => `"Quote ${i}`).join('\n\n'),
  'stray marks and emoji': (n) => '"a '.repeat(n) + '\r\n“😀 ‘x’ ” said he.'.repeat(n / 40),
};

function ms(text: string): number {
  const t0 = process.cpuUsage();
  analyze({ text });
  const c = process.cpuUsage(t0);
  return (c.user + c.system) / 1000;
}

/** One line per input: size, CPU ms at n and 2n words, and their ratio. */
export function benchHostile(n = 20_000): string[] {
  const lines = [`\nhostile inputs (CPU ms at ${n} and ${2 * n} words; ratio ~2 is linear, ~4 quadratic)`];
  for (const [name, make] of Object.entries(HOSTILE)) {
    const a = make(n), b = make(2 * n);
    ms(a); ms(b); // warm-up: the first call of a shape compiles
    const ta = Math.min(ms(a), ms(a), ms(a)), tb = Math.min(ms(b), ms(b), ms(b));
    lines.push(`${name.padEnd(24)} ${String(a.length).padStart(8)} chars ${ta.toFixed(0).padStart(6)} ms   ${String(b.length).padStart(8)} chars ${tb.toFixed(0).padStart(6)} ms   ratio ${(tb / ta).toFixed(2)}`);
  }
  return lines;
}
