// Error list for rule work on events-dev, TUNED SPLIT ONLY: held-out sentences are skipped before
// they are analysed, so neither their text nor their per-sentence result is ever printed.
// Run: node dist/eval/events-tuned-errors.js [missed|extra|root|all]
// Each sentence shows the coders' decision tally, the roots they coded with their action words, and
// the system's events; sentences are ordered by how many codings the system disagrees with.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../analyze/analyze.js';
import { heldOut } from '../events/eval/agreement.js';
import { sharedDir } from './shared-dir.js';

type Entity = { label: string; text: string; start: number };
type Annotation = { coder: number; actions: { slot: number; cameo_root: string | null }[]; entities: Entity[] };
type DevRecord = { id: string; text: string; annotations: Annotation[] };

const kind = process.argv[2] ?? 'all';
const shared = sharedDir();
if (!shared) throw new Error('no shared data');
const records = readFileSync(resolve(shared, 'data', 'events-dev', 'multicoder-rounds-1-7.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as DevRecord);

const byText = new Map<string, Annotation[]>();
for (const r of records) {
  if (heldOut(r.text)) continue;
  byText.set(r.text, [...(byText.get(r.text) ?? []), ...r.annotations]);
}

type Row = { text: string; lost: number; lines: string[]; cat: string };
const rows: Row[] = [];
for (const [text, anns] of byText) {
  const doc = analyze({ id: 'x', text });
  const sys = new Set(doc.events.map((e) => e.cameo.root));
  const coded = anns.filter((a) => a.actions.some((x) => x.cameo_root));
  const rootCount = new Map<string, number>();
  const rootWords = new Map<string, Set<string>>();
  for (const a of coded) {
    for (const x of a.actions) {
      if (!x.cameo_root) continue;
      rootCount.set(x.cameo_root, (rootCount.get(x.cameo_root) ?? 0) + 1);
      const words = a.entities.filter((e) => e.label === `Action-${x.slot}`).map((e) => e.text.toLowerCase());
      const set = rootWords.get(x.cameo_root) ?? new Set<string>();
      for (const w of words) set.add(w);
      rootWords.set(x.cameo_root, set);
    }
  }
  let lost = 0;
  for (const a of anns) {
    const roots = new Set(a.actions.map((x) => x.cameo_root).filter((r): r is string => !!r));
    if ((roots.size > 0) !== (sys.size > 0)) lost++;
    else if (roots.size && ![...roots].some((r) => sys.has(r))) lost++;
  }
  const majority = coded.length * 2 > anns.length;
  const cat = majority && !sys.size ? 'missed' : !majority && sys.size ? 'extra' : majority && sys.size ? 'root' : 'none';
  if (kind !== 'all' && kind !== cat) continue;
  if (cat === 'root' && ![...rootCount].some(([r, n]) => n * 2 > coded.length && !sys.has(r)) && lost === 0) continue;
  const lines = [
    `[${cat}] lost ${lost}/${anns.length}; coded ${coded.length}/${anns.length}`,
    `  ${text}`,
    `  coders: ${[...rootCount].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}×${n} (${[...(rootWords.get(r) ?? [])].join('|')})`).join('; ')}`,
    ...doc.events.map((e) => `  sys ${e.cameo.code ?? e.cameo.root} ${e.plover.event} [${text.slice(e.trigger.start, e.trigger.end)}] ${e.actors.map((x) => x.name).join('+') || '-'} → ${e.recipients.map((x) => x.name).join('+') || '-'} ${e.modality}`),
  ];
  rows.push({ text, lost, lines, cat });
}
rows.sort((a, b) => b.lost - a.lost);
for (const r of rows) console.log(r.lines.join('\n') + '\n');
console.log(`${rows.length} tuned sentences listed (${kind}); lost codings: ${rows.reduce((s, r) => s + r.lost, 0)}`);
