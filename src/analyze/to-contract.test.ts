import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/types.js';
import { toContract } from './to-contract.js';

// A hand-made document: the contract keeps its keys in one order and leaves out absent optional ones.
const text = 'Ms Ray said: "We will stay." She left.';
const doc: Doc = {
  id: 'd1', text,
  meta: { headline: null, published: null, updated: null, language: 'en', byline: null, source: 'example.org' },
  paragraphs: [{ start: 0, end: 38, kind: 'body' }],
  sentences: [{ start: 0, end: 28, paragraph: 0, firstToken: 0, endToken: 9 }],
  tokens: [{ start: 0, end: 2, kind: 'word' }],
  entities: [
    { id: 'e1', type: 'person', name: 'Ray', mentions: [{ start: 3, end: 6, kind: 'name' }, { start: 29, end: 32 }], gender: 'f', title: 'Ms', plural: false },
    { id: 'e2', type: 'organization', name: 'Acme', mentions: [] },
  ],
  quotes: [
    { id: 'q1', type: 'direct', start: 13, end: 27, cue: { start: 7, end: 11 }, speaker: { name: 'Ray', entity: 'e1' }, confidence: 0.9 },
    { id: 'q2', type: 'partial', start: 14, end: 26, speaker: null, confidence: 0.5, parent: 'q1' },
  ],
  events: [],
  diagnostics: [],
};

describe('toContract', () => {
  it('writes optional fields in the contract order, and only when present', () => {
    const out = toContract(doc);
    expect(Object.keys(out)).toEqual(['schema', 'id', 'text', 'meta', 'entities', 'quotes', 'events', 'paragraphs', 'sentences', 'diagnostics']);
    expect(out.meta).toEqual({ headline: null, published: null, updated: null, source: 'example.org' });
    expect(Object.keys(out.entities[0])).toEqual(['id', 'type', 'name', 'mentions', 'title', 'gender']);
    expect(out.entities[0].mentions).toEqual([{ start: 3, end: 6, kind: 'name' }, { start: 29, end: 32 }]);
    expect(Object.keys(out.entities[0].mentions[1])).toEqual(['start', 'end']);
    expect(Object.keys(out.entities[1])).toEqual(['id', 'type', 'name', 'mentions']);
    expect(Object.keys(out.quotes[0])).toEqual(['id', 'type', 'start', 'end', 'cue', 'speaker', 'confidence']);
    expect(Object.keys(out.quotes[1])).toEqual(['id', 'type', 'start', 'end', 'speaker', 'confidence', 'parent']);
    expect(out.sentences).toEqual([{ start: 0, end: 28, paragraph: 0 }]);
  });

  it('puts the tokens, when asked for, before the diagnostics', () => {
    const out = toContract(doc, { tokens: true });
    expect(Object.keys(out).slice(-2)).toEqual(['tokens', 'diagnostics']);
    expect(out.tokens).toBe(doc.tokens);
  });
});
