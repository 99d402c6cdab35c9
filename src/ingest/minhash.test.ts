import { expect, it } from 'vitest';
import { bandKeys, bytesToSig, minhash, similarity, sigToBytes, NEAR_COPY } from './minhash.js';
import { generateArticle } from './generate-articles.js';

it('a syndicated copy with a byline and a changed phrase is near; another story is not', () => {
  const a = generateArticle(1).raw.text!;
  const copy = '(Reuters) ' + a.replace(/officials said/, 'sources said');
  const other = generateArticle(2).raw.text!;
  expect(similarity(minhash(a), minhash(copy))).toBeGreaterThanOrEqual(NEAR_COPY);
  expect(similarity(minhash(a), minhash(other))).toBeLessThan(0.5);
  const shared = bandKeys(minhash(a)).filter((k) => bandKeys(minhash(copy)).includes(k));
  expect(shared.length).toBeGreaterThan(0);
});

it('is deterministic, survives a bytes round trip, and handles empty or hostile text', () => {
  const s = minhash('Russia warned the United States on Tuesday.');
  expect(minhash('Russia warned the United States on Tuesday.')).toEqual(s);
  expect(bytesToSig(sigToBytes(s))).toEqual(s);
  for (const t of ['', '🙂🙂', '\r\n\r\n', 'x'.repeat(100_000)]) expect(minhash(t)).toHaveLength(64);
});
