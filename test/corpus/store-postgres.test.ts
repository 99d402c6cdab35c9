// The conformance suite on PostgreSQL (PARLEY_TEST_PG, default postgres://postgres@127.0.0.1:5432/test),
// in a schema of its own that is dropped afterwards. Skipped, with the reason printed, when no server answers.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { storeConformance } from './store-conformance.js';

const url = process.env.PARLEY_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
const schema = `parley_test_${process.pid}_${Date.now().toString(36)}`;
let unreachable: string | null = 'not checked yet';

beforeAll(async () => {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    unreachable = null;
  } catch (err) {
    unreachable = `PostgreSQL at ${url} unreachable: ${(err as Error).message}`;
    console.log(`skip postgres conformance: ${unreachable}`);
  } finally {
    await c.end().catch(() => {});
  }
});

afterAll(async () => {
  if (unreachable) return;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
});

storeConformance('postgres', async () => (unreachable ? null : openStore(url, { schema })), () => unreachable);
