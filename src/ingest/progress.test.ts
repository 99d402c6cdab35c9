import { expect, it } from 'vitest';
import { progressReporter } from './progress.js';

it('the summary says "1 article", not "1 articles"', () => {
  const out = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
  const counts = (done: number) => ({ done, new: done, revision: 0, unchanged: 0, errors: 0 });
  expect(progressReporter(out, { quiet: true }).finish(counts(1))).toMatch(/^ingested 1 article in /);
  expect(progressReporter(out, { quiet: true }).finish(counts(2))).toMatch(/^ingested 2 articles in /);
});
