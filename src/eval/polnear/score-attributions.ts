// Scores predicted quotes against PolNeAR attributions: content spans (exact and token overlap), cue
// overlap and source-mention overlap, for all attributions and for the speech-only subset.
// Matching: each gold attribution pairs with at most one prediction, greedily by shared content words.
import type { Quote, Span } from '../../doc/types.js';
import { score, softScore, type Score } from '../score.js';
import type { GoldAttribution } from './read-brat.js';
import { tokensIn, wordTokens } from './word-tokens.js';
import { CUE_FORMS, DETERMINER, PERSON_ROLE, honorificOf } from '../../quotes/lexicon.js';

/** Running counts for one subset. */
export type Tally = { gold: number; pred: number; exact: number; overlap: number; goldTokens: number; predTokens: number; cue: number; sourceGold: number; sourceRight: number; matched: number; matchedWithSource: number;
  /** matched attributions whose gold source ends in a name; of those, the resolved speaker names it / names no one */
  named: number; namedRight: number; namedUnknown: number };

export const newTally = (): Tally => ({ gold: 0, pred: 0, exact: 0, overlap: 0, goldTokens: 0, predTokens: 0, cue: 0, sourceGold: 0, sourceRight: 0, matched: 0, matchedWithSource: 0, named: 0, namedRight: 0, namedUnknown: 0 });

/** Speech cues: a communication verb from src/quotes/data/cue-verbs.ts, ":" or "according to". */
export function isSpeechCue(cueText: string): boolean {
  const t = cueText.trim().toLowerCase();
  if (t === ':' || t.startsWith('according')) return true;
  return t.split(/[^a-z]+/).some((w) => CUE_FORMS.has(w) || w === 'called' || w === 'calls' || w === 'calling');
}

const overlaps = (a: readonly Span[], b: Span): boolean => a.some((s) => s.start < b.end && b.start < s.end);

/** A generational suffix ends a name but is not its surname: "Jr." in "John G. Roberts Jr.", "III". */
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/** The words of a name, without a generational suffix at the end. */
const nameWords = (t: string): string[] => {
  const words = t.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
  return words.length > 1 && SUFFIX.test(words.at(-1)!) ? words.slice(0, -1) : words;
};

/** The last word of a text, without a possessive: "Earnest" in "the White House spokesman, Josh Earnest". */
const lastWord = (t: string): string => (nameWords(t).at(-1) ?? '').replace(/['’]s$/u, '');

/**
 * The name a gold source gives, read from its head (the text before its first comma, bracket, "who", "of",
 * "from", "at", "in" or "and"): "Manafort" in "Mr. Trump's campaign chairman, Paul Manafort", "Merkley" in "Sen.
 * Jeff Merkley of Oregon, the only senator ...", "Hermann" in "Roy Hermann, 65, who ...". Null for a pronoun
 * or a description ("he", "the F.B.I. director"): only then has a resolved speaker a name to match.
 */
/**
 * Does a resolved speaker name agree with the name a gold source gives? Its last word (before a "Jr." or
 * "III") is that name ("Paul Manafort" / "Manafort"), or its first ("Lou Jiwei" / "Mr. Lou": family name first), or its initials
 * ("Associated Press" / "AP"), or a word of it in the plural ("Republican Party" / "Republicans").
 */
export function namesAgree(system: string, gold: string): boolean {
  const words = nameWords(system);
  if (!words.length) return false;
  // a curly and a straight apostrophe are one letter ("O’Neill" / "O'Neill")
  const g = gold.toLowerCase().replace(/\./g, '').replace(/’/g, "'");
  const low = words.map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/’/g, "'"));
  if (low.at(-1) === g || (words.length > 1 && low[0] === g)) return true;
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toLowerCase()).join('');
  return (initials.length > 1 && initials === g) || low.some((w) => w + 's' === g);
}

export function goldName(text: string, source: readonly Span[]): string | null {
  const first = source.reduce((a, b) => (b.start < a.start ? b : a));
  const parts = text.slice(first.start, first.end).split(/,|\(|\s(?:who|of|from|at|in|and)\s/);
  let head = parts[0];
  // "Former Secretary of State Madeleine Albright": a title's "of" does not end the head; the name follows it
  // ("Minister of Finance" alone names no one)
  for (let i = 1; i < parts.length && endsInTitle(head); i++) head = /\S\s+\S/.test(parts[i] ?? '') ? parts[i] : '';
  const word = lastWord(head);
  return /^\p{Lu}/u.test(word) && !/^(I|He|She|They|We|It|You)$/.test(word) && !endsInTitle(head) && !DETERMINER.has(word.toLowerCase()) ? word : null;
}

const isTitleWord = (w: string): boolean => honorificOf(w.toLowerCase()) !== undefined || PERSON_ROLE.has(w.toLowerCase());

/** Does a head end in a title or role word ("Former Secretary", "a Republican"), not a name ("Peter King", "Mr. Singer")? */
function endsInTitle(head: string): boolean {
  const words = head.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
  const last = words.at(-1)?.replace(/['’]s$/u, '') ?? '';
  if (!/^\p{Lu}/u.test(last) || !isTitleWord(last)) return false;
  // a lone word ("King", "State") may be a name the text gave in full before; after "Mr." it is one
  if (words.length < 2) return false;
  const before = words.at(-2)!;
  return !/^\p{Lu}/u.test(before) || (isTitleWord(before) && !/^(Mr|Mrs|Ms|Miss|Dr)\.?$/.test(before));
}

/** Add one text's predictions and gold to the tallies (all, speech-only). */
export function scoreText(text: string, gold: readonly GoldAttribution[], quotes: readonly Quote[], all: Tally, speech: Tally): void {
  const words = wordTokens(text);
  const preds = groupByCue(quotes);
  const pt = preds.map((q) => tokensIn(text, words, q.spans, true));
  const gt = gold.map((g) => tokensIn(text, words, g.content, true));
  const pairs: [number, number, number][] = [];
  gt.forEach((g, gi) => pt.forEach((p, pi) => { let n = 0; for (const x of p) if (g.has(x)) n++; if (n) pairs.push([n, gi, pi]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gMatch = new Int32Array(gold.length).fill(-1), pMatch = new Int32Array(preds.length).fill(-1);
  const shared = new Int32Array(gold.length);
  for (const [n, gi, pi] of pairs) if (gMatch[gi] < 0 && pMatch[pi] < 0) { gMatch[gi] = pi; pMatch[pi] = gi; shared[gi] = n; }
  const speechGold = gold.map((g) => isSpeechCue(g.cueText));
  gold.forEach((g, gi) => {
    for (const t of speechGold[gi] ? [all, speech] : [all]) {
      t.gold++; t.goldTokens += gt[gi].size;
      if (g.source.length) t.sourceGold++;
      const pi = gMatch[gi];
      if (pi < 0) continue;
      const q = preds[pi];
      t.matched++; t.overlap += shared[gi];
      if (shared[gi] === gt[gi].size && shared[gi] === pt[pi].size) t.exact++;
      if (q.cue && overlaps(g.cue, q.cue)) t.cue++;
      if (g.source.length) {
        t.matchedWithSource++;
        if (q.speaker?.start !== undefined && overlaps(g.source, { start: q.speaker.start, end: q.speaker.end ?? q.speaker.start })) t.sourceRight++;
        const name = goldName(text, g.source);
        if (name) {
          t.named++;
          if (!q.speaker?.name) t.namedUnknown++;
          else if (namesAgree(q.speaker.name, name)) t.namedRight++;
        }
      }
    }
  });
  preds.forEach((_, pi) => {
    const gi = pMatch[pi];
    for (const t of gi >= 0 && !speechGold[gi] ? [all] : [all, speech]) { t.pred++; t.predTokens += pt[pi].size; }
  });
}

type PredAttribution = { spans: Span[]; cue?: Span; speaker: Quote['speaker'] };

// Quotes that share one cue ('"A," she said, "B."') are one attribution with several content
// fragments, as PolNeAR annotates them; nested quotes are left out.
export function groupByCue(quotes: readonly Quote[]): PredAttribution[] {
  const out: PredAttribution[] = [];
  const byCue = new Map<string, PredAttribution>();
  for (const q of quotes) {
    if (q.parent !== undefined) continue;
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : '';
    const known = key ? byCue.get(key) : undefined;
    if (known) {
      known.spans.push({ start: q.start, end: q.end });
      if (known.speaker?.start === undefined && q.speaker?.start !== undefined) known.speaker = q.speaker;
      continue;
    }
    const p: PredAttribution = { spans: [{ start: q.start, end: q.end }], cue: q.cue, speaker: q.speaker };
    out.push(p);
    if (key) byCue.set(key, p);
  }
  return out;
}

/** Score rows for one tally. */
export function tallyRows(label: string, t: Tally): Score[] {
  return [
    score(`${label} content exact`, t.exact, t.pred - t.exact, t.gold - t.exact),
    softScore(`${label} content token F1`, t.overlap, t.predTokens, t.overlap, t.goldTokens),
    score(`${label} cue overlap`, t.cue, t.pred - t.cue, t.gold - t.cue),
    score(`${label} source overlap`, t.sourceRight, t.pred - t.sourceRight, t.sourceGold - t.sourceRight),
    score(`${label} source acc|matched`, t.sourceRight, t.matchedWithSource - t.sourceRight, 0, 'P = accuracy on matched with a gold source'),
    score(`${label} speaker name|named`, t.namedRight, t.named - t.namedRight - t.namedUnknown, t.namedUnknown, 'matched, gold source names someone: P = right names / names given, fn = no name'),
  ];
}
