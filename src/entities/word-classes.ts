// Small closed word classes the entity rules share; the lexicon turns them into bits once per word.

/** Short words a full stop belongs to: "Mr.", "Gen.", "Inc.". */
export const ABBREV: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'rev', 'prof', 'no', 'vs', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co']);
/** Small words a known name goes on through: "Organisation for the Prohibition of Chemical Weapons". */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'al', 'el', 'du', 'la', 'le', 'del', 'des', 'der', 'von', 'van', 'bin', 'to', '&']);
/** Small words an acronym leaves out: "OPCW" for "Organisation for the Prohibition of Chemical Weapons". */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'in']);
/** Lowercase name particles: "Bashar al-Assad", "Ursula von der Leyen". */
export const PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'da', 'du', 'del', 'della', 'der', 'den', 'le', 'la', 'el', 'di', 'dos', 'das']);
/**
 * Cue words the rules test only on words with a lexicon id: the lexicon interns these sets up front, so
 * a lowercase word outside them (id NONE) is none of them.
 */
/** Verbs of speech after a name: "Tillerson said". */
export const SPEECH: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'asked', 'insisted', 'warned', 'argued', 'stated', 'wrote', 'tweeted', 'explained', 'claimed', 'commented', 'pointed', 'noted', 'stressed', 'emphasised', 'emphasized', 'announced', 'replied', 'responded', 'urged', 'admitted', 'denied', 'confirmed']);
/** Speech verbs in -ing, which no group phrase runs through ("with John McCain telling reporters" names no group). */
export const SPEECH_ING: ReadonlySet<string> = new Set(['saying', 'telling', 'noting', 'adding', 'insisting', 'arguing', 'urging', 'claiming', 'warning', 'asking']);
/** "the de Blasio administration": a leader's name before these nouns makes a government. */
export const GOVERNING: ReadonlySet<string> = new Set(['administration', 'government', 'cabinet', 'campaign']);
/** Singular group nouns that can also describe the noun after them: "the Syrian military operation". */
export const COLLECTIVE: ReadonlySet<string> = new Set(['military', 'army', 'navy', 'police', 'government', 'administration', 'media', 'people',
  'ministry', 'embassy', 'coastguard', 'parliament']);
/** Past forms that describe a group rather than tell what it did: "GOP elected officials", "US armed forces". */
export const DESCRIBING_PAST: ReadonlySet<string> = new Set(['elected', 'armed', 'appointed', 'unnamed', 'unidentified', 'detained', 'jailed', 'exiled',
  'displaced', 'injured', 'wounded', 'trained', 'retired', 'concerned', 'affected', 'disaffected', 'organised', 'organized', 'registered', 'unarmed', 'embedded']);
/** Plurals that describe the noun after them: "House ethics investigators", "LGBT rights supporters". */
export const DESCRIBING_PLURAL: ReadonlySet<string> = new Set(['rights', 'ethics', 'elections', 'affairs', 'arms', 'sales', 'customs', 'news', 'sports',
  'operations', 'relations', 'communications', 'services', 'veterans']);
/** Lowercase nouns of a place: "the town of Douma", "a Philippine province". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['town', 'city', 'village', 'province', 'district', 'region', 'state', 'county', 'capital']);
/** Lowercase nouns that name the kind of body whose name follows, with its sector: "the construction firm Carillion". */
export const ORG_NOUNS: ReadonlyMap<string, string> = new Map([['firm', 'BUS'], ['company', 'BUS'], ['carmaker', 'BUS'], ['retailer', 'BUS'],
  ['airline', 'BUS'], ['insurer', 'BUS'], ['lender', 'BUS'], ['conglomerate', 'BUS'], ['contractor', 'BUS'], ['supermarket', 'BUS'], ['startup', 'BUS'],
  ['charity', 'NGO'], ['broadcaster', 'MED'], ['newspaper', 'MED'], ['tabloid', 'MED'], ['daily', 'MED'], ['weekly', 'MED'], ['magazine', 'MED'],
  ['group', ''], ['organisation', ''], ['organization', ''], ['militia', 'UAF'], ['outfit', ''], ['union', 'LAB']]);
/** Lowercase nouns after a capitalised name that make it a body of that kind, with its sector: "the Unite union". */
export const ORG_TAILS: ReadonlyMap<string, string> = new Map([['union', 'LAB']]);
/** Words that link a role to its place or body inside a title: "ambassador to Washington", "commander of the Guards". */
export const TITLE_LINKS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'at', 'in']);
/** Endings of plurals with no s that take "'s": "Fishermen's", "Children's", "People's" (a body for them: "Children's Society"). */
export const PLURAL_POSSESSIVE_ENDS: readonly string[] = ['men', 'ren', 'ple'];
/** Business roles that a place's own title makes its government's: "Hong Kong Chief Executive", "the Macau chief executive". */
export const PLACE_GOVERNS: ReadonlySet<string> = new Set(['chief executive']);
/** Role heads a capitalised portfolio opens, whatever it is: "Fisheries Minister", "Digital Economy Secretary". */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner']);
/** Words before a place: "in Aleppo". */
export const PLACE_CUES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'into']);
/** Lowercase words between "the" and a role noun: "the former minister". */
export const DESCRIBING: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'veteran', 'embattled', 'senior', 'top', 'outgoing', 'new', 'retired', 'beleaguered', 'prime']);
/** Words that may stand in a title before its role noun: "former", "deputy", "foreign", "pro-democracy". */
export const MODIFIERS: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'acting', 'deputy', 'senior', 'top', 'chief', 'junior', 'shadow', 'outgoing',
  'incoming', 'veteran', 'opposition', 'vice', 'assistant', 'longtime', 'current', 'late', 'interim', 'caretaker', 'majority', 'minority', 'newly', 'elected',
  'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'trade', 'justice', 'state', 'national', 'regional', 'local',
  'military', 'army', 'police', 'party', 'political', 'city', 'district', 'provincial', 'federal', 'leading', 'retired', 'prominent', 'pro-democracy',
  // portfolios: "the housing minister", "the energy secretary"
  'housing', 'education', 'transport', 'environment', 'energy', 'culture', 'agriculture', 'employment', 'immigration', 'home',
  'business', 'economy', 'security', 'homeland', 'communities', 'science', 'labour', 'labor', 'treasury', 'climate', 'digital', 'commerce']);
/**
 * Other lowercase words the rules compare against by text: interned up front so reading them makes no
 * string. Speed only: a word missing here is still read right.
 */
export const RULE_WORDS: readonly string[] = ['a', 'an', 'of', 'for', 'to', 'at', 'in', 'near', 'from', 'outside', 'across', 'into',
  'town', 'city', 'village', 'province', 'district', 'region', 'state', 'county', 'capital', 'said', 'says', 'told', 'added', 'asked',
  'insisted', 'warned', 'argued', 'stated', 'wrote', 'tweeted', 'explained', 'claimed', 'commented', 'pointed', 'noted', 'stressed',
  'emphasised', 'emphasized', 'announced', 'replied', 'responded', 'urged', 'admitted', 'denied', 'confirmed', 'former', 'ex', 'then',
  'veteran', 'embattled', 'senior', 'top', 'outgoing', 'new', 'retired', 'beleaguered', 'prime', 'acting', 'deputy', 'chief', 'junior',
  'shadow', 'incoming', 'opposition', 'vice', 'assistant', 'longtime', 'current', 'late', 'interim', 'caretaker', 'majority', 'minority', 'newly', 'elected',
  'military', 'army', 'navy', 'police', 'government', 'administration', 'media', 'people', 'cabinet', 'campaign'];
/** Capitalised words that continue a place or body ("Virginia Tech", "Victoria Station"), never a surname. */
export const NAME_TAILS: ReadonlySet<string> = new Set(['tech', 'university', 'college', 'school', 'academy', 'institute', 'station', 'bridge', 'harbour',
  'harbor', 'street', 'road', 'avenue', 'square', 'park', 'airport', 'port', 'valley', 'county', 'city', 'state', 'beach', 'hills', 'heights', 'river',
  'lake', 'bay', 'island', 'islands', 'mountains', 'hall', 'centre', 'center', 'times', 'post', 'herald', 'observer', 'tribune', 'journal', 'gazette', 'chronicle', 'telegraph', 'guardian', 'globe', 'police', 'council', 'court', 'district',
  'province', 'region', 'hospital', 'stadium', 'arena', 'zoo', 'museum', 'cathedral', 'church', 'palace', 'castle', 'gardens', 'dam', 'canal']);
/** Group nouns that are plural without an -s: "the police said they". */
export const PLURAL_NOUNS: ReadonlySet<string> = new Set(['police', 'people', 'staff', 'personnel', 'clergy', 'youth', 'militia', 'crew', 'faithful']);
/** Offices every country has at home, reported without their country: "Gov. Mike DeWine", "The Chancellor, Rachel Reeves,". */
export const DOMESTIC_OFFICES: ReadonlySet<string> = new Set(['governor', 'lieutenant governor', 'mayor', 'deputy mayor', 'chancellor', 'police chief',
  'chief of police', 'police commissioner', 'sheriff', 'chief constable', 'fire chief', 'state senator', 'state representative', 'assemblyman',
  'assemblywoman', 'councilman', 'councilwoman', 'councillor', 'council member', 'county executive', 'district attorney', 'attorney general',
  'home secretary', 'first minister', 'premier']);
/** Sectors of the state's own bodies, whose country is the story's ("the Commons", "Downing Street", "Labour"). */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'PTY']);
/** Capitalised nouns for a bloc of states after "the": "The West has imposed sanctions". */
export const BLOC_NOUNS: ReadonlyMap<string, string> = new Map([['west', 'the West']]);
/** Ordinals that open a place's name: "Second Thomas Shoal", "Fifth Avenue". */
export const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Words that end a body's name but name nothing alone ("Media reported", "the show"), unlike "the Times". */
export const NOT_ALONE: ReadonlySet<string> = new Set(['media', 'show', 'daily', 'report', 'review', 'register', 'images', 'tower', 'belt',
  // "Politics aside", "Channel 4", "the project": a kind word alone names no outlet nor campaign
  'channel', 'politics', 'project', 'initiative', 'insider', 'advocates', 'broadcasting']);
/** Words after a surname that tell a generation, never the surname: "Joseph R. Biden Jr.", "John Smith III". */
export const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Times of day that open a programme's name, never a person's: "Morning Joe", "Night Live", "Tonight Show". */
export const TIME_OPENERS: ReadonlySet<string> = new Set(['morning', 'evening', 'night', 'tonight']);
/** Words before a given name that make a nickname, not a name: "Crooked Hillary", "Lyin' Ted", "Little Marco". */
export const EPITHETS: ReadonlySet<string> = new Set(['crooked', 'little', 'lyin', "lyin'", 'lying', 'crazy', 'sleepy', 'liddle', 'cryin', "cryin'", 'goofy', 'sloppy', 'nasty', 'phony', 'dopey', 'shifty', 'sneaky']);
/** Prepositions and conjunctions: capitalised in a title-case run, they join words, they never end a name ("Jews Against Trump"). */
export const LINKING: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', 'at', 'by', 'with', 'from', 'about', 'into', 'onto', 'over',
  'under', 'against', 'without', 'between', 'among', 'during', 'despite', 'until', 'after', 'before', 'or', 'nor', 'but', 'as', 'than']);
/**
 * Pronouns and question words that, capitalised inside a title-case run, make it the title of a work or a slogan, never a
 * person's name: "The Spy Who Shagged Me", "Survey I", "Make America Great Again" has none ("Theresa May" ends in no pronoun).
 */
export const WORK_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'you', 'your', 'we', 'us', 'our', 'he', 'him', 'his', 'she', 'her', 'it', 'its',
  'they', 'them', 'their', 'who', 'what', 'which', 'why', 'how', 'where']);
/** Nouns of a building or an institution a saint's name opens: "St. Jude hospital", "St. Anselm College" (not a place). */
export const SAINT_BODIES: ReadonlySet<string> = new Set(['hospital', 'hotel', 'church', 'cathedral', 'chapel', 'basilica', 'abbey', 'monastery', 'parish',
  'college', 'school', 'university', 'academy', 'seminary', 'clinic']);
/** Names of days, months and feasts, which end a place's name: "the San Bernardino Christmas party", "St. Anselm College February 6". */
export const DATE_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter',
  'thanksgiving', 'halloween', 'hanukkah', 'ramadan']);
/** Words that open a place's name, never a person's: "San Bernardino", "Santa Clara", "St. Louis". */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(['san', 'santa', 'santo', 'são', 'st', 'st.', 'ste', 'sainte']);
/**
 * Words no person's name holds: adverbs and compass adjectives close a slogan or an adjective, not a name
 * ("Make America Great Again", "Middle Eastern leaders").
 */
export const NEVER_IN_NAMES: ReadonlySet<string> = new Set(['again', 'eastern', 'western', 'northern', 'southern', 'ever', 'forever', 'now', 'together']);
/** Compass words, which open a place's name, never a person's: "North Downs", "East Anglia", "the South China Sea". */
export const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east',
  'north-west', 'south-east', 'south-west']);
/**
 * Words that open no person's name but many a body's: "the Daily Beast", "Real Clear Politics", "the Free Beacon",
 * "United Steelworkers", "the New Republic" (a run they open with no given name after them is a body).
 */
export const BODY_OPENERS: ReadonlySet<string> = new Set(['new', 'daily', 'real', 'free', 'united', 'international', 'national', 'great', 'grand',
  'big', 'super', 'third', 'public', 'global', 'royal', 'federal']);
/** Heads of state and government, whose bare capitalised title says the country is the story's: "President Ramos". */
export const HEAD_OFFICES: ReadonlySet<string> = new Set(['president', 'prime minister', 'premier']);
/** Endings that make the people of a place from its name: "New Yorkers", "New Jerseyans", "New Hampshirites". */
export const PEOPLE_ENDINGS: readonly string[] = ['ers', 'ans', 'ites'];
/** Words for a political leaning that also name a party: "Conservatives" (Britain's party, or people on the right). */
export const LEANING_WORDS: ReadonlySet<string> = new Set(['conservative', 'conservatives']);
