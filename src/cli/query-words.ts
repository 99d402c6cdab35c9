// The query the CLI's words make. The shell has already taken the quotes off `speaker:"Hillary Clinton"`:
// the word arrives as `speaker:Hillary Clinton`, which would read as speaker:Hillary AND Clinton and
// find nothing. A field word whose value is a run of capitalised words ("Hillary Clinton", "United
// Kingdom") was one quoted name on the command line, so it is quoted again and the user is told;
// 'speaker:Trump wall' (a whole query in single quotes) and 'event:THREATEN actor:RUS' stay as typed.

const FIELD_WORD = /^(speaker|actor|source):(\S.*\s.*)$/is;
const NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/** Join command-line words into one query; `requoted` lists the field words quoted again.
 * @example queryOfWords(['speaker:Hillary Clinton', 'email*']).q // 'speaker:"Hillary Clinton" email*' */
export function queryOfWords(words: readonly string[]): { q: string; requoted: string[] } {
  const requoted: string[] = [];
  const q = words.map((w) => {
    const m = FIELD_WORD.exec(w.trim());
    const parts = m ? m[2].trim().split(/\s+/) : [];
    if (!m || !parts.every((p) => NAME.test(p) && !OPERATORS.has(p))) return w;
    const term = `${m[1].toLowerCase()}:"${parts.join(' ')}"`;
    requoted.push(term);
    return term;
  }).join(' ');
  return { q, requoted };
}
