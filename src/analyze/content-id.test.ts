import { describe, expect, it } from 'vitest';
import { contentId } from './content-id.js';

describe('contentId', () => {
  // Stored documents are keyed by it: the id of a text must never change.
  it.each([
    ['abc', 'a9993e364706816a'],
    ['Mr Smith said: "No."', 'a970c0909a92934d'],
    // outside ASCII the digest is of the UTF-8 bytes, as createHash gave
    ['Café “déjà” – 😀', '9bcccbfa12b61ae5'],
  ])('%s', (text, id) => expect(contentId(text)).toBe(id));
});
