// One-off converter: PETRARCH CAMEO.2.0.txt (MIT, Open Event Data Alliance) → verbs.petrarch.txt,
// Parley's compact verb-pattern form. Run by hand when the reference changes:
//   node src/events/data/import-petrarch.mjs ../shared/reference/petrarch-dictionaries/CAMEO.2.0.txt
// Keeps verb blocks, verb codes, irregular forms and object-side patterns (words after the verb);
// drops subject-side patterns, source/target markers and the transformation section.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = readFileSync(process.argv[2], 'utf8').split(/\r?\n/);
const synsets = new Map();
let cur = null;
const blocks = [];
let block = null;
const code = (s) => (s && /^\d+/.test(s) ? s.match(/^\d+/)[0] : '-');
for (const raw of src) {
  const line = raw.replace(/#.*$/, '').trimEnd();
  if (raw.startsWith('######## TRANSFORMATIONS')) break;
  if (!line.trim()) continue;
  if (line.startsWith('&')) { cur = line.trim().toUpperCase(); synsets.set(cur, []); continue; }
  if (line.startsWith('+') && cur && !block) { synsets.get(cur).push(line.slice(1).trim().toLowerCase()); continue; }
  const head = line.match(/^---\s+(\S+)\s+\[([^\]]*)\]/);
  if (head) { cur = null; block = { name: head[1].toLowerCase(), code: code(head[2]), verbs: [], patterns: [] }; blocks.push(block); continue; }
  if (!block) continue;
  if (line.startsWith('- ')) {
    const m = line.match(/^-\s+(.*?)\s*\[([^\]]*)\]/);
    if (!m) continue;
    const [pre, post] = m[1].split('*');
    if (post === undefined || !post.trim()) continue;
    const words = [];
    for (let w of post.replace(/[(){}$+%^]/g, ' ').split(/\s+/)) {
      if (!w) continue;
      if (w.startsWith('&')) {
        const alts = (synsets.get(w.toUpperCase()) ?? []).map((a) => a.split('_').pop()).filter(Boolean);
        if (!alts.length) { words.length = 0; break; }
        words.push([...new Set(alts)].join('|'));
      } else words.push(w.toLowerCase().replace(/_$/, ''));
    }
    if (words.length && pre.replace(/[(){}$+%^]/g, '').trim() === '') block.patterns.push(`- ${words.join(' ')} ${code(m[2])}`);
    continue;
  }
  if (/^[+A-Z]/.test(line)) {
    const m = line.match(/^\+?([A-Z_'-]+)\s*(\{([^}]*)\})?\s*(\[([^\]]*)\])?/);
    if (!m) continue;
    const forms = (m[3] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).map((f) => f.replace(/^\+/, ''));
    block.verbs.push(`${m[1].toLowerCase()} ${m[5] ? code(m[5]) : '='}${forms.length ? ' ' + forms.join(',') : ''}`);
  }
}
const out = [
  '# Parley verb patterns, converted by import-petrarch.mjs from PETRARCH CAMEO.2.0.txt',
  '# (c) 2015 Open Event Data Alliance, MIT License (see NOTICE.md).',
  '# "@name CODE" opens a block; "verb CODE forms" ("=" takes the block code, "-" none);',
  '# "- w1 w2 CODE" is an object-side pattern: words after the verb, in order, a|b alternatives.',
];
for (const b of blocks) {
  if (!b.verbs.length) continue;
  out.push(`@${b.name} ${b.code}`, ...b.verbs, ...b.patterns);
}
writeFileSync(resolve(dirname(fileURLToPath(import.meta.url)), 'verbs.petrarch.txt'), out.join('\n') + '\n');
console.log(`${blocks.length} blocks`);
