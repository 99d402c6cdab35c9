// Reads PolNeAR brat attribution files: T lines (Source / Cue / Content spans, possibly in fragments
// "a b;c d") linked by E lines into attributions. One annotator per text: the first alphabetically.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../doc/types.js';

export type GoldAttribution = Readonly<{ source: Span[]; cue: Span[]; content: Span[]; cueText: string }>;
export type GoldText = Readonly<{ name: string; text: string; annotator: string; attributions: GoldAttribution[] }>;

/** Parse one .ann file. Lines that do not parse are skipped. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, { label: string; spans: Span[]; text: string }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const parts = line.split('\t');
    if (parts.length < 2) continue;
    if (parts[0].startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(parts[1]);
      if (!m) continue;
      const frags = m[2].split(';').map((f) => f.trim().split(' ').map(Number)).filter((f) => f.length === 2 && f.every(Number.isFinite));
      spans.set(parts[0], { label: m[1], spans: frags.map(([start, end]) => ({ start, end })), text: parts[2] ?? '' });
    } else if (parts[0].startsWith('E')) events.push(parts[1]);
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const roles = { Source: [] as Span[], Cue: [] as Span[], Content: [] as Span[] };
    let cueText = '';
    for (const arg of e.trim().split(/\s+/)) {
      const [role, id] = arg.split(':');
      const key = role.replace(/\d+$/, '') as keyof typeof roles;
      const t = spans.get(id);
      if (!t || !(key in roles)) continue;
      roles[key].push(...t.spans);
      if (key === 'Cue') cueText += (cueText ? ' ' : '') + t.text;
    }
    if (roles.Content.length) out.push({ source: roles.Source, cue: roles.Cue, content: roles.Content, cueText });
  }
  return out;
}

/** Every text of a PolNeAR split ("dev", "train") with its first annotator's attributions. */
export function readSplit(polnear: string, split: string): GoldText[] {
  const dir = join(polnear, split);
  if (!existsSync(join(dir, 'text'))) return [];
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byText = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!byText.has(name)) byText.set(name, f);
  }
  const out: GoldText[] = [];
  for (const f of readdirSync(join(dir, 'text')).filter((x) => x.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4);
    const ann = byText.get(name);
    if (!ann) continue;
    out.push({ name, text: readFileSync(join(dir, 'text', f), 'utf8'), annotator: ann.slice(name.length + 1, -4), attributions: parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8')) });
  }
  return out;
}
