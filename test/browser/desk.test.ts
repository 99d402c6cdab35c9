// The analyst's desk in a real browser: Debian's chromium driven by playwright-core, against
// `parley serve` on a SQLite corpus made by `parley ingest examples/` plus a hostile article.
// Screenshots go to test-artifacts/ (kept by CI as artefacts).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleResponse, ArticleSummary, ContractDoc, NetworkResponse, Page as ApiPage, SearchResponse, TimelineResponse } from '../../src/server/api-types.js';
import { HOSTILE_PAYLOADS } from './fixtures.js';
import { spread2d, tieLengthRatio, type Positions } from './layout-checks.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ensureBuilt, makeCorpus, startServer, type Server } from './serve-helper.js';

const hasChromium = existsSync(CHROMIUM);
const nextMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 7);
if (!hasChromium) console.log(`browser tests skipped: ${CHROMIUM} is missing (.ci/run installs Debian's chromium)`);

describe.skipIf(!hasChromium)('the analyst\'s desk in chromium', () => {
  let dir: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let dialogs = 0;

  const api = async <T>(path: string): Promise<T> => (await fetch(`${server.url}${path}`)).json() as Promise<T>;
  const go = async (route: string, view: string) => {
    await page.goto(`${server.url}/#${route}`);
    await page.waitForSelector(`body[data-view="${view}"]`);
  };
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'parley-browser-'));
    const db = join(dir, 'corpus.db');
    makeCorpus(dir, db);
    server = await startServer(db, 'browser-token');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const findArticle = async (pred: (a: ArticleSummary) => boolean) => {
    const list = await api<ApiPage<ArticleSummary>>('/api/articles?limit=1000');
    const found = list.items.find(pred);
    expect(found, `article in ${list.items.map((a) => a.headline).join(' | ')}`).toBeTruthy();
    return found!;
  };

  it('shows the sample article with every quote highlighted in its speaker\'s colour', async () => {
    const sample = await findArticle((a) => /harbour-talks/i.test(`${a.id} ${a.headline}`));
    const { article } = await api<ArticleResponse>(`/api/articles/${encodeURIComponent(sample.id)}`);
    const res = await page.goto(`${server.url}/#/article/${encodeURIComponent(sample.id)}`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('body[data-view="article"]');
    await expect.poll(() => page.locator('[data-testid=doc-text]').textContent()).toBe(article.text);
    // every quote the API holds is highlighted: the distinct quote ids over the segments
    const ids = await page.$$eval('[data-quotes]', (els) => [...new Set(els.flatMap((e) => (e.getAttribute('data-quotes') ?? '').split(' ')))]);
    const withText = article.quotes.filter((q) => q.end > q.start);
    expect(ids.sort()).toEqual(withText.map((q) => q.id).sort());
    // one legend entry per distinct speaker, and each quote wears its speaker's colour (the legend chip's)
    const speakers = [...new Set(article.quotes.map((q) => q.speaker?.name).filter((n): n is string => Boolean(n)))];
    expect((await page.locator('[data-testid=speakers] .speaker-link').allTextContents()).sort()).toEqual([...speakers].sort());
    const chips = new Map<string, string>();
    for (const li of await page.locator('[data-testid=speakers] li').all()) {
      chips.set((await li.locator('.speaker-link').textContent())!, await li.locator('.chip').evaluate((el) => getComputedStyle(el).backgroundColor));
    }
    let checked = 0;
    for (const q of withText) {
      const own = page.locator(`[data-quotes="${q.id}"]`); // segments no other quote covers
      if ((await own.count()) === 0) continue;
      const colour = await own.first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(colour, `quote ${q.id}`).not.toBe('rgba(0, 0, 0, 0)');
      if (q.speaker?.name) expect(colour, `quote ${q.id} of ${q.speaker.name}`).toBe(chips.get(q.speaker.name));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(Math.min(1, withText.length));
    expect(new Set(chips.values()).size).toBe(Math.min(chips.size, 12));
    await shot('article');
    if (withText.length) {
      // the side panel links to the evidence: clicking a quote highlights its span
      const q = withText[withText.length - 1];
      await page.click(`button[data-quote="${q.id}"]`);
      await expect.poll(() => page.locator(`[data-quotes~="${q.id}"].focus`).count()).toBeGreaterThan(0);
      // switching the quotes layer off removes the colours
      await page.uncheck('input[data-layer=quotes]');
      const colours = await page.$$eval('[data-quotes]:not(.focus)', (els) => [...new Set(els.map((el) => getComputedStyle(el).backgroundColor))]);
      expect(colours).toEqual(colours.length ? ['rgba(0, 0, 0, 0)'] : []);
      await page.check('input[data-layer=quotes]');
    }
  });

  it('renders the hostile article as text: no script runs, no markup is made', async () => {
    const hostile = await findArticle((a) => a.id.includes('fixture-hostile'));
    await go(`/article/${encodeURIComponent(hostile.id)}`, 'article');
    for (const p of HOSTILE_PAYLOADS) await expect.poll(() => page.getByText(p, { exact: false }).first().isVisible()).toBe(true);
    expect(await page.locator('#app img, #app script').count()).toBe(0);
    expect(await page.locator('[data-testid=doc-text]').textContent()).toContain(HOSTILE_PAYLOADS[1]);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    await shot('hostile-article');
  });

  it('analyses a pasted article at once', async () => {
    const text = `Talks Resume In Geneva\n\nUN envoy Staffan de Mistura said on Monday that talks would resume. "We are ready to listen to both sides," he told reporters. ${HOSTILE_PAYLOADS[0]}`;
    const expected = (await (await fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })).json()) as ContractDoc;
    await go('/paste', 'paste');
    await page.fill('[data-testid=paste-text]', text);
    await page.click('form.paste button[type=submit]');
    await page.waitForSelector('[data-testid=paste-result] [data-testid=doc-text]');
    expect(await page.locator('[data-testid=paste-result] [data-testid=doc-text]').textContent()).toBe(expected.text);
    expect(await page.locator('[data-testid=paste-result] [data-testid=quote-list] li').count()).toBe(expected.quotes.length);
    expect(dialogs).toBe(0);
    await shot('paste');
  });

  it('searches with the query language, with snippets and facets', async () => {
    await go(`/search?q=${encodeURIComponent('sanctions NOT ceasefire')}`, 'search');
    await page.waitForSelector('[data-testid=search-results] li');
    const items = await page.locator('[data-testid=search-results] li .article-link').allTextContents();
    expect(items.some((t) => /Sanctions/.test(t))).toBe(true);
    expect(items.some((t) => /Ceasefire/.test(t))).toBe(false);
    expect((await page.locator('[data-testid=search-results] mark').allTextContents()).map((s) => s.toLowerCase())).toContain('sanctions');
    expect(await page.locator('[data-testid=facets] h3').count()).toBeGreaterThan(0);
    await shot('search');
  });

  it('draws the actor network by force, the heaviest actors labelled; a click shows an actor\'s ties and events', async () => {
    const net = await api<NetworkResponse>('/api/network?limit=100');
    await go('/network', 'network');
    const stage = page.locator('[data-testid=network]');
    expect(await stage.getAttribute('data-nodes')).toBe(String(net.nodes.length));
    if (net.nodes.length) {
      expect(await stage.locator('canvas').count()).toBeGreaterThan(0);
      // the heaviest actors are labelled, whatever else room allows
      // the filters fit one row at 1400 px: no control wraps to a line of its own
      const tops = await page.$$eval('form.net-filters > *', (els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(Math.max(...tops) - Math.min(...tops), JSON.stringify(tops)).toBeLessThan(12);
      // the legend says what a sector code stands for
      const gov = page.locator('[data-testid=network-legend] li[data-value=GOV]');
      if (await gov.count()) expect(await gov.textContent()).toBe('GOV government');
      const labelled = JSON.parse((await stage.getAttribute('data-labelled'))!) as string[];
      const heaviest = [...net.nodes].sort((a, b) => b.weight - a.weight).slice(0, Math.min(5, net.nodes.length)).map((n) => n.id);
      expect(labelled).toEqual(expect.arrayContaining(heaviest));
      const positions = JSON.parse((await stage.getAttribute('data-positions'))!) as Positions;
      expect(Object.keys(positions).length).toBe(net.nodes.length);
      if (net.nodes.length >= 6) expect(spread2d(positions)).toBeGreaterThan(0.1);
      if (net.edges.length >= 4) expect(tieLengthRatio(positions, net)).toBeLessThan(1);
      // a click on an actor (the tie list's buttons do what a click on its node does) shows its events
      const first = page.locator('[data-testid=network-side] button[data-actor]').first();
      const actor = (await first.getAttribute('data-actor'))!;
      await first.click();
      await expect.poll(() => stage.getAttribute('data-selected')).toBe(actor);
      expect(await page.locator('[data-testid=network-side] h2').textContent()).toBe(actor);
      await expect.poll(() => page.locator('[data-testid=network-events]').textContent()).not.toContain('Loading');
      expect(await page.locator('[data-testid=network-ties] li').count()).toBeGreaterThan(0);
      // the controls: fewer actors, another colouring, one relation
      await go('/network?top=25&colour=country&event=quotes', 'network');
      expect(Number(await stage.getAttribute('data-nodes'))).toBeLessThanOrEqual(25);
      expect(await page.locator('select[name=colour]').inputValue()).toBe('country');
      expect(await page.locator('[data-testid=network-warnings]').isHidden()).toBe(true);
    }
    await page.waitForTimeout(500);
    await shot('network');
  });

  it('the network and speaker pages show the API\'s warnings', async () => {
    await go('/network?event=THREAT', 'network');
    await page.waitForSelector('[data-testid=network-warnings] li');
    expect(await page.locator('[data-testid=network-warnings] li').first().textContent()).toContain('did you mean event:THREATEN?');
    await go('/network?actor=Nobody%20Zzq', 'network');
    expect(await page.locator('[data-testid=network-warnings] li[data-code=unknown-actor]').count()).toBe(1);
    await go('/speaker/Nobody%20Zzq', 'speaker');
    expect(await page.locator('[data-testid=speaker-warnings] li[data-code=unknown-speaker]').textContent()).toContain('no quotes by a speaker named');
  });

  it('shows the timeline and lists what made a spike', async () => {
    const all = await api<TimelineResponse>('/api/timeline?bucket=month');
    const tl = { ...all, buckets: all.buckets.filter((b) => b.start !== 'unknown') };
    await go('/timeline?bucket=month&measure=articles', 'timeline');
    // one bar per period from the first to the last, empty periods included
    expect(await page.locator('[data-testid=timeline-chart] .bar').count()).toBeGreaterThanOrEqual(tl.buckets.length);
    const biggest = tl.buckets.reduce((best, b) => (b.articles > best.articles ? b : best), tl.buckets[0]);
    await page.locator(`[data-testid=timeline-chart] .bar[data-label="${biggest.start}"]`).click();
    await page.waitForSelector('[data-testid=spike] li');
    expect(await page.locator('[data-testid=spike] li').count()).toBe(Math.min(50, biggest.articles));
    await shot('timeline');
  });

  it('opens a speaker\'s page with their quotes', async () => {
    // the most quoted speaker, from the search facets
    const name = (await api<SearchResponse>('/api/search?limit=1')).facets.speaker?.[0]?.value;
    if (!name) return; // no attributed quotes yet: nothing to show
    await go(`/speaker/${encodeURIComponent(name)}`, 'speaker');
    await page.waitForSelector('[data-testid=speaker-quotes] li');
    expect(await page.locator('h1').textContent()).toBe(name);
    // how many quotes in all (the timeline's sum, not the page's 100), and undated ones said apart, not a bar
    const { timeline } = await api<{ timeline: { period: string; quotes: number }[] }>(`/api/speakers/${encodeURIComponent(name)}/quotes?limit=1`);
    const total = timeline.reduce((n, p) => n + p.quotes, 0);
    expect(await page.locator('[data-testid=speaker-summary]').textContent()).toMatch(new RegExp(`^${total} quotes?, `));
    const labels = await page.$$eval('svg.bar-chart g.bar', (gs) => gs.map((g) => g.getAttribute('data-label')));
    expect(labels).not.toContain('unknown');
    expect(labels[0]).toBe(timeline[0].period);
    await shot('speaker');
    // a month's bar opens the search for their articles of that month
    await page.locator('svg.bar-chart g.bar').first().click();
    await page.waitForSelector('body[data-view="search"] [data-testid=search-results] li');
    expect(await page.locator('[data-testid=search-input]').inputValue()).toBe(`speaker:"${name}" after:${labels[0]} before:${nextMonth(labels[0]!)}`);
  });

  it('a query the API refuses is said under the search box, which stays', async () => {
    const before = problems.length;
    await go(`/search?q=${encodeURIComponent('sanctions after:yesterday')}`, 'search');
    expect(await page.locator('[data-testid=search-error]').textContent()).toContain('after:yesterday');
    expect(await page.locator('[data-testid=search-input]').inputValue()).toBe('sanctions after:yesterday');
    // the browser logs the refused request itself: expected here
    problems.splice(before, problems.length - before, ...problems.slice(before).filter((p) => !p.includes('status of 400')));
  });

  it('a facet the query already requires is shown chosen, and can be removed, not added twice', async () => {
    await go(`/search?q=${encodeURIComponent('Russia')}`, 'search');
    const facet = page.locator('[data-testid=facets] ul').first().locator('a').first();
    const value = (await facet.textContent())!;
    await facet.click();
    await page.waitForSelector('[data-testid=facet-chosen]');
    const q = await page.locator('[data-testid=search-input]').inputValue();
    expect(q).toMatch(/^Russia [a-z]+:\S+$/);
    expect(await page.locator('[data-testid=facet-chosen] b').first().textContent()).toBe(value);
    await page.locator('[data-testid=facet-chosen] a.facet-remove').first().click();
    await page.waitForFunction(() => (document.querySelector('[data-testid=search-input]') as HTMLInputElement | null)?.value === 'Russia');
    expect(await page.locator('[data-testid=facet-chosen]').count()).toBe(0);
  });

  it('a query value that can match nothing is said above the results', async () => {
    await go(`/search?q=${encodeURIComponent('event:THREAT')}`, 'search');
    await page.waitForSelector('[data-testid=search-warnings] li');
    expect(await page.locator('[data-testid=search-warnings] li').textContent()).toContain('did you mean event:THREATEN?');
    await shot('search-warning');
  });

  it('a speaker quoted nowhere gets a sentence, not an empty chart', async () => {
    await go('/speaker/Nobody%20Quoted%20Zzq', 'speaker');
    expect(await page.locator('[data-testid=speaker-none]').textContent()).toContain('No quotes by a speaker named “Nobody Quoted Zzq”');
    expect(await page.locator('svg.bar-chart').count()).toBe(0);
  });

  it('raised no page errors and no CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
