// Checks a document against the published JSON Schema (schema/document.schema.json) and the span
// invariants the schema cannot say: every span in bounds of `text`, end ≥ start.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AjvModule from 'ajv';
import { PROJECT_ROOT } from '../eval/shared-dir.js';

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
let validator: Validator | undefined;

function compile(): Validator {
  const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
  const schema = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'schema/document.schema.json'), 'utf8'));
  return new (Ajv as unknown as new (o: object) => { compile(s: object): Validator })({ allErrors: true, strict: false }).compile(schema);
}

/** Problems with a contract document; an empty list means valid. Example: `validateDocument(toContract(doc))`. */
export function validateDocument(doc: unknown): string[] {
  validator ??= compile();
  const problems: string[] = [];
  if (!validator(doc)) problems.push(...(validator.errors ?? []).map((e) => JSON.stringify(e)));
  const d = doc as { text?: string; entities?: { mentions: Span[] }[]; quotes?: (Span & { cue?: Span })[]; events?: (Span & { trigger: Span })[]; paragraphs?: Span[]; sentences?: Span[] };
  if (typeof d.text !== 'string') return problems;
  const n = d.text.length;
  const check = (what: string, s: Span | undefined) => {
    if (s && !(s.start >= 0 && s.end >= s.start && s.end <= n)) problems.push(`${what} [${s.start}, ${s.end}) out of bounds (text length ${n})`);
  };
  d.entities?.forEach((e, i) => e.mentions.forEach((m) => check(`entity ${i} mention`, m)));
  d.quotes?.forEach((q, i) => { check(`quote ${i}`, q); check(`quote ${i} cue`, q.cue); });
  d.events?.forEach((e, i) => { check(`event ${i}`, e); check(`event ${i} trigger`, e.trigger); });
  d.paragraphs?.forEach((p, i) => check(`paragraph ${i}`, p));
  d.sentences?.forEach((s, i) => check(`sentence ${i}`, s));
  return problems;
}

type Span = { start: number; end: number };
