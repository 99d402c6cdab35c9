// A generator of varied news-like articles for benchmarks when ../shared is absent: composed sentence
// templates filled from small word lists with a seeded PRNG, so every run makes the same corpus.

const PEOPLE = ['Anna Keller', 'Mr Ruiz', 'Sir John Hale', 'Dr Mei Chen', 'President Okafor', 'Senator Lisa Grant', 'General Ivan Petrov', 'Foreign Minister Ali Karimi'];
const PLACES = ['Moscow', 'Washington', 'Paris', 'Berlin', 'Nairobi', 'Lima', 'Seoul', 'Cairo', 'Kyiv', 'Ankara'];
const GROUPS = ['the United Nations', 'Nato', 'the European Union', 'the Kremlin', 'the White House', 'rebel forces', 'US officials', 'the central bank'];
const TOPICS = ['sanctions', 'the ceasefire', 'the trade deal', 'the election', 'the budget', 'the strikes', 'the investigation', 'the summit'];
const CUES = ['said', 'told reporters', 'added', 'warned', 'insisted', 'claimed'];
const TEMPLATES = [
  (r: Pick) => `${r(PEOPLE)} ${r(CUES)} that ${r(GROUPS)} would discuss ${r(TOPICS)} in ${r(PLACES)} on Wednesday.`,
  (r: Pick) => `"We will not accept ${r(TOPICS)} imposed from outside," ${r(PEOPLE)} ${r(CUES)}.`,
  (r: Pick) => `${r(GROUPS)} accused ${r(GROUPS)} of blocking ${r(TOPICS)}, according to ${r(PEOPLE)}.`,
  (r: Pick) => `Talks between ${r(PEOPLE)} and ${r(PEOPLE)} in ${r(PLACES)} ended without agreement on ${r(TOPICS)} last week.`,
  (r: Pick) => `${r(PEOPLE)} called on ${r(GROUPS)} to end its support for ${r(GROUPS)}.`,
  (r: Pick) => `The attack on ${r(PLACES)} left at least ${10 + Math.floor(r.n() * 90)} people dead, officials said.`,
  (r: Pick) => `"It is clear to all of us that ${r(TOPICS)} must change. We have seen it all before."`,
];

type Pick = (<T>(list: readonly T[]) => T) & { n: () => number };

/** Make `count` articles of about `bytes` characters each, deterministic for a seed. */
export function generateArticles(count: number, bytes = 3000, seed = 1): { id: string; text: string }[] {
  let s = seed >>> 0 || 1;
  const n = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const pick = (<T>(list: readonly T[]): T => list[Math.floor(n() * list.length)]) as Pick;
  pick.n = n;
  const out: { id: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const parts = [`${pick(PEOPLE)} Warns ${pick(GROUPS)} Over ${pick(TOPICS)}`];
    let size = parts[0].length;
    while (size < bytes) {
      const para = [pick(TEMPLATES)(pick), pick(TEMPLATES)(pick)].join(' ');
      parts.push(para);
      size += para.length + 2;
    }
    out.push({ id: `gen-${seed}-${i}`, text: parts.join('\n\n') });
  }
  return out;
}
