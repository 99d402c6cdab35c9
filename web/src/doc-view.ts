// The article view: annotated text with layer switches, and a side panel of who said what and who did
// what to whom, each item linked to its evidence (click scrolls to the span and highlights it).
import type { ContractDoc } from '../../src/server/api-types.js';
import { renderAnnotatedText, speakerClass, speakerColours, type AnnotatedText } from './annotated-text.js';
import { day, h, link, type Child } from './dom.js';

const LAYERS = [
  { name: 'quotes', label: 'Quotes' },
  { name: 'entities', label: 'Entities' },
  { name: 'events', label: 'Event triggers' },
] as const;

/** Render a whole document (from the store or from /api/analyze). */
export function renderDoc(doc: ContractDoc, extra: Child[] = []): HTMLElement {
  const colours = speakerColours(doc);
  const text = renderAnnotatedText(doc, colours);
  const body = h('div', { class: 'doc-body layer-quotes layer-entities layer-events' });
  const switches = h('div', { class: 'layers', attrs: { 'data-testid': 'layers' } }, LAYERS.map((layer) => {
    const box = h('input', { attrs: { type: 'checkbox', 'data-layer': layer.name }, on: { change: () => body.classList.toggle(`layer-${layer.name}`, box.checked) } });
    box.checked = true;
    return h('label', {}, [box, ` ${layer.label}`]);
  }));
  const focus = focuser(text);
  body.append(text.el, renderSide(doc, colours, focus));
  const meta = doc.meta;
  return h('section', { class: 'doc-view' }, [
    h('h1', { class: 'headline' }, [meta.headline ?? '(no headline)']),
    h('p', { class: 'meta' }, [day(meta.published), meta.source ? ` · ${meta.source}` : '', ` · ${doc.quotes.length} quotes, ${doc.entities.length} entities, ${doc.events.length} events`]),
    ...extra,
    switches,
    body,
  ]);
}

/** Returns a function that highlights the elements of one span key and scrolls to the first. */
function focuser(text: AnnotatedText): (key: string) => void {
  let current: HTMLElement[] = [];
  return (key) => {
    for (const el of current) el.classList.remove('focus');
    current = text.byKey.get(key) ?? [];
    for (const el of current) el.classList.add('focus');
    current[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
}

function renderSide(doc: ContractDoc, colours: Map<string, number>, focus: (key: string) => void): HTMLElement {
  const titles = new Map(doc.entities.map((e) => [e.id, e.title]));
  const excerpt = (start: number, end: number) => {
    const s = doc.text.slice(start, end).replace(/\s+/g, ' ');
    return s.length > 140 ? `${s.slice(0, 137)}…` : s;
  };
  const legend = h('ul', { class: 'legend', attrs: { 'data-testid': 'speakers' } }, [...colours.keys()].map((name) =>
    h('li', {}, [h('span', { class: `chip ${speakerClass(colours, name)}` }), ' ', link(`/speaker/${encodeURIComponent(name)}`, [name], 'speaker-link')])));
  const quotes = [...doc.quotes].sort((a, b) => a.start - b.start).map((q) => {
    const title = q.speaker?.entity ? titles.get(q.speaker.entity) : undefined;
    return h('li', {}, [h('button', { class: 'evidence', attrs: { type: 'button', 'data-quote': q.id }, on: { click: () => focus(`q:${q.id}`) } }, [
      h('span', { class: `chip ${speakerClass(colours, q.speaker?.name)}` }),
      h('b', {}, [q.speaker?.name ?? 'unknown speaker']), title ? ` (${title})` : '', `: “${excerpt(q.start, q.end)}”`,
    ])]);
  });
  const events = [...doc.events].sort((a, b) => a.start - b.start).map((v) =>
    h('li', {}, [h('button', { class: 'evidence', attrs: { type: 'button', 'data-event': v.id }, on: { click: () => focus(`v:${v.id}`) } }, [
      h('b', {}, [v.actors.map((a) => a.name).join(', ') || '?']), ' ',
      h('span', { class: 'verb' }, [v.plover.event.toLowerCase()]), v.modality !== 'asserted' ? ` (${v.modality})` : '', ' ',
      h('b', {}, [v.recipients.map((a) => a.name).join(', ') || '—']), `: ${excerpt(v.trigger.start, v.trigger.end)}`,
    ])]));
  const entities = doc.entities.map((e) =>
    h('li', {}, [h('button', { class: 'evidence', attrs: { type: 'button', 'data-entity': e.id }, on: { click: () => focus(`e:${e.id}`) } }, [
      h('span', { class: `chip ent-${e.type}` }), h('b', {}, [e.name]), e.title ? `, ${e.title}` : '', e.country ? ` [${e.country}]` : '', ` ×${e.mentions.length}`,
    ])]));
  return h('aside', { class: 'doc-side' }, [
    h('h2', {}, ['Speakers']), colours.size ? legend : h('p', { class: 'muted' }, ['No attributed quotes.']),
    h('h2', {}, [`Who said what (${doc.quotes.length})`]), h('ol', { class: 'side-list', attrs: { 'data-testid': 'quote-list' } }, quotes),
    h('h2', {}, [`Who did what to whom (${doc.events.length})`]), h('ol', { class: 'side-list', attrs: { 'data-testid': 'event-list' } }, events),
    h('h2', {}, [`Entities (${doc.entities.length})`]), h('ul', { class: 'side-list' }, entities),
  ]);
}
