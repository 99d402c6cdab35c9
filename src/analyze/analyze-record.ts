// One JSONL record → a document or an error object. Shared by `analyze --jsonl`, ingest and the API.
import type { AnalyzeOptions, Doc } from '../doc/types.js';
import { ReadError, type ArticleInput } from '../read/article-input.js';
import { analyze } from './analyze.js';

export type RecordError = { schema: 1; id: string; error: { code: string; message: string } };

/** Parse and analyse one JSONL line. `lineNo` names the record when it has no id. */
export function analyzeRecord(line: string, lineNo: number, options: AnalyzeOptions): { doc: Doc } | RecordError {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return fail(`line-${lineNo}`, 'bad-json', `line ${lineNo} is not JSON: ${(err as Error).message}`);
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return fail(`line-${lineNo}`, 'bad-record', `line ${lineNo} is not a JSON object`);
  }
  const r = record as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
  const text = typeof r.text === 'string' ? r.text : undefined;
  const html = typeof r.html === 'string' ? r.html : undefined;
  if (text === undefined && html === undefined) {
    return fail(id ?? `line-${lineNo}`, 'no-text', `record ${id ?? lineNo} has neither "text" nor "html"`);
  }
  const input: ArticleInput = {
    id, text, html,
    url: typeof r.url === 'string' ? r.url : undefined,
    published: typeof r.published === 'string' ? r.published : undefined,
    headline: typeof r.headline === 'string' ? r.headline : undefined,
    source: typeof r.source === 'string' ? r.source : undefined,
  };
  try {
    return { doc: analyze(input, options) };
  } catch (err) {
    if (err instanceof ReadError) return fail(id ?? `line-${lineNo}`, err.code, err.message);
    throw err;
  }
}

function fail(id: string, code: string, message: string): RecordError {
  return { schema: 1, id, error: { code, message } };
}
