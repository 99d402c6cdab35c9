// One article as ingest found it, before analysis: what the readers accept, plus where it came from.
import { createHash } from 'node:crypto';

export type RawInput = {
  /** Stable id: the record's id, else its URL, else the file's name; revisions share it. */
  id: string;
  text?: string;
  html?: string;
  url?: string;
  published?: string;
  updated?: string;
  headline?: string;
  source?: string;
  /** A file whose id is its path: the file (absolute path), and the longer ids it takes, in order, when another
   * file holds its id in the store (src/ingest/resolve-file-ids.ts). */
  origin?: string;
  altIds?: string[];
};

/** Content hash of what would be analysed: same raw content → same hash → nothing to do. */
export function rawHash(r: RawInput): string {
  return createHash('sha1').update(r.text ?? '').update('\u0000').update(r.html ?? '').update('\u0000')
    .update(r.headline ?? '').update('\u0000').update(r.published ?? '').update('\u0000').update(r.updated ?? '').digest('hex').slice(0, 16);
}
