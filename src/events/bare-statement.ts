// "…, officials said.": a sentence whose only triggers are plain statements (CAMEO 010) outside the lead
// yields no event (refine-events.ts drops a bare "said"; coders code it as no event), so find-events skips
// its actors, dates, quotes and drafts. A pure shortcut: it answers true only where the full path ends empty.
import type { Lexicon } from './patterns/load-patterns.js';
import type { Trigger } from './find-triggers.js';
import type { DocWords } from './doc-words.js';
import { SPEECH_ACT } from './word-cues.js';

/**
 * Are all triggers plain statements that cannot become an event? Not when a trigger is a speech act
 * ("speaks", "addressed": news in itself), nor a noun that a threat frame recodes (an irrealis noun:
 * "threat of sanctions" → 130). The triggers' word indexes count from the document word `first` of `w`.
 * @example bareStatements(lx, [said], text, w, 0) // "…, officials said." → true
 */
export function bareStatements(lx: Lexicon, triggers: readonly Trigger[], text: string, w: DocWords, first: number): boolean {
  // a draft's CAMEO code is kept only when the table knows it; unknown, refine-events would keep the draft
  if (!lx.cameo.has('010')) return false;
  const acts = lx.cues.get('speech-act');
  for (const t of triggers) {
    if (t.code !== '010' || t.noun?.flags.includes('irrealis')) return false;
    // a one-word trigger's cue bits answer for it (the speech-act words are plain letters, which the word's
    // folding leaves as toLowerCase does); a longer span is looked up as text, as refine-events reads it
    const act = t.first === t.last ? (w.cues[first + t.first] & SPEECH_ACT) !== 0 : !!acts?.has(text.slice(w.start[first + t.first], w.end[first + t.last]).toLowerCase());
    if (act) return false;
  }
  return true;
}
