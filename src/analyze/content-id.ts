// IDs from content, so that a run is reproducible: a short SHA-1 of the text.
import { createHash } from 'node:crypto';

/** A stable id for a text. Example: `contentId('abc')` → 'a9993e364706816a'. */
export function contentId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}
