// The writer's words that open a sentence before a quote attributed after it: 'Petraeus "was handled
// so lightly," said a former official.' The subject (or the whole opening clause) is part of what the
// speaker is reported to have said, so the report starts at the sentence start. Needs the paired marks.
import { K, ch } from './scan-tokens.js';
import { mayStartCue, cueAt } from './find-cue.js';
import type { QuoteContext } from './found.js';

/**
 * The first word of the lead-in to the quote opening at token `open` in the sentence starting at
 * `first`, or -1 when the quote opens the sentence or the words before it are another report's
 * ('He said, "..."', 'Asked about it: "..."', a cue, another quote).
 * @example 'Voters "think he is right," he said.' → the token of "Voters"
 */
export function leadIn(ctx: QuoteContext, first: number, open: number): number {
  const { toks } = ctx;
  let lead = -1;
  for (let k = first; k < open; k++) {
    const kind = toks.kind[k];
    if (kind !== K.Word) {
      if (kind !== K.Punct) return -1;
      const c = ch(toks, k);
      if (c === ':' || c === ';' || c === '(' || c === '[') return -1;
      continue;
    }
    if (ctx.inside[k] >= 0) return -1;
    if (mayStartCue(toks, k) && cueAt(toks, k, first)) return -1;
    if (lead < 0) lead = k;
  }
  // 'Then, "..." he said' / 'So "..."': a lone connective is no lead-in
  return lead < 0 || (open - lead <= 2 && toks.kind[open - 1] === K.Punct) ? -1 : lead;
}
