// A town named before a noun of violence is where it struck, not who struck (place-modifier.ts): made-up sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

/** Violence events of a body sentence as "trigger: actors -> recipients". */
function violence(body: string): string[] {
  const text = `World news roundup\n\n${body}`;
  return analyze({ text }).events.filter((e) => /^(18|19|20)/.test(e.cameo.root))
    .map((e) => `${text.slice(e.trigger.start, e.trigger.end)}: ${e.actors.map((a) => a.name).join('+')} -> ${e.recipients.map((a) => a.name).join('+')}`);
}

describe('a town before a noun of violence is its target', () => {
  it.each([
    ['a noun: "after the Paris attacks"', 'Senator Maria Lopez spoke after the Paris attacks.', 'attacks:  -> Paris'],
    ['an -ing form after "the": "the Munich mall shooting"', 'Police said the Munich mall shooting left nine people dead.', 'shooting:  -> Munich+nine people'],
    ['an -s form after "The": "The Paris attacks killed"', 'The Paris attacks killed 130 people.', 'attacks:  -> Paris+130 people'],
  ])('%s', (_why, text, want) => expect(violence(text)).toContain(want));
  it.each([
    ['a country acts: "Russia\'s attack"', "Russia's attack on the convoy near Aleppo killed 20 aid workers.", 'attack: Russia -> '],
    ['a town as a verb\'s subject acts: "Paris attacks Berlin"', 'Paris attacks Berlin over its budget.', 'attacks: Paris -> Berlin'],
  ])('%s', (_why, text, want) => expect(violence(text)).toContain(want));
});
