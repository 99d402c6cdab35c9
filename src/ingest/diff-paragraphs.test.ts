import { expect, it } from 'vitest';
import { diffParagraphs } from './diff-paragraphs.js';

it('shows the paragraphs a revision added, removed and kept', () => {
  const before = 'Russia denied the report.\n\nThe ministry declined to comment.\n\nTalks resume on Monday.';
  const after = 'Russia denied the report.\n\nThe ministry said the claims were false.\n\nTalks resume on Monday.\n\nUpdated at 14:00.';
  expect(diffParagraphs(before, after)).toEqual([
    { op: 'same', text: 'Russia denied the report.' },
    { op: 'removed', text: 'The ministry declined to comment.' },
    { op: 'added', text: 'The ministry said the claims were false.' },
    { op: 'same', text: 'Talks resume on Monday.' },
    { op: 'added', text: 'Updated at 14:00.' },
  ]);
});

it('falls back to a plain list past 400 × 400 paragraphs (no quadratic table)', () => {
  const big = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}.`).join('\n');
  expect(diffParagraphs(big, big + '\nNew.').length).toBe(4001);
});
