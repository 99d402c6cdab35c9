// The conformance suite on SQLite, in a temporary file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { storeConformance } from './store-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
storeConformance('sqlite', () => openStore(join(dir, 'test.db')), () => null);

it('a file that is no database, or a missing folder, is named in the error', async () => {
  const page = join(dir, 'page.html');
  writeFileSync(page, '<html><body>' + 'not a database '.repeat(100) + '</body></html>');
  await expect(openStore(page)).rejects.toThrow(`--db ${page}: file is not a database`);
  await expect(openStore(join(dir, 'missing', 'x.db'))).rejects.toThrow(`--db ${join(dir, 'missing', 'x.db')}: `);
});
