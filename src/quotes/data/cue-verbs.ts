// Speech cues as data: verbs (lemmas; the lexicon inflects them), irregular forms, multiword cues and
// the verbs that report an order or request as "X urged Y to ...". British and American spellings.
// These are communication cues only: belief and perception verbs ("thinks", "believes") are left out.

/** Verbs that report speech and take a clause or a quote: "X said (that) ...", "..., X said". */
export const REPORT_VERBS = `
say tell add insist warn claim argue explain note stress admit announce declare urge state assert
maintain contend acknowledge confirm deny reply respond answer ask write tweet report reveal disclose
recall remark comment observe predict promise pledge vow threaten demand concede complain protest
lament boast allege accuse blame criticise criticize condemn praise describe caution advise recommend
propose emphasise emphasize underline underscore reiterate repeat mention inform testify confess signal
indicate hint estimate speculate conclude elaborate clarify assure reassure forecast proclaim dismiss
cite quote post suggest agree disagree question wonder plead beg implore press appeal apologise
apologize hail slam blast decry denounce order instruct invite encourage request advocate brief notify
swear affirm reaffirm object grumble exclaim retort counter concur acknowledge remind tout recount
explain posit theorise theorize surmise complain charge rebut dispute contest insist opine
`;

/** Verbs that attribute only when next to a direct quote: '"...," he continued.' */
export const QUOTE_ONLY_VERBS = `
continue begin laugh joke quip sigh smile shrug chuckle cry shout yell scream whisper murmur mutter
exclaim snap bark stammer muse interject interrupt chime
`;

/**
 * Report verbs whose other senses are commoner in news ("maintained a lead", "contests in five states", "invited
 * him to speak", "advising the campaign"): outside quotation marks they report only a "that" clause.
 */
export const THAT_ONLY_VERBS = `
maintain contest invite advise request
`;

/** -s forms of cue verbs that after a capitalised word are still the noun: "Western states", "Rust Belt states". */
export const NOUN_S_AFTER_NAME = `
states
`;

/** Verbs whose content can be an object and a to-infinitive: "X urged Russia to end ...". */
export const OBJECT_TO_VERBS = `
urge tell ask warn order instruct invite encourage press implore beg advise remind challenge call
`;

/** Verbs of commitment whose content can be a to-infinitive: "X vowed to veto the bill", "pledged not to ...". */
export const INFINITIVE_VERBS = `
promise pledge vow threaten swear
`;

/** Irregular forms: lemma, then its forms (3rd person, past, participle, -ing). */
export const IRREGULAR = `
say says said said saying
tell tells told told telling
write writes wrote written writing
swear swears swore sworn swearing
forecast forecasts forecast forecast forecasting
admit admits admitted admitted admitting
quip quips quipped quipped quipping
beg begs begged begged begging
plead pleads pleaded pled pleading
signal signals signalled signaled signalling signaling
make makes made made making
point points pointed pointed pointing
go goes went gone going
spell spells spelled spelt spelling
weigh weighs weighed weighed weighing
snap snaps snapped snapped snapping
begin begins began begun beginning
`;

/** Multiword cues (lemma first word): the whole phrase is the cue. */
export const PHRASES = `
make clear
make it clear
point out
call on
call upon
call for
spell out
weigh in
go on to say
`;

/** A cue verb and the word after it that make it no cue: "added to the list", "will press ahead with the bill". */
export const NOT_CUE_BEFORE = `
add to
add up
press ahead
press forward
press on
`;

/** Prepositional cues: the source follows. */
export const SOURCE_AFTER = `according to`;
