import { expect, it } from 'vitest';
import type { ContractDoc } from '../analyze/to-contract.js';
import { csvLine } from './to-csv.js';
import { toBrat } from './to-brat.js';
import { toGexf, toGraphml } from './to-graph.js';
import { eventsWanted, withStoryDates } from './export-query.js';

it('CSV quotes commas, quotes and line breaks', () => {
  expect(csvLine(['a', 'b,c', 'say "no"', 'two\nlines', null, 3])).toBe('a,"b,c","say ""no""","two\nlines",,3\n');
});

it('brat: entity T lines, PolNeAR-style Source/Cue/Content with relations, spans split at line breaks', () => {
  const text = 'Boris Johnson said: "Russia must act.\nNow."';
  const doc = {
    id: 'x', text, entities: [{ id: 'e1', type: 'person', name: 'Boris Johnson', mentions: [{ start: 0, end: 13 }] }],
    quotes: [{ id: 'q1', type: 'direct', start: 21, end: 42, cue: { start: 14, end: 18 }, speaker: { name: 'Boris Johnson', entity: 'e1', start: 0, end: 13 } }],
    events: [],
  } as unknown as ContractDoc;
  const ann = toBrat(doc).split('\n');
  expect(ann[0]).toBe('T1\tPerson 0 13\tBoris Johnson');
  expect(ann[1]).toBe('T2\tContent 21 37;38 42\tRussia must act. Now.');
  expect(ann[2]).toBe('T3\tCue 14 18\tsaid');
  expect(ann[3]).toBe('T4\tSource 0 13\tBoris Johnson');
  expect(ann).toContain('R1\tCONTENT Arg1:T3 Arg2:T2');
  expect(ann).toContain('R2\tSOURCE Arg1:T3 Arg2:T4');
});

it('GEXF and GraphML escape names and keep weights and relations', () => {
  const net = { nodes: [{ id: 'A & B', name: 'A & B', type: null, country: 'USA', sector: null, weight: 2 }, { id: 'C', name: 'C', type: null, country: null, sector: null, weight: 2 }],
    edges: [{ source: 'A & B', target: 'C', relation: 'threaten', weight: 2 }] };
  const gexf = toGexf(net);
  expect(gexf).toContain('label="A &amp; B"');
  expect(gexf).toContain('<edge id="e0" source="n0" target="n1" label="threaten" weight="2">');
  expect(toGraphml(net)).toContain('<edge id="e0" source="n0" target="n1"><data key="relation">threaten</data><data key="weight">2</data></edge>');
});

it('PLOVER / Phoenix export keeps only the event types the query names', () => {
  const ev = (id: string, event: string) => ({ id, plover: { event }, cameo: { root: '13' }, actors: [], recipients: [], start: 0, end: 1, trigger: { start: 0, end: 1 }, date: null, location: null, modality: 'asserted' });
  const doc = { id: 'x', text: 'x', events: [ev('v1', 'THREATEN'), ev('v2', 'ACCUSE'), ev('v3', 'THREATEN')] } as unknown as ContractDoc;
  expect(eventsWanted(doc, 'event:THREATEN sanctions').events.map((e) => e.id)).toEqual(['v1', 'v3']);
  expect(eventsWanted(doc, 'event:acc*').events.map((e) => e.id)).toEqual(['v2']);
  expect(eventsWanted(doc, 'sanctions').events).toHaveLength(3);
});

it('PLOVER / Phoenix export keeps the events of the CAMEO root or code and of the actor the query names, as `parley events` does', () => {
  const ev = (id: string, root: string, code: string, actor: { name: string; country?: string }) => ({ id, plover: { event: 'X' }, cameo: { root, code },
    actors: [actor], recipients: [], start: 0, end: 1, trigger: { start: 0, end: 1 }, date: null, location: null, modality: 'asserted' });
  const doc = { id: 'x', text: 'x', events: [ev('v1', '13', '130', { name: 'Moscow', country: 'RUS' }), ev('v2', '05', '051', { name: 'Angela Merkel', country: 'DEU' })] } as unknown as ContractDoc;
  expect(eventsWanted(doc, 'event:05').events.map((e) => e.id)).toEqual(['v2']);
  expect(eventsWanted(doc, 'event:130').events.map((e) => e.id)).toEqual(['v1']);
  expect(eventsWanted(doc, 'actor:RUS').events.map((e) => e.id)).toEqual(['v1']);
  expect(eventsWanted(doc, 'actor:"angela merkel"').events.map((e) => e.id)).toEqual(['v2']);
  expect(eventsWanted(doc, 'actor:ang* event:13').events).toEqual([]);
});

it('Phoenix rows carry the story date when the event names no date of its own', () => {
  const ev = (id: string, date: string | null) => ({ id, plover: { event: 'X' }, cameo: { root: '13' }, actors: [], recipients: [], start: 0, end: 1, trigger: { start: 0, end: 1 }, date, location: null, modality: 'asserted' });
  const doc = { id: 'x', text: 'x', meta: { published: '2017-04-05T10:00:00+01:00' }, events: [ev('v1', null), ev('v2', '2017-04-03')] } as unknown as ContractDoc;
  expect(withStoryDates(doc).events.map((e) => e.date)).toEqual(['2017-04-05', '2017-04-03']);
  const undated = { ...doc, meta: { published: null } } as unknown as ContractDoc;
  expect(withStoryDates(undated).events.map((e) => e.date)).toEqual([null, '2017-04-03']);
});
