import { describe, expect, it } from 'vitest';
import { toPloverRecords } from './to-plover-records.js';
import { actorCode, quadClass, toPhoenixRows, toPhoenixTsv } from './to-phoenix-rows.js';
import { findEvents } from '../find-events.js';
import { makeDoc, ACTORS as A } from '../testing/make-doc.js';

const text = 'Russia and Iran threatened the United States on Monday.\nTaliban fighters attacked police in Kabul, Rex Tillerson said.';
const base = makeDoc(text, Object.values(A));
const doc = { ...base, events: findEvents(base, {}).events };

describe('toPloverRecords', () => {
  const records = toPloverRecords(doc);
  it('makes one record per PLOVER event, leaving out CAMEO 01 statements', () => {
    expect(records.map((r) => r.event_type)).toEqual(['THREATEN', 'ASSAULT']);
  });
  it('keeps compound actors in one record, with the sentence and date', () => {
    expect(records[0]).toMatchObject({ actor: 'Russia;Iran', actor_country: 'RUS;IRN', recipient_country: 'USA', event_date: '2017-04-10', story_id: 'test', trigger: 'threatened' });
    expect(records[0].text).toBe('Russia and Iran threatened the United States on Monday.');
  });
});

describe('toPhoenixRows', () => {
  it('uses Phoenix QuadClass 0–4', () => {
    expect(['01', '03', '07', '11', '19'].map(quadClass)).toEqual([0, 1, 2, 3, 4]);
  });
  it('codes actors as country + sector, IGO bodies as IGO', () => {
    expect(actorCode({ name: 'Rex Tillerson', country: 'USA', sector: 'GOV' })).toBe('USAGOV');
    expect(actorCode({ name: 'G7', sector: 'IGO' })).toBe('IGO');
  });
  it('makes one row per source × target, with root, quad class and Goldstein score', () => {
    const rows = toPhoenixRows(doc);
    const threat = rows.filter((r) => r[4] === '13');
    expect(threat.map((r) => r[1])).toEqual(['RUS', 'IRN']);
    expect(threat[0].slice(5, 7)).toEqual(['3', '-4.4']);
  });
  it('writes a TSV with a header and no stray tabs', () => {
    const tsv = toPhoenixTsv(doc).trim().split('\n');
    expect(tsv[0].split('\t')[0]).toBe('date');
    for (const line of tsv) expect(line.split('\t')).toHaveLength(12);
  });
});
