// The cue lists (data/cues.txt) the per-trigger rules read, fetched from the lexicon once: a rule then
// reads a property instead of a Map look-up by name, which ran ten and more times for every trigger.
// A list the data leaves out reads as empty.
import type { Lexicon } from './patterns/load-patterns.js';

const NONE: ReadonlySet<string> = new Set();

/** The event nouns whose entry carries `flag`, as one set (a noun entry's flags are read by a Set look-up). */
function nounsFlagged(lx: Lexicon, flag: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const [word, noun] of lx.nouns) if (noun.flags.includes(flag)) out.add(word);
  return out;
}

function build(lx: Lexicon) {
  const get = (name: string): ReadonlySet<string> => lx.cues.get(name) ?? NONE;
  return {
    amountNext: get('amount-next'),
    anotherAct: get('another-act'),
    blameVerb: get('blame-verb'),
    causeFightVerb: get('cause-fight-verb'),
    clauseOpen: get('clause-open'),
    complicit: get('complicit'),
    conjunction: get('conjunction'),
    contestVerb: get('contest-verb'),
    copeVerb: get('cope-verb'),
    crowdNoun: get('crowd-noun'),
    crowdVerb: get('crowd-verb'),
    dangerKind: get('danger-kind'),
    dangerOf: get('danger-of'),
    deontic: get('deontic'),
    emotiveTo: get('emotive-to'),
    denial: get('denial'),
    doneeWord: get('donee-word'),
    feelingVerb: get('feeling-verb'),
    figurativeWeapon: get('figurative-weapon'),
    fireVerb: get('fire-verb'),
    followerNoun: get('follower-noun'),
    finiteBe: get('finite-be'),
    linkVerb: get('link-verb'),
    locative: get('locative'),
    madeThreat: get('made-threat'),
    modalThreat: get('modal-threat'),
    naturalCause: get('natural-cause'),
    negation: get('negation'),
    offensiveNounBefore: get('offensive-noun-before'),
    obstructVerb: get('obstruct-verb'),
    passiveBe: get('passive-be'),
    policyObject: get('policy-object'),
    pollFigure: get('poll-figure'),
    pollGroup: get('poll-group'),
    pollShare: get('poll-share'),
    possessor: get('possessor'),
    preposition: get('preposition'),
    pronounPerson: get('pronoun-person'),
    pronounPlural: get('pronoun-plural'),
    pronounThing: get('pronoun-thing'),
    pronounFirst: get('pronoun-first'),
    obligationTo: get('obligation-to'),
    possibilityModal: get('possibility-modal'),
    purposeHead: get('purpose-head'),
    setbackVerb: get('setback-verb'),
    spokenOffer: get('spoken-offer'),
    questionOpener: get('question-opener'),
    protestAgent: get('protest-agent'),
    protestCrowd: get('protest-crowd'),
    protestPurpose: get('protest-purpose'),
    raceWord: get('race-word'),
    /** nouns flagged `reactive` in the noun patterns ("retaliation"), not a cue list */
    reactiveNoun: nounsFlagged(lx, 'reactive'),
    reactionVerb: get('reaction-verb'),
    refusal: get('refusal'),
    repressedObject: get('repressed-object'),
    requestLike: get('request-like'),
    sayForm: get('say-form'),
    shotNounBefore: get('shot-noun-before'),
    speechAct: get('speech-act'),
    stateVerb: get('state-verb'),
    speechNoun: get('speech-noun'),
    struckPassive: get('struck-passive'),
    subjectPronoun: get('subject-pronoun'),
    subordinator: get('subordinator'),
    threatFrame: get('threat-frame'),
    threatObject: get('threat-object'),
    topicOnlyVerb: get('topic-only-verb'),
    topicVerb: get('topic-verb'),
    undergoVerb: get('undergo-verb'),
    verbalAttack: get('verbal-attack'),
    verbalAttackKind: get('verbal-attack-kind'),
    violentContext: get('violent-context'),
    warnVerb: get('warn-verb'),
  } as const;
}

export type CueLists = Readonly<ReturnType<typeof build>>;

const made = new WeakMap<Lexicon, CueLists>();
// the lexicon is one object for a whole run: the last one asked is answered without the WeakMap
let lastLexicon: Lexicon | null = null, lastLists: CueLists | null = null;

/**
 * The lexicon's cue lists by name, made once per lexicon.
 * @example cueLists(lx).denial.has('denied') // true
 */
export function cueLists(lx: Lexicon): CueLists {
  if (lx === lastLexicon) return lastLists!;
  let c = made.get(lx);
  if (!c) made.set(lx, (c = build(lx)));
  lastLexicon = lx;
  lastLists = c;
  return c;
}

/**
 * The two-digit CAMEO root of a code as a number ("190" → 19, "02" → 2), NaN when the code does not open
 * with two digits: a test of the root without a regex.
 * @example codeRoot('1712') // 17
 */
export function codeRoot(code: string): number {
  const a = code.charCodeAt(0) - 48, b = code.charCodeAt(1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}
