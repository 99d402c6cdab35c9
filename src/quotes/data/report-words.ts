// Word lists that bound a reported clause: where it starts after the cue and where it stops.

export const SUBJECT_START = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'these', 'those']);
/** Possessives that open the clause after the one told, even after a name: "told the BBC her members felt …", "told CNN his campaign …". */
export const POSSESSIVE_START = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const PREPOSITION = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'after', 'before', 'from', 'with', 'to', 'for']);
// ", while about 4 in 10 want ..." — a contrast after a comma starts the writer's own clause
export const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though', 'despite']);
/** Words after ", but" that go on with what was said: "..., but that he would wait", "a failure, but not a disaster". */
export const BUT_GOES_ON = new Set(['that', 'not', 'rather', 'because']);
/** After "not", words that a later "but" answers: "not only the nomination, but also ...". */
export const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply', 'solely']);
/**
 * Verb forms that, right after "but", go on with the speaker's own verbs ("said the plan works but declined to
 * say why", "but did not say", "but would not"): the writer's, so the report stops. Past and -ing forms count too.
 */
export const FINITE_AFTER_BUT = new Set(['did', 'does', 'do', 'would', 'will', 'could', 'can', 'should', 'has', 'have', 'had', 'is', 'was', 'were', 'are',
  "didn't", 'didn’t', "wouldn't", 'wouldn’t', "won't", 'won’t', "hasn't", 'hasn’t', "doesn't", 'doesn’t', 'refused', 'declined']);
export const QUESTION_START = new Set(['whether', 'if', 'what', 'why', 'how', 'when', 'who', 'where', 'which']);
/** Words of a trailing place or time besides names, numbers, time words and occasions: "in Ohio on Monday", "at a press conference". */
export const PLACE_OR_TIME = new Set(['on', 'in', 'of', 'the', 'a', 'an', 'press', 'news', 'campaign']);
export const OCCASION = new Set(['interview', 'interviews', 'rally', 'conference', 'briefing', 'speech', 'statement', 'debate', 'event', 'appearance', 'hearing', 'meeting', 'address', 'podcast', 'broadcast', 'op-ed', 'post', 'tweet', 'email', 'letter', 'forum', 'town', 'stop']);
export const SUBORDINATOR = new Set(['although', 'though', 'while', 'whereas', 'when', 'if', 'as', 'because', 'after', 'since', 'once', 'before', 'until', 'unless', 'even']);
export const CUE_PREPOSITION = new Set(['with', 'against', 'for', 'on', 'upon', 'about', 'of']);
export const CONNECTIVE = new Set(['meanwhile', 'however', 'indeed', 'still', 'moreover', 'furthermore', 'instead', 'now', 'nonetheless', 'nevertheless', 'also', 'so', 'but', 'and', 'yet', 'besides', 'likewise', 'similarly', 'overall', 'ultimately', 'in fact', 'of course', 'in addition', 'as well', 'in short', 'in contrast']);
export const NEW_SUBJECT = new Set(['he', 'she', 'they', 'we', 'i']);
export const STOP_AFTER_COMMA = new Set(['saying', 'adding', 'noting', 'arguing', 'insisting', 'warning', 'explaining', 'according', 'claiming', 'telling', 'stressing', 'calling', 'urging']);
// "said in a statement", "said at the time", "said as he left": a report cannot open with these words
export const CIRCUMSTANCE_START = new Set(['in', 'at', 'during', 'by', 'on', 'as', 'when', 'while', 'after', 'before', 'from', 'via', 'through']);
// "The Latest: ...", "Analysis: ...": labels before a headline's colon, no speakers
/** Small words a headline's speaker may take before its colon: "Clinton to Planned Parenthood:", "Mukasey at RNC:". */
export const HEADLINE_LINK = new Set(['to', 'at', 'on']);
export const HEADLINE_LABEL = new Set(['latest', 'breaking', 'update', 'updated', 'live', 'analysis', 'opinion', 'comment', 'editorial', 'exclusive',
  'explainer', 'factbox', 'timeline', 'watch', 'video', 'photos', 'review', 'interview', 'correction', 'obituary',
  // labels of a line, not speakers: "Editor's Note:", "Question: ... Answer:", "Q: ... A:", "Email:", "Plus:", "Remember:"
  'note', 'question', 'answer', 'q', 'a', 'email', 'e-mail', 'plus', 'remember', 'feedback', 'update', 'bottom', 'tl;dr', 'ps', 'p.s',
  // a credit line and a notice's label: "Contributing: Ann Lee", "Paid Notice: Deaths"
  'contributing', 'notice']);
// "said Tehran would respond \"in due course\"", "he could argue": after these modals a cue tells of speech
// that may come, not speech reported — unless a clause follows ("would later say that ...") or it asks
// someone to act ("said it would ask the council to meet")
export const MODAL_BEFORE_CUE = new Set(['would', 'could', 'might', 'may', 'should']);
// "beyond agreed limits", "for stated reasons": a past form between one of these and a noun describes the noun
/** Cue lemmas that stay cues right after a past form: "those surveyed say", "the officials contacted told". */
export const CUE_AFTER_PAST: ReadonlySet<string> = new Set(['say', 'tell']);
/** Words after which a past or -ing form is a verb with its complement, not a modifier of a noun: "criticized as …", "warned of …". */
/** Degree words: after a determiner, one of these makes the next word an adjective ("the most telling promise", "a more elaborate plan"). */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too']);
export const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(['as', 'about', 'against', 'of', 'on', 'in', 'at', 'to', 'for', 'from', 'with', 'by', 'over', 'that', 'if', 'whether']);
export const PREPOSITION_BEFORE_ADJECTIVE = new Set(['beyond', 'within', 'without', 'under', 'over', 'above', 'below', 'against', 'despite', 'than', 'of', 'in', 'on', 'at', 'from', 'with', 'for', 'by', 'into', 'onto', 'upon', 'between', 'among', 'toward', 'towards', 'per', 'via', 'after', 'before']);
// "a controversial tweet", "his repeated calls for", "their latest claim": after a determiner and an adjective
// (one of these, or a word with one of these endings that names no person) a base or -s form is a noun
export const ADJECTIVE = new Set(['recent', 'latest', 'new', 'previous', 'earlier', 'brief', 'short', 'long', 'public', 'private', 'fresh', 'angry', 'sharp', 'strong', 'stern', 'blunt', 'frank', 'bold', 'harsh', 'terse', 'first', 'last', 'final', 'same', 'other', 'own']);
export const ADJECTIVE_ENDINGS = ['al', 'ive', 'ous', 'ful', 'ed', 'est', 'less', 'ible', 'able', 'ic'];
/** Forms of "call" that can report what someone called someone: "called him a liar". */
export const CALL_FORMS = new Set(['call', 'calls', 'called', 'calling']);
/** Words that may stand right before a speaker's "called": a pronoun, a coordinator, an auxiliary or an adverb. */
export const BEFORE_CALL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'and', 'but', 'also', 'has', 'have', 'had', 'once', 'then', 'even', 'again', 'often', 'later', 'repeatedly', 'previously', 'recently']);
/** Verbs that give a thing its name: "an exhibit called 'Intersecting Lines'". */
export const NAMING = new Set(['called', 'titled', 'entitled', 'named', 'dubbed', 'nicknamed', 'headlined']);
/** Words that stand before a programme's or a book's title: 'appeared on "Meet the Press,"', 'wrote in "The Art of the Deal"'. */
export const TITLE_LEAD = new Set(['on', 'in']);
/** Small words a title leaves in lower case. */
export const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'at', 'in', 'on', 'and', 'or', 'for', 'to', 'by', 'with', 'its', 'from']);
// The words a cue's neighbour is asked about (find-cue.ts), as bits of the word table (look-up-word.ts):
/** Before a base or -s form that may be a noun ("they claim", "will say"), one that makes it a verb. */
export const SUBJECT_BEFORE_BASE = new Set(`i we you they he she it who officials also often would will could
should might may must can to did does do not never sources people experts analysts critics`.split(/\s+/));
/** Determiners that count: "Several said", "Four in 10 told pollsters" (the number is the subject). */
export const QUANTIFIER = new Set('some many several one two three four five six seven eight nine ten dozens hundreds thousands'.split(' '));
/** Before a cue, a passive: "was told", "he's been asked". */
export const BE = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'am', "’s", "'s", 'get', 'got']);
/** Relative words that stand for the report's subject or object before its speaker: "which he said was a mistake", "what she called “a disgrace”". */
export const RELATIVE_BEFORE_SPEAKER = ['which', 'what', 'whom'];
/** Words of a share or number after "about" (an approximation, not a preposition): "said about half of ...", "about one-third", "about a dozen". */
export const APPROXIMATED = new Set(['half', 'third', 'quarter', 'fifth', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'one-third', 'two-thirds', 'one-quarter', 'three-quarters', 'one-fifth']);
/** Words that open a clause inside a report's object, whose own verbs an "and" may join: "who was born and raised", "when he asked and ...". */
export const RELATIVE_OPENERS = new Set(['who', 'which', 'whom', 'whose', 'when', 'where', 'that']);
/**
 * '“We will not raise taxes.” That was the message from Governor Ann Lee.': nouns for words said, in a sentence
 * after a quote that names who said them ("That was the message from X", "Those were the words of X").
 */
export const WORDS_NOUN = new Set(['message', 'word', 'words', 'verdict', 'warning', 'view', 'assessment', 'advice', 'promise', 'pledge',
  'argument', 'response', 'reaction', 'answer', 'reply', 'plea', 'prediction', 'message', 'conclusion', 'claim', 'vow', 'boast', 'appeal']);
/** Demonstratives that open such a sentence, and the forms of "be" after them. */
export const WORDS_POINTER = new Set(['that', 'this', 'those', 'these', 'such']);
export const WORDS_BE = new Set(['was', 'is', 'were', 'are', "’s", "'s"]);
