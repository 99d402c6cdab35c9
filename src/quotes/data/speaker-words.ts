// Words that shape a speaker mention: honorifics (with gender), pronouns, role nouns that name a person
// ("the Tory said"), group nouns ("officials said"), and the words a subject noun phrase never holds.

/** Honorifics and titles before a name; m/f where the word tells the gender. */
export const HONORIFICS = `
mr:m mr.:m mrs:f mrs.:f ms:f ms.:f miss:f sir:m dame:f lord:m lady:f baroness:f baron:m dr dr. prof prof.
professor rev rev. reverend father:m sister:f brother:m gen gen. general col col. colonel capt capt. captain
lt sgt sen sen. senator rep rep. representative gov gov. governor president vice prime minister secretary
chancellor king:m queen:f prince:m princess:f sheikh:m judge justice mayor ambassador commissioner
chairman:m chairwoman:f chair spokesman:m spokeswoman:f spokesperson leader chief director officer
congressman:m congresswoman:f mp foreign home defence defense state deputy former ex acting shadow
`;

/** Role nouns that stand for a person already named: "the Tory", "the minister". */
export const PERSON_ROLES = `
minister secretary ambassador president senator congressman:m congresswoman:f spokesman:m spokeswoman:f
spokesperson official chief leader director chairman:m chairwoman:f candidate nominee governor mayor mp
tory conservative democrat republican socialist politician lawmaker diplomat general commander officer
doctor lawyer attorney prosecutor judge professor analyst expert economist businessman:m businesswoman:f
billionaire mogul actress:f actor:m singer star woman:f man:m mother:f father:m wife:f husband:m
chancellor premier envoy negotiator aide adviser advisor strategist pollster founder executive ceo
manager coach player author writer host presenter anchor journalist reporter columnist priest bishop
pope:m king:m queen:f prince:m princess:f sheikh:m billionaire veteran activist campaigner figure
`;

/** Group nouns, people: a speaker in their own right when no entity covers them ("officials said"). */
export const GROUP_NOUNS = `
officials sources authorities police analysts experts critics aides advisers advisors residents
witnesses protesters lawmakers legislators diplomats activists campaigners supporters opponents
investigators prosecutors officers troops doctors scientists researchers economists observers leaders
ministers representatives spokesmen members voters people source official spokesman spokeswoman
spokesperson
`;

/** Pronouns as speakers: gender (m/f/n for "it"), plural. */
export const PRONOUNS = `he:m she:f it:n they:p`;

/** Other pronouns that may speak ("We asked readers"): words, but no common words to drop as no one. */
export const OTHER_PRONOUNS = `i we you`;

/** Words that end a subject noun phrase when scanning left from a cue verb. */
export const NP_STOPS = `
and but or nor that which who whom whose when where while because since although though if unless as
after before until so yet then than however meanwhile also still later earlier previously again
in on at by with from to into onto during over about under against between through without within
amid despite per via is was are were be been being has have had do does did will would can could
should may might must not never also just only even already this these those there here it its
what why how whether said says told added
`;

/** Words that end a noun phrase but may stand in a name, capitalised: "Will Hurd", "Theresa May", "Do Kwon". */
export const NAME_STOPS = `will may can do so even just`;

/** Units of time: a phrase built on one and opening a sentence is a fronted time phrase ("Hours later, ..."). */
export const TIME_UNITS = `second seconds minute minutes hour hours day days week weeks month months year years decade decades
moment moments`;

/** Auxiliaries and adverbs between a subject and its cue verb: "Mr Smith has also said", "Mr Smith wouldn't say". */
export const AUXILIARIES = `has have had is was were are will would also later then again previously once just
recently reportedly repeatedly publicly privately quickly immediately has've never often always further
now still initially subsequently simply flatly angrily firmly bluntly openly long ever first 's had’d
didn't didn’t doesn't doesn’t don't don’t wouldn't wouldn’t won't won’t can't can’t couldn't couldn’t
hasn't hasn’t haven't haven’t hadn't hadn’t isn't isn’t wasn't wasn’t
however meanwhile nonetheless nevertheless`;

/** Prepositions a subject may hold inside it: "a spokesman for the department". */
export const INNER_PREPOSITIONS = `of for at from`;

/** Adjectives whose preposition stays inside a subject: "people familiar with the talks said", "a source close to him said". */
export const SUBJECT_MODIFIERS = `familiar close`;

/** Determiners that may open a subject noun phrase. */
export const DETERMINERS = `the a an another his her its their our my your some many several other
both all each every any no one two three four five six seven eight nine ten dozens hundreds thousands`;

/** Words that open an object: a capitalised word before one opening a sentence is a verb ("Contrast that with ..."), no name. */
export const OBJECT_OPENERS = `the a an this that these those his her its their our my your another every`;

/** Sentence openers that are not part of a subject: "However Russian leader ...", "Well, the senator said ...". */
export const SENTENCE_ADVERBS = `however but and so yet then meanwhile still also moreover indeed instead
separately earlier later now today yesterday thus therefore nonetheless nevertheless besides
well yes oh okay`;

/** Time words allowed between a cue verb and its clause: "said on Monday that". */
/** A time phrase between a subject and its verb ends in one of these and opens with one of those: "who has in the past
 * described", "Ann Lee in recent weeks said", "officials at the time said". */
export const TIME_PHRASE_TAILS = `past weeks months years days decades time`;
export const TIME_PHRASE_OPENERS = `in over for at during`;

export const TIME_WORDS = `monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
recently previously earlier later again also repeatedly publicly privately once twice this last next week
month year morning afternoon evening night weekend`;

/**
 * Nouns that stand for a body named before ("the group said", "the company added"), each with the sectors
 * of the bodies it can stand for (CAMEO codes as the entities stage gives them; "?" a body of no known
 * sector). A body whose name holds the noun fits whatever its sector ("the Labor Department": the department).
 */
export const BODY_NOUNS = `
company:MNC,BUS firm:MNC,BUS,? carmaker:MNC,BUS retailer:MNC,BUS airline:MNC,BUS insurer:MNC,BUS lender:MNC,BUS
bank:MNC,BUS,GOV,IGO giant:MNC,BUS,MED
agency:GOV,SPY,COP,IGO,MED department:GOV,COP,JUD,MIL,SPY ministry:GOV,MIL office:GOV,JUD,COP bureau:GOV,COP,SPY
council:GOV,LEG,IGO committee:GOV,LEG,PTY commission:GOV,IGO court:
union:LAB party:PTY campaign:
newspaper:MED network:MED,? broadcaster:MED,? outlet:MED magazine:MED
charity:NGO foundation:NGO,ELI institute:EDU,NGO,ELI university:EDU
group:NGO,REB,ELI,LAB,OPP,REL,BUS,MNC,? organisation:* organization:*
association:NGO,BUS,LAB,? federation:NGO,LAB,IGO,? coalition:NGO,PTY,? alliance:IGO,MIL,NGO,?
`;

/** Common irregular past forms: a subject noun phrase ends before them ("The senator spoke ..."). */
export const IRREGULAR_PASTS = `began came spoke took made went gave told said got held ran won lost met left led brought found
thought knew saw stood sat fell rose struck drove wrote chose broke sent spent paid built fought sought
given taken written spoken shown done seen gotten driven chosen broken known grown drawn thrown risen fallen beaten`;

/** Quantifiers that float to the verb ("X and Y have both argued"): no subject of their own. */
export const FLOATING_QUANTIFIERS = `both all each`;

/** Words whose full stop ends no sentence: honorifics, months, "No.", "Inc." ("Sen. Lee", "Jan. 5"). */
export const ABBREVIATIONS = `mr mrs ms dr st gen sen rep gov col capt lt sgt prof rev jan feb mar apr jun jul aug
sep sept oct nov dec no vs v etc inc corp ltd co jr sr mt ft fig approx dept univ`;
