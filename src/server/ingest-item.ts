// Makes the store's IngestItem for one article posted to POST /api/articles, through ingest's own
// prepareItem (the same analysis, hash and MinHash as `parley ingest`). The id is stable across
// revisions: the given id, else the URL, else a hash of the content.
import { createHash } from 'node:crypto';
import { prepareItem } from '../ingest/prepare-item.js';
import type { ArticleInput } from '../read/article-input.js';
import type { IngestItem } from '../store/store.js';
import { HttpError } from './errors.js';

/** Analyse `input` and wrap it for Store.putBatch; an unreadable article is a 422. */
export function ingestItemOf(input: ArticleInput): IngestItem {
  const id = input.id ?? input.url ?? createHash('sha1').update(input.text ?? input.html ?? '').digest('hex').slice(0, 16);
  const prepared = prepareItem({ id, text: input.text, html: input.html, url: input.url, published: input.published, headline: input.headline, source: input.source });
  if ('error' in prepared) throw new HttpError(422, prepared.error.code, prepared.error.message);
  return prepared.item;
}
