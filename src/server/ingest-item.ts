// Makes the store's IngestItem for one article posted to POST /api/articles: analysis, content hash,
// MinHash signature. The id is stable across revisions: the given id, else the URL, else a content hash.
import { createHash } from 'node:crypto';
import { analyze } from '../analyze/analyze.js';
import { toContract } from '../analyze/to-contract.js';
import type { ArticleInput } from '../read/article-input.js';
import { minhash } from '../ingest/minhash.js';
import type { IngestItem } from '../store/store.js';

/** Analyse `input` and wrap it for Store.putBatch. */
export function ingestItemOf(input: ArticleInput): IngestItem {
  const doc = toContract(analyze(input));
  const id = input.id ?? input.url ?? doc.id;
  const textHash = createHash('sha1').update(`${doc.meta.headline ?? ''}\n${doc.text}`).digest('hex').slice(0, 16);
  return {
    id,
    url: input.url ?? null,
    source: doc.meta.source ?? input.source ?? null,
    textHash,
    minhash: minhash(doc.text),
    doc: { ...doc, id },
  };
}
