// Compiles the events stage's data files (verbs, nouns, CAMEO→PLOVER table, cues, irregular forms) into
// one plain JSON object. Used at build time by scripts/compile-verbs.mjs and as a fallback at load time.
// Pure: takes the files' text, returns data; reads nothing itself.

/** An object-side pattern: words after the verb, in order (each a set of alternatives), and its code. */
export type CompiledPattern = readonly [words: readonly (readonly string[])[], code: string];
export type CompiledBlock = Readonly<{ code: string | null; patterns: readonly CompiledPattern[] }>;
export type CompiledNoun = Readonly<{ code: string; flags: readonly string[]; mods: readonly (readonly [readonly string[], string])[] }>;
export type CameoInfo = readonly [event: string, mode: string, goldstein: number, label: string];

export type CompiledPatterns = Readonly<{
  /** lemma (multi-word joined by "_") → [block index, own code or null for the block's] */
  verbs: Readonly<Record<string, readonly [number, string | null]>>;
  blocks: readonly CompiledBlock[];
  /** inflected form → lemma */
  forms: Readonly<Record<string, string>>;
  nouns: Readonly<Record<string, CompiledNoun>>;
  cameo: Readonly<Record<string, CameoInfo>>;
  cues: Readonly<Record<string, readonly string[]>>;
}>;

export type PatternSources = Readonly<{ verbFiles: readonly string[]; nouns: string; cameo: string; cues: string; irregular: string }>;

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const asCode = (s: string | undefined) => (s && /^\d+$/.test(s) ? s : null);

function compileVerbs(files: readonly string[], verbs: Record<string, [number, string | null]>, blocks: { code: string | null; patterns: CompiledPattern[] }[], forms: Record<string, string>): void {
  const named = new Map<string, number>();
  for (const file of files) {
    let block: { code: string | null; patterns: CompiledPattern[] } | null = null;
    let at = -1, extending = false;
    for (const line of lines(file)) {
      const parts = line.split(/\s+/);
      if (line.startsWith('@+')) {
        // "@+grant": a later file adds verbs and object patterns to an earlier file's block; its pattern
        // of the same words replaces the block's, and one coded "=" only removes it ("- to =")
        extending = true;
        at = named.get(parts[0].slice(2)) ?? -1;
        if (at < 0) throw new Error(`verb data: no block to extend: ${line}`);
        block = blocks[at];
      } else if (line.startsWith('@')) {
        block = { code: asCode(parts[1]), patterns: [] };
        extending = false;
        at = blocks.push(block) - 1;
        named.set(parts[0].slice(1), at);
      } else if (!block) {
        throw new Error(`verb data: line outside a block: ${line}`);
      } else if (line.startsWith('- ')) {
        const code = parts[parts.length - 1];
        const words = parts.slice(1, -1).map((w) => w.split('|'));
        if (!words.length) continue;
        if (extending) {
          const same = parts.slice(1, -1).join(' ');
          block.patterns = block.patterns.filter(([ws]) => ws.map((alts) => alts.join('|')).join(' ') !== same);
        }
        if (code !== '=') block.patterns.push([words, code === '-' ? '' : code]);
      } else {
        const lemma = parts[0];
        const own = parts[1] === '=' || parts[1] === undefined ? null : parts[1] === '-' ? '' : parts[1];
        verbs[lemma] = [at, own];
        for (const f of (parts[2] ?? '').split(',').filter(Boolean)) forms[f] ??= lemma;
      }
    }
  }
}

function compileNouns(text: string): Record<string, CompiledNoun> {
  const nouns: Record<string, { code: string; flags: string[]; mods: [string[], string][] }> = {};
  for (const line of lines(text)) {
    const [head, ...rest] = line.split(/\s+/);
    if (head.endsWith('+')) {
      const noun = nouns[head.slice(0, -1)];
      if (!noun) throw new Error(`noun data: modifier before its noun: ${line}`);
      noun.mods.push([rest[0].split('|'), rest[1]]);
    } else nouns[head] = { code: rest[0], flags: rest.slice(1), mods: [] };
  }
  return nouns;
}

/** Compile the data files' text into the stage's lookup data. */
export function compilePatterns(src: PatternSources): CompiledPatterns {
  const verbs: Record<string, [number, string | null]> = {};
  const blocks: { code: string | null; patterns: CompiledPattern[] }[] = [];
  const forms: Record<string, string> = {};
  for (const line of lines(src.irregular)) {
    const [lemma, rest] = line.split(':');
    for (const f of rest.trim().split(/\s+/)) forms[f] = lemma.trim();
  }
  compileVerbs(src.verbFiles, verbs, blocks, forms);
  const cameo: Record<string, CameoInfo> = {};
  for (const line of lines(src.cameo)) {
    const [code, ev, mode, g, label] = line.split('\t');
    cameo[code] = [ev, mode === '-' ? '' : mode, Number(g), label];
  }
  const cues: Record<string, string[]> = {};
  for (const line of lines(src.cues)) {
    const i = line.indexOf(':');
    cues[line.slice(0, i)] = line.slice(i + 1).trim().split(/\s+/);
  }
  return { verbs, blocks, forms, nouns: compileNouns(src.nouns), cameo, cues };
}

/** The data files, in the order they are read (later verb files override earlier ones). */
export const PATTERN_FILES = {
  verbFiles: ['verbs.petrarch.txt', 'verbs.parley.txt'],
  nouns: 'nouns.parley.txt',
  cameo: 'cameo-plover.txt',
  cues: 'cues.txt',
  irregular: 'irregular-verbs.txt',
} as const;
