// Senses of a trigger word that report no event, read from the words around it: "coming to an end",
// "demonstrating what …", "before Congress convenes", "was flown to Los Angeles", "under threat".
import type { Lexicon } from './patterns/load-patterns.js';
import type { SentenceWords } from './sentence-words.js';
import type { Trigger } from './find-triggers.js';
import { AUXILIARY, DETERMINER, ENDS_ED, ENDS_ING, ENDS_LY, ENDS_S, NOUN_BEFORE_BIT, PREPOSITION, SUBJECT_PRONOUN } from './word-cues.js';
import { beBefore } from './verb-position.js';
import { releasesNoPerson } from './release-of-person.js';
import { dangerThreat } from './danger-threat.js';
import { codeRoot, cueLists } from './cue-lists.js';
import { figurativeWeapon } from './figurative-weapon.js';
import { naturalCause } from './natural-cause.js';
import { pollResult } from './poll-result.js';
import { stateParticiple } from './state-participle.js';

// "demonstrated against the war" / "demonstrated outside the embassy" protest; "demonstrating what
// they said were weapons", "demonstrated its resolve" show something
const PROTEST_NEXT = new Set(['against', 'in', 'outside', 'at', 'for', 'near', 'on', 'over', 'across', 'through', 'around', 'along', 'and', ',', '.', ';', 'peacefully', 'again', 'yesterday', 'today']);
const ENDING = new Set(['end', 'close', 'halt', 'standstill']);

/** Is there a name within three words from k, past a preposition and a determiner ("in Trump", "by the Kremlin's")? */
function nameAfter(w: SentenceWords, k: number): boolean {
  for (let j = k; j < w.lower.length && j < k + 3; j++) if (w.cap[j]) return true;
  return false;
}

/** Does the clause at k open with a subject pronoun or a name ("it would", "the Kremlin will")? */
function clauseOpensWithActor(lx: Lexicon, w: SentenceWords, k: number): boolean {
  // "that he'd be making an issue of", "that we'll respond"
  const x = w.lower[k] ?? '', cut = x.indexOf("'");
  if (cueLists(lx).subjectPronoun.has(cut > 0 ? x.slice(0, cut) : x)) return true;
  if (w.cues[k] & DETERMINER) k++;
  return !!w.cap[k];
}

/**
 * "killed the bill", "torpedoed a bipartisan deal", "killed it": is the object at k a thing done with
 * politics (a bill, a plan, a deal: `policy-object`) or a bare "it"? Past a determiner and two modifiers.
 */
function thingObject(lx: Lexicon, w: SentenceWords, k: number): 'it' | 'policy' | null {
  if (w.lower[k] === 'it') return 'it';
  if (w.cues[k] & DETERMINER || w.lower[k] === "'s") k++;
  const policy = cueLists(lx).policyObject;
  for (let j = k; j < w.lower.length && j <= k + 2; j++) {
    if (policy.has(w.lower[j])) return 'policy';
    if (!w.isWord[j] || w.cap[j]) return null;
  }
  return null;
}

const FINITE_NEXT = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can']);
const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** "warned that", "warned MPs that", "warned the public that": the index of "that" after at most three words of the one warned, or -1. */
function warnedThat(w: SentenceWords, k: number): number {
  for (let j = k; j < w.lower.length && j <= k + 3; j++) {
    if (w.lower[j] === 'that') return j;
    // "cautioned against viewing that as": a preposition opens no one warned
    if (!w.isWord[j] || w.cues[j] & PREPOSITION) return -1;
  }
  return -1;
}

const TO_COME = new Set(['will', 'would', 'could', 'might', 'may', 'shall', 'going', "'ll", "'d"]);

/** Does a modal or "going (to)" stand in the five words from k, the clause after "warned that" ("it would retaliate", "they'll")? */
function actToCome(w: SentenceWords, k: number): boolean {
  for (let j = k; j < w.lower.length && j <= k + 5; j++) {
    const x = w.lower[j] ?? '', cut = x.indexOf("'");
    if (TO_COME.has(x) || (cut > 0 && TO_COME.has(x.slice(cut)))) return true;
    if (!w.isWord[j]) return false;
  }
  return false;
}

/** "of consequences", "of a swift response": a `threat-object` within three words from k. */
function warnedOfResponse(lx: Lexicon, w: SentenceWords, k: number): boolean {
  const objects = cueLists(lx).threatObject;
  for (let j = k; j < w.lower.length && j <= k + 3; j++) {
    if (objects.has(w.lower[j])) return true;
    if (!w.isWord[j]) return false;
  }
  return false;
}

/** Senses of a trigger word that report no event: "coming to an end", "demonstrating what …". */
export function notAnEvent(lx: Lexicon, w: SentenceWords, t: Trigger): boolean {
  const next = w.lower[t.last + 1];
  const cues = cueLists(lx), root = codeRoot(t.code);
  // "was flown to Los Angeles", "were rushed to hospital": a verb of travel in the passive moves its
  // subject somewhere; no one visits or meets anyone (CAMEO 036, 042). Not "are rushing to build".
  // ("was later flown to": the same form of "be" the voice rules read, find-actors.ts)
  if (next === 'to' && (t.code === '036' || t.code === '042') && !(w.cues[t.first] & ENDS_ING) && beBefore(w, t.first, cues.passiveBe, cues.negation)) return true;
  // "released 30 years of tax returns", "a poll released Sunday": CAMEO 084 releases persons, not documents
  if (t.lemma === 'release' && !t.nominal && releasesNoPerson(lx, w, t)) return true;
  // "conventions are under threat from the far right", "live under the threat of violence": a
  // condition, not a threat anyone made
  if (t.nominal && t.code.startsWith('13') && (w.lower[t.first - 1] === 'under' || (w.lower[t.first - 1] === 'the' && w.lower[t.first - 2] === 'under'))) return true;
  // "posed a deadly threat", "face the threat of terrorism": a danger, no threat anyone made (danger-threat.ts)
  if (t.nominal && t.code.startsWith('13') && dangerThreat(lx, w, t)) return true;
  // "faces 19 murder charges", "the allegations he faces": charges one stands under are a standing, no
  // accusation made (the same "pose"/"face" reading), unless who brings them is named ("faces charges
  // brought by federal prosecutors", "charges from the state": find-actors.ts reads the one facing them as
  // their recipient)
  if (t.nominal && t.code.startsWith('112') && dangerThreat(lx, w, t) && !accuserAfter(w, t.last + 1)) return true;
  // "Speaking in Manila, he said", "Writing on X, she accused": a fronted participle of speech frames the
  // main clause, whose verb is the statement
  if (t.first === 0 && !t.nominal && t.code.startsWith('01') && !!(w.cues[0] & ENDS_ING) && w.lower.indexOf(',') > 0) return true;
  // "Lankford said he was disappointed", "is deeply concerned": a feeling, no disapproval of anyone, unless
  // a name follows ("disappointed in Trump", "dismayed by Russia's decision")
  if (!t.nominal && root === 11 && cues.feelingVerb.has(t.lemma) && beBefore(w, t.first, cues.passiveBe, cues.negation) && !nameAfter(w, t.last + 1)) return true;
  // "warned that hospitals face the toughest winter": warning of a danger is no threat; the warner
  // threatens its own act ("warned that it would retaliate", "that we will respond") or a named party
  // ("warned that Russia would pay a heavy price")
  // ("has warned MPs that the government faces difficult choices": past the one warned, too)
  if (!t.nominal && t.code === '130' && cues.warnVerb.has(w.lower[t.first])) {
    const that = warnedThat(w, t.last + 1);
    if (that > 0 && !clauseOpensWithActor(lx, w, that + 1)) return true;
    // "warned that Clinton opposes the Second Amendment", "has been warning that it is running out of cash": a
    // fact told, no act to come; a threat names one ("that it would retaliate", "that he'd be making an issue")
    if (that > 0 && !actToCome(w, that + 1)) return true;
    // "warned against the fevered dreams of a brokered convention", "the sort of change the party warned about":
    // advice or a danger, no one's threat ("warned China against provocative behavior" names the one warned)
    if (next === 'about' || next === 'against') return true;
    // "warns of hard choices", "warned of a difficult winter": a danger, unless the warner's own response
    // is named ("warned of consequences"; "of sanctions", "of retaliation" have codes of their own)
    if (next === 'of' && !warnedOfResponse(lx, w, t.last + 2)) return true;
  }
  // "they killed it", "Republicans killed the bill", "torpedoed the deal": force against a thing done with
  // politics is no assault; nor is "asked for it", "negotiated it" a request, a meeting or a concession with anyone
  if (!t.nominal && root >= 18 && root <= 20 && thingObject(lx, w, t.last + 1) && !cues.verbalAttack.has(t.lemma)) return true;
  if (!t.nominal && (root === 2 || root === 4 || root === 8) && next === 'it' && !w.isWord[t.last + 2]) return true;
  // "was met with applause", "were met with skepticism": a reception, no meeting (CAMEO 040); "was met by
  // the foreign minister" still meets
  if (t.lemma === 'meet_with' && w.lower[t.first] === 'met' && beBefore(w, t.first, cues.passiveBe, cues.negation)) return true;
  // "a real shot at succeeding", "a clear shot", "a live shot", "a shot at winning": the noun, a chance or a picture
  if (t.lemma === 'shoot' && t.first === t.last && w.lower[t.first] === 'shot' && (cues.shotNounBefore.has(w.lower[t.first - 1] ?? '') || (next === 'at' && !!(w.cues[t.first + 2] & ENDS_ING)))) return true;
  // "called the remarks offensive", "deeply offensive to veterans", "an offensive tweet": the adjective
  if (t.nominal && t.lemma === 'offensive' && offensiveAdjective(lx, w, t.first)) return true;
  // "an earthquake struck northern Japan", "were killed in a car crash": harm with no actor (natural-cause.ts)
  if (naturalCause(lx, w, t)) return true;
  // "we were distressed", "sounding relaxed", "is struggling with stagnant wages": a feeling or a state (state-participle.ts)
  if (stateParticiple(lx, w, t)) return true;
  // "28 percent of caucusgoers supported Trump", "47% say": a poll's finding, no act (poll-result.ts)
  if (pollResult(lx, w, t)) return true;
  // "fired a 5-word missile at the opposition leader", "launched a verbal missile": words, no weapon (figurative-weapon.ts)
  if (figurativeWeapon(lx, w, t)) return true;
  // "told the BBC that taxes were likely to rise": an -s form before a finite verb is a plural noun, the
  // subject, not a verb ("the state that taxes imports" is one)
  if (!t.nominal && t.first === t.last && w.lower[t.first] !== t.lemma && !!(w.cues[t.first] & ENDS_S) && FINITE_NEXT.has(next ?? '') && !w.cap[t.last + 1] && !PERSONAL.has(w.lower[t.first - 1] ?? '') && !w.cap[t.first - 1]) return true;
  // "Clinton is assured of winning 120 delegates", "were forced to pay smugglers": certain of an outcome, or
  // made to act by circumstances; no promise to anyone (CAMEO 03) and no one named coercing (17 needs a
  // coercer: "forced by the army to flee" still codes)
  if (!t.nominal && (t.lemma === 'assure' ? next === 'of' : t.lemma === 'force' && next === 'to') && beBefore(w, t.first, cues.passiveBe, cues.negation)) return true;
  // "unemployment approaches 9%", "approached $1 trillion", "nearing record levels": a figure drawing near
  // a number meets no one (CAMEO 040)
  if (!t.nominal && (t.lemma === 'approach' || t.lemma === 'near') && next !== undefined && (/^[$\d]/.test(next) || cues.amountNext.has(next))) return true;
  // "as the election approached", "how Trump's rivals have approached his candidacy", "voters approached the
  // school": a time drawing near or a way of dealing with a thing meets no one; "approached Corker",
  // "approached her" (a name or a person's pronoun as object) still codes 040
  if (!t.nominal && t.lemma === 'approach' && !approachesSomeone(w, t.last + 1)) return true;
  // "trade has contributed to a polarizing Congress", "may have contributed to HP's decision": a cause of an
  // outcome, no aid (CAMEO 070); giving to a campaign, a party or a person still codes ("contributed to Democratic
  // campaigns", "contributed to Clinton")
  if (t.lemma === 'contribute' && !t.nominal && contributesToOutcome(lx, w, t.last + 1)) return true;
  // "an official who spoke on condition of anonymity", "speaking on background", "spoke anonymously": how a source
  // was quoted, no statement of its own (the statement is the sentence's "said")
  if ((t.lemma === 'speak' || t.lemma === 'talk') && !t.nominal && sourcingTerms(w, t.last + 1)) return true;
  // "as opposed to defending her record": a contrast, no opposition to anyone
  if (t.lemma === 'oppose' && w.lower[t.first] === 'opposed' && w.lower[t.first - 1] === 'as' && next === 'to') return true;
  // "offered a defense of the bill", "offered up this sound bite", "the vision Democrats are offering": words or a view
  // offered, no intent to cooperate (CAMEO 03); "offered to debate", "offered Greece a loan" still code
  if (t.lemma === 'offer' && spokenOffer(cues.spokenOffer, w, t)) return true;
  // "dealt a severe blow to Sanders", "Suffered A Big Blow": a setback, no strike
  if (t.nominal && t.lemma === 'blow' && setbackBefore(cues.setbackVerb, w, t.first)) return true;
  // "God forbid", "heaven forbid": a wish, no ban (CAMEO 172)
  if (t.lemma === 'forbid' && (w.lower[t.first - 1] === 'god' || w.lower[t.first - 1] === 'heaven')) return true;
  // "it is worth noting that", "worth remembering": an aside of the writer, no one's statement
  if (!t.nominal && w.lower[t.first - 1] === 'worth') return true;
  // "the threat from the Islamic State", "the threat of terrorism", "he is a threat to the country": a
  // danger named, no threat anyone made; a threat of an act keeps its code ("threats of airstrikes" own
  // patterns, "the threat of retaliation": threat-object)
  if (t.nominal && t.code === '130' && dangerNamed(lx, w, t)) return true;
  // "is preparing to leave the White House", "prepares to accept the nomination": getting ready for one's own
  // act is no intent to cooperate (CAMEO 030); "was prepared to boost" (willing) still codes
  if (!t.nominal && t.lemma === 'prepare' && next === 'to' && !(w.lower[t.first] === 'prepared' && beBefore(w, t.first, cues.passiveBe, cues.negation))) return true;
  if (t.lemma === 'come') return next === 'to' && (w.lower[t.last + 2] === 'an' || w.lower[t.last + 2] === 'a') && ENDING.has(w.lower[t.last + 3]);
  if (t.lemma === 'demonstrate') return !t.nominal && next !== undefined && !PROTEST_NEXT.has(next);
  // "before the new Congress convenes in January": a present tense after "before"/"until" is to come
  if (!t.nominal && t.first === t.last && w.lower[t.first] !== t.lemma && !!(w.cues[t.first] & ENDS_S)) {
    for (let j = t.first - 1; j >= 0 && j >= t.first - 5; j--) {
      const x = w.lower[j];
      if (x === 'before' || x === 'until' || x === 'till') return true;
      if (!w.isWord[j]) break;
    }
  }
  return false;
}

/**
 * "contributed (heavily) to a polarizing Congress", "to Hubert Humphrey's defeat": is the object after "to" at k an
 * outcome? Not when a `donee-word` (campaign, party, fund) is in its four words, nor a name that is no possessor.
 */
function contributesToOutcome(lx: Lexicon, w: SentenceWords, k: number): boolean {
  if (w.cues[k] & ENDS_LY) k++;
  if (w.lower[k] !== 'to') return false;
  const donee = cueLists(lx).doneeWord;
  let j = k + 1;
  if (w.cues[j] & DETERMINER) j++;
  // a name is given to ("contributed to Clinton", "to Pell Grants"), unless it owns the outcome ("to Clinton's win")
  if (w.cap[j]) {
    while (w.cap[j + 1]) j++;
    if (w.lower[j + 1] !== "'s") return false;
  }
  for (let i = k + 1; i < w.lower.length && i <= k + 4; i++) if (donee.has(w.lower[i])) return false;
  return true;
}

/**
 * Is what trigger t offers a `spoken-offer` word, in the five words after it ("offered a somewhat more reserved
 * response"), or the head noun of the relative clause it is in, in the four words before it ("the vision that
 * Democrats are offering")?
 */
function spokenOffer(spoken: ReadonlySet<string>, w: SentenceWords, t: Trigger): boolean {
  for (let j = t.last + 1; j < w.lower.length && j <= t.last + 5; j++) {
    if (spoken.has(w.lower[j])) return true;
    if (!w.isWord[j] || w.lower[j] === 'to' || w.cap[j]) break;
  }
  // a relative clause: "the positive vision that Democrats are offering for Americans"
  for (let j = t.first - 1; j >= 0 && j >= t.first - 4; j--) {
    if (spoken.has(w.lower[j])) return true;
    if (!w.isWord[j]) return false;
  }
  return false;
}

/** Is a `setback-verb` ("dealt", "suffered") in the four words before k, past a determiner and modifiers ("dealing Cruz a formidable blow")? */
function setbackBefore(setback: ReadonlySet<string>, w: SentenceWords, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (setback.has(w.lower[j])) return true;
    if (!w.isWord[j]) return false;
  }
  return false;
}

const SOURCING = new Set(['condition', 'background', 'record']);

/** "on (the) condition of anonymity", "on background", "on the record", "anonymously" at k. */
function sourcingTerms(w: SentenceWords, k: number): boolean {
  if (w.lower[k] === 'anonymously') return true;
  if (w.lower[k] !== 'on') return false;
  return SOURCING.has(w.lower[k + 1]) || (w.lower[k + 1] === 'the' && SOURCING.has(w.lower[k + 2]));
}

const PERSON_OBJECT = new Set(['him', 'her', 'them', 'us', 'me']);

/** Is the word at k (past a determiner) a name or a person's pronoun, someone approached ("approached Corker", "approached her")? */
function approachesSomeone(w: SentenceWords, k: number): boolean {
  if (PERSON_OBJECT.has(w.lower[k] ?? '')) return true;
  if (w.cues[k] & DETERMINER) k++;
  return !!w.cap[k];
}

/** "threat from X", "threat of terrorism", "is a (serious) threat to": a threat noun naming a danger. */
function dangerNamed(lx: Lexicon, w: SentenceWords, t: Trigger): boolean {
  const next = w.lower[t.last + 1], after = w.lower[t.last + 2] ?? '';
  // "veto threats from the White House", "death threats from supporters": a threat of an act is made
  const cues = cueLists(lx);
  if (cues.madeThreat.has(w.lower[t.first - 1] ?? '')) return false;
  if (next === 'from') return true;
  // "warn of growing China spy threats", "the Islamist terror threat": a kind of danger named before it
  if (cues.dangerKind.has(w.lower[t.first - 1] ?? '')) return true;
  if (next === 'of' && cues.dangerOf.has(after) && !cues.threatObject.has(w.lower[t.last + 3] ?? '')) return true;
  // "is a threat to", "as a serious threat": being or seen as a threat, past a determiner and two modifiers
  for (let j = t.first - 1; j >= 0 && j >= t.first - 4; j--) {
    const x = w.lower[j];
    if (x === 'as' || cues.finiteBe.has(x)) return true;
    if (!w.isWord[j] || w.cap[j] || w.cues[j] & PREPOSITION) return false;
  }
  return false;
}

/** Is a doer named after an accusation noun, past "by"/"from" within three words ("charges brought by prosecutors")? */
function accuserAfter(w: SentenceWords, from: number): boolean {
  for (let j = from; j < w.lower.length && j <= from + 2; j++) {
    const x = w.lower[j];
    if (x === 'by' || x === 'from') return true;
    if (!w.isWord[j]) return false;
  }
  return false;
}

/**
 * Is "offensive" at i the adjective? After a word that opens no noun ("remarks offensive", "deeply offensive",
 * "was offensive"), or before a plain word that is no verb form ("an offensive tweet", "the offensive remarks");
 * "launched an offensive", "the Turkish offensive", "the offensive began", "a ground offensive on the city" are the noun.
 */
function offensiveAdjective(lx: Lexicon, w: SentenceWords, i: number): boolean {
  const before = i > 0 && (!!(w.cues[i - 1] & (NOUN_BEFORE_BIT | DETERMINER)) || !!w.cap[i - 1] || cueLists(lx).offensiveNounBefore.has(w.lower[i - 1]));
  if (!before) return true;
  const k = i + 1;
  if (k >= w.lower.length || !w.isWord[k] || w.cap[k]) return false;
  return !(w.cues[k] & (PREPOSITION | AUXILIARY | SUBJECT_PRONOUN | ENDS_ED)) && w.lower[k] !== 'and' && w.lower[k] !== 'to';
}
