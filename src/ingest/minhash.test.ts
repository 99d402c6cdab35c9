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

// the signature scheme of stored articles: the regex word split and per-word FNV that minhash() replaced by one pass
function reference(text: string): Uint32Array {
  const fnv = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193); return h >>> 0; };
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv);
  let s = 0x9e3779b9;
  const next = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return s >>> 0; };
  const ab = Array.from({ length: 64 }, () => [next() | 1, next()]);
  const sig = new Uint32Array(64).fill(0xffffffff);
  for (let i = 0; i < Math.max(1, words.length - 4); i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < Math.min(words.length, i + 5); k++) h = Math.imul(h ^ words[k], 0x01000193);
    ab.forEach(([a, b], j) => { sig[j] = Math.min(sig[j], (Math.imul(h >>> 0, a) + b) >>> 0); });
  }
  return sig;
}

it.each([
  ['a news text', generateArticle(3).raw.text!],
  ['accents, curly quotes, dashes', '“Ça ne marche pas,” said Zoë Müller — in Köln, on 3 März.'],
  ['Turkish dotted capitals (lower-casing changes the length)', 'İSTANBUL: İçişleri Bakanı said 2,000 İzmir'],
  ['astral letters and emoji, lone surrogates', '𝐁𝐨𝐥𝐝 words 🙂 here \ud800 and \udc00 x𝐀y'],
  ['other digits and scripts', 'Россия и ١٢٣ 北京 said ５ officials'],
  ['CRLF, no-break spaces', 'one\u00a0two\r\nthree four five six'],
  // four shingles per pass: counts of shingles that are not a multiple of four, and fewer words than a shingle
  ['three words', 'Talks resumed today'],
  ['seven words: three shingles', 'Ministers met in Brussels on Tuesday morning'],
  ['nine words: five shingles', 'The ministers met again in Brussels on Tuesday morning'],
  // more shingles than the WebAssembly memory's first page holds (it grows), then a short text again in the grown memory
  ['20,000 words', Array.from({ length: 20_000 }, (_, i) => `word${i % 7919}`).join(' ')],
  ['a short text after a long one', 'Talks resumed in Geneva after a pause of two weeks'],
])('keeps the stored signatures: %s', (_, text) => {
  expect([...minhash(text)]).toEqual([...reference(text)]);
});
