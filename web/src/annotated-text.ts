// Renders a document's text with its layers laid over it: quotes coloured by speaker, entity mentions,
// event triggers and event evidence. One element per segment (see segments.ts), text set as text nodes.
import type { ContractDoc } from '../../src/server/api-types.js';
import { h } from './dom.js';
import { segmentText, type KeyedSpan } from './segments.js';

export const PALETTE_SIZE = 12;

/** The rendered text and an index from span key ("q:q1", "e:e2", "v:v1", "t:v1") to its elements. */
export type AnnotatedText = { el: HTMLElement; byKey: Map<string, HTMLElement[]> };

/**
 * A colour index per speaker, the most quoted first (ties: the first quoted first); the index picks the colour
 * class `spk-N`. Past the palette, speakers share one "other" colour rather than repeat a colour that already
 * stands for someone else.
 */
export function speakerColours(doc: ContractDoc): Map<string, number> {
  const count = new Map<string, number>();
  for (const q of [...doc.quotes].sort((a, b) => a.start - b.start)) {
    const name = q.speaker?.name;
    if (name) count.set(name, (count.get(name) ?? 0) + 1);
  }
  // Map order is first-quote order, and the sort is stable
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  return new Map(ranked.map(([name], i) => [name, Math.min(i, PALETTE_SIZE)]));
}

/** Class naming a speaker's colour; quotes without a speaker are grey. */
export function speakerClass(colours: Map<string, number>, name: string | null | undefined): string {
  const n = name ? colours.get(name) : undefined;
  return n === undefined ? 'spk-none' : n >= PALETTE_SIZE ? 'spk-other' : `spk-${n}`;
}

export function renderAnnotatedText(doc: ContractDoc, colours: Map<string, number>): AnnotatedText {
  const spans: KeyedSpan[] = [];
  const quoteById = new Map(doc.quotes.map((q) => [q.id, q]));
  const entityType = new Map(doc.entities.map((e) => [e.id, e.type]));
  for (const q of doc.quotes) spans.push({ key: `q:${q.id}`, start: q.start, end: q.end });
  for (const e of doc.entities) for (const m of e.mentions) spans.push({ key: `e:${e.id}`, start: m.start, end: m.end });
  for (const v of doc.events) {
    spans.push({ key: `v:${v.id}`, start: v.start, end: v.end });
    spans.push({ key: `t:${v.id}`, start: v.trigger.start, end: v.trigger.end });
  }
  const el = h('div', { class: 'doc-text', attrs: { 'data-testid': 'doc-text' } });
  const byKey = new Map<string, HTMLElement[]>();
  for (const seg of segmentText(doc.text.length, spans)) {
    const text = doc.text.slice(seg.start, seg.end);
    if (seg.keys.length === 0) {
      el.appendChild(document.createTextNode(text));
      continue;
    }
    const classes = ['seg'];
    const quotes: string[] = [], entities: string[] = [], events: string[] = [], triggers: string[] = [];
    for (const key of seg.keys) {
      const id = key.slice(2);
      if (key.startsWith('q:')) quotes.push(id);
      else if (key.startsWith('e:')) entities.push(id);
      else if (key.startsWith('v:')) events.push(id);
      else triggers.push(id);
    }
    if (quotes.length) {
      // nested quotes: the innermost (shortest) quote decides the colour
      const inner = quotes.map((id) => quoteById.get(id)!).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      classes.push('q', speakerClass(colours, inner.speaker?.name));
      if (quotes.length > 1) classes.push('q-nested');
    }
    if (entities.length) classes.push('ent', `ent-${entityType.get(entities[0]) ?? 'other'}`);
    if (triggers.length) classes.push('trig');
    if (events.length) classes.push('evid');
    const attrs: Record<string, string> = {};
    if (quotes.length) attrs['data-quotes'] = quotes.join(' ');
    if (entities.length) attrs['data-entities'] = entities.join(' ');
    if (triggers.length) attrs['data-triggers'] = triggers.join(' ');
    const span = h('span', { class: classes.join(' '), attrs }, [text]);
    el.appendChild(span);
    for (const key of seg.keys) {
      const list = byKey.get(key);
      if (list) list.push(span);
      else byKey.set(key, [span]);
    }
  }
  return { el, byKey };
}
