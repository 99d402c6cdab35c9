// The actor network on a real corpus, as an analyst first sees it: PolNeAR train (840 texts in ../shared,
// not in the repository; skipped with the reason when it is absent) ingested by `parley ingest` and drawn
// by `parley serve` in chromium. A spiral of the heaviest actors, or labels on minor nodes, fails here.
// The screenshot goes to test-artifacts/network-polnear.png.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkResponse } from '../../src/server/api-types.js';
import { sharedDir } from '../../src/eval/shared-dir.js';
import { radiusByRank, spread2d, tieLengthRatio, type Positions } from './layout-checks.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, ensureBuilt, startServer, type Server } from './serve-helper.js';

const shared = sharedDir();
const texts = shared ? join(shared, 'data/polnear/train/text') : null;
const reason = !existsSync(CHROMIUM) ? `${CHROMIUM} is missing` : !texts || !existsSync(texts) ? 'PolNeAR train is not in ../shared' : null;
if (reason) console.log(`PolNeAR network browser test skipped: ${reason}`);

describe.skipIf(reason !== null)('the actor network of PolNeAR train in chromium', () => {
  let dir: string;
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'parley-polnear-net-'));
    const db = join(dir, 'train.db');
    // its notices (repaired characters) are said only in the error, if it fails
    execFileSync(process.execPath, ['bin/parley.js', 'ingest', texts!, '--db', db, '--quiet'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
    server = await startServer(db, 'net-token');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lays out the 100 heaviest actors by force, readable, the ten heaviest labelled', async () => {
    const net = (await (await fetch(`${server.url}/api/network?limit=100`)).json()) as NetworkResponse;
    expect(net.nodes.length).toBe(100);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${server.url}/#/network`);
    await page.waitForSelector('body[data-view="network"]');
    const stage = page.locator('[data-testid=network]');
    expect(await stage.getAttribute('data-nodes')).toBe('100');
    const labelled = JSON.parse((await stage.getAttribute('data-labelled'))!) as string[];
    expect(labelled).toEqual(expect.arrayContaining([...net.nodes].sort((a, b) => b.weight - a.weight).slice(0, 10).map((n) => n.id)));
    const positions = JSON.parse((await stage.getAttribute('data-positions'))!) as Positions;
    expect(spread2d(positions)).toBeGreaterThan(0.3);
    expect(tieLengthRatio(positions, net)).toBeLessThan(0.85);
    // a sunflower spiral puts the i-th heaviest at radius √i: a rank correlation of 1
    expect(radiusByRank(positions, net)).toBeLessThan(0.8);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(ARTIFACTS, 'network-polnear.png') });
    await page.close();
  }, 60_000);
});
