// Article ids from files: two files are one article only when they are one file (same path from the
// root named), or a saved page names the same URL; a shared base name ("index.html") is not enough.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { collectInputs, type InputProblem } from './collect-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (path: string, body: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), body);
};
const page = (p: string, head = '') => `<html><head>${head}</head><body><p>${p}</p></body></html>`;

async function ids(args: string[], cwd = dir) {
  const problems: InputProblem[] = [];
  const out: string[] = [];
  for await (const r of collectInputs(args, problems, cwd)) out.push(r.id);
  return { ids: out, problems: problems.map((p) => `${p.where}: ${p.message}`) };
}

it('two files named alike in different folders get different ids', async () => {
  put('a/index.html', page('The mayor opened the bridge on Monday.'));
  put('b/index.html', page('The council closed the library on Tuesday.'));
  expect(await ids(['a/index.html', 'b/index.html'])).toEqual({ ids: ['a/index', 'b/index'], problems: [] });
  // a file in the working directory keeps the id it always had
  put('story.txt', 'The harbour reopened after the storm.');
  expect((await ids(['story.txt'])).ids).toEqual(['story']);
  // outside the working directory a file is named by its whole path
  expect((await ids([join(dir, 'a/index.html')], join(dir, 'b'))).ids).toEqual([join(dir, 'a/index')]);
});

it('a folder names its files from itself, as before; two folders holding the same name do not collide', async () => {
  put('2016/deep/note.txt', 'The senator resigned on Friday.');
  put('2017/deep/note.txt', 'The governor resigned on Friday.');
  expect((await ids(['2016'])).ids).toEqual(['deep/note']);
  const both = await ids(['2016', '2017']);
  expect(both.ids).toEqual(['deep/note', '2017/deep/note']);
  expect(both.problems).toEqual(['2017/deep/note.txt: id "deep/note" is taken by 2016/deep/note.txt in this run: stored as "2017/deep/note"']);
});

it('a saved page that names its own URL is that article, wherever it was saved', async () => {
  const head = '<link rel="canonical" href="https://paper.example/2017/04/talks">';
  put('monday/index.html', page('The talks began on Monday.', head));
  put('tuesday/saved.htm', page('The talks began on Monday and ended on Tuesday.', head));
  expect((await ids(['monday', 'tuesday'])).ids).toEqual(['https://paper.example/2017/04/talks', 'https://paper.example/2017/04/talks']);
});

it('bad files in a folder are named one by one, and the good ones go on', async () => {
  put('mixed/good.txt', 'The mayor said the bridge would reopen on Friday.');
  writeFileSync(join(dir, 'mixed/binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
  writeFileSync(join(dir, 'mixed/broken.txt'), Buffer.concat([Buffer.from('The minister said '), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(' the talks would resume.')]));
  put('mixed/empty.txt', '');
  put('mixed/blank.html', '<html><body>  \n </body></html>');
  put('mixed/dump.jsonl', `${JSON.stringify({ id: 'r1', text: ' ' })}\n${JSON.stringify({ id: 'r2', text: 'The envoy said the talks would resume.' })}\n`);
  writeFileSync(join(dir, 'mixed/huge.txt'), 'The senator said the vote would come on Tuesday. '.repeat(90_000));
  const r = await ids(['mixed']);
  expect(r.ids).toEqual(['broken', 'r2', 'good']);
  expect(r.problems).toEqual([
    'mixed/binary.txt: binary: the file holds NUL bytes: a binary file, not text',
    'mixed/blank.html: empty: no text to analyse',
    'mixed/broken.txt: invalid-utf8: 2 invalid UTF-8 sequences replaced by U+FFFD',
    'mixed/dump.jsonl: r1: empty: no text to analyse',
    'mixed/empty.txt: empty: no text to analyse',
    'mixed/huge.txt: too-large: 4.2 MB is over the 4 MB of one article',
  ]);
});

it('a folder walk leaves out a store and its write-ahead files ("parley ingest ." beside parley.db)', async () => {
  put('desk/story.txt', 'The mayor opened the bridge on Monday.');
  for (const f of ['parley.db', 'parley.db-wal', 'parley.db-shm', 'old.sqlite-journal']) put(`desk/${f}`, 'SQLite format 3\u0000\u0000');
  expect(await ids(['desk'])).toEqual({ ids: ['story'], problems: [] });
});
