// "…, officials said.": a sentence whose only triggers are plain statements (CAMEO 010) outside the lead
// yields no event (refine-events.ts drops a bare "said"; coders code it as no event), so find-events skips
// its actors, dates, quotes and drafts. A pure shortcut: it answers true only where the full path ends empty.
import type { Lexicon } from './patterns/load-patterns.js';
import type { Trigger } from './find-triggers.js';

/**
 * Are all triggers plain statements that cannot become an event? Not when a trigger is a speech act
 * ("speaks", "addressed": news in itself), nor a noun that a threat frame recodes (an irrealis noun:
 * "threat of sanctions" → 130); `spanText(t)` is the trigger's text as refine-events' speech-act test reads it.
 * @example bareStatements(lx, [said], spanText) // "…, officials said." → true
 */
export function bareStatements(lx: Lexicon, triggers: readonly Trigger[], spanText: (t: Trigger) => string): boolean {
  // a draft's CAMEO code is kept only when the table knows it; unknown, refine-events would keep the draft
  if (!lx.cameo.has('010')) return false;
  const acts = lx.cues.get('speech-act');
  for (const t of triggers) {
    if (t.code !== '010' || t.noun?.flags.includes('irrealis')) return false;
    if (acts?.has(spanText(t).toLowerCase())) return false;
  }
  return true;
}
