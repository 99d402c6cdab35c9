// Small closed word classes the entity rules share; the lexicon turns them into bits once per word.

/** Short words a full stop belongs to: "Mr.", "Gen.", "Inc.". */
export const ABBREV: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'rev', 'prof', 'no', 'vs', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co']);
/** Small words a known name goes on through: "Organisation for the Prohibition of Chemical Weapons". */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'al', 'el', 'du', 'la', 'le', 'del', 'des', 'der', 'von', 'van', 'bin', 'to', '&']);
/** Lowercase name particles: "Bashar al-Assad", "Ursula von der Leyen". */
export const PARTICLES: ReadonlySet<string> = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'da', 'du', 'del', 'della', 'der', 'den', 'le', 'la', 'el', 'di', 'dos', 'das']);
