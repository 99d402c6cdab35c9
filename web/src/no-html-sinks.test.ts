// Article text is hostile: the page must never parse strings as markup. This guards every source file.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const SINKS = /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|\beval\(|new Function\(/;

it.each(readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))('%s has no HTML sink', (file) => {
  const code = readFileSync(new URL(file, import.meta.url), 'utf8');
  expect(code.split('\n').filter((line) => SINKS.test(line))).toEqual([]);
});
