// The one conformance suite every store runs (SQLite, PostgreSQL), as Hono runs one suite per router.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { A1, A2, A3, corpus } from './corpus-fixture.js';
import { makeItem } from './make-item.js';
import { generateArticle } from '../../src/ingest/generate-articles.js';
import { ROW_TUNING } from '../../src/store/sql/read-rows.js';

/** `fn` with the row reads' thresholds set to `tuning`, restored after. */
async function withRowTuning<T>(tuning: Partial<typeof ROW_TUNING>, fn: () => Promise<T>): Promise<T> {
  const saved = { ...ROW_TUNING };
  Object.assign(ROW_TUNING, tuning);
  try { return await fn(); } finally { Object.assign(ROW_TUNING, saved); }
}

const ids = (xs: { article: { id: string } }[]) => xs.map((x) => x.article.id).sort();

export function storeConformance(name: string, open: () => Promise<Store | null>, skipReason: () => string | null) {
  describe(`store conformance: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      const s = await open();
      if (s) store = s;
    });
    afterAll(async () => { await store?.close(); });
    const test = (title: string, fn: () => Promise<void>) => it(title, async (ctx) => {
      const why = skipReason();
      if (why) { console.log(`skip ${name}: ${why}`); ctx.skip(); return; }
      await fn();
    });

    test('stores a batch once; the same batch again is a no-op', async () => {
      expect(await store.putBatch(corpus())).toEqual(['new', 'new', 'new', 'new', 'new', 'new']);
      expect(await store.putBatch(corpus())).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
      const s = await store.stats();
      expect(s).toMatchObject({ articles: 6, revisions: 6, canonical: 4, quotes: 6 });
      const known = await store.known([{ id: 'huffpost-1', textHash: makeItem(A1).textHash }, { id: 'huffpost-1', textHash: 'nope' }]);
      expect([...known]).toEqual([`huffpost-1\u0000${makeItem(A1).textHash}`]);
    });

    test('groups exact and near copies under one canonical member', async () => {
      const copy = await store.getArticle('reuters-4');
      expect(copy?.article).toMatchObject({ canonicalId: 'huffpost-1', duplicateKind: 'exact', groupSize: 2 });
      const near = await store.getArticle('apnews-5');
      expect(near?.article).toMatchObject({ canonicalId: 'breitbart-2', duplicateKind: 'near', groupSize: 2 });
      expect(near?.copies.map((c) => c.id)).toEqual(['breitbart-2']);
      const r = await store.search({ q: 'Moscow' });
      expect(ids(r.items)).toEqual(['breitbart-2', 'huffpost-1']);
      expect(r).toMatchObject({ total: 2, totalWithCopies: 4 });
      expect(ids((await store.search({ q: 'Moscow', copies: true })).items)).toEqual(['apnews-5', 'breitbart-2', 'huffpost-1', 'reuters-4']);
    });

    test('full text: words, phrases, prefixes, AND / OR / NOT', async () => {
      const q = async (query: string) => ids((await store.search({ q: query })).items);
      expect(await q('Lucca')).toEqual(['huffpost-1']);
      expect(await q('sanctions')).toEqual(['huffpost-1', 'huffpost-3']); // stemmed: sanctioning
      expect(await q('sanction*')).toEqual(['huffpost-1', 'huffpost-3']);
      expect(await q('"frank exchange"')).toEqual(['breitbart-2']);
      expect(await q('"exchange frank"')).toEqual([]);
      expect(await q('Moscow AND Lavrov')).toEqual(['breitbart-2']);
      expect(await q('Lavrov OR budget')).toEqual(['breitbart-2', 'local-6']);
      expect(await q('Moscow NOT Lavrov')).toEqual(['huffpost-1']);
      expect(await q('(Lavrov OR Assad) -Moscow')).toEqual(['huffpost-3']);
      expect(await q('NOT Moscow')).toEqual(['huffpost-3', 'local-6']);
    });

    test('fields: speaker, actor, event, source, after, before', async () => {
      const q = async (query: string) => ids((await store.search({ q: query })).items);
      expect(await q('speaker:"Boris Johnson"')).toEqual(['huffpost-1', 'huffpost-3']);
      expect(await q('speaker:"boris johnson" sanction*')).toEqual(['huffpost-1', 'huffpost-3']);
      expect(await q('actor:RUS')).toEqual(['breitbart-2', 'huffpost-1']);
      expect(await q('actor:SYR OR actor:"Jane Doe"')).toEqual(['huffpost-3', 'local-6']);
      expect(await q('event:THREATEN')).toEqual(['huffpost-1']);
      expect(await q('source:huffpost')).toEqual(['huffpost-1', 'huffpost-3']);
      expect(await q('after:2017-04-10')).toEqual(['breitbart-2', 'huffpost-3']);
      expect(await q('after:2017-04-01 before:2017-05-01')).toEqual(['breitbart-2', 'huffpost-1']);
      expect(await q('before:2017')).toEqual(['local-6']);
    });

    test('facets and highlighted snippets', async () => {
      const r = await store.search({ q: 'Russia' });
      expect(r.facets.source).toEqual([{ value: 'breitbart', count: 1 }, { value: 'huffpost', count: 1 }]);
      expect(r.facets.event.map((f) => f.value).sort()).toEqual(['MEET', 'THREATEN']);
      expect(r.facets.speaker.map((f) => f.value).sort()).toEqual(['Boris Johnson', 'Rex Tillerson']);
      for (const hit of r.items) {
        expect(hit.snippet.highlights.length).toBeGreaterThan(0);
        for (const h of hit.snippet.highlights) expect(hit.snippet.text.slice(h.start, h.end).toLowerCase()).toBe('russia');
      }
    });

    test('cursor pagination visits every match once, in order', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.search({ q: '', limit: 2, cursor, copies: true, facets: false });
        seen.push(...page.items.map((h) => h.article.id));
        cursor = page.next;
      } while (cursor);
      expect(seen).toEqual(['huffpost-3', 'apnews-5', 'breitbart-2', 'reuters-4', 'huffpost-1', 'local-6']);
    });

    test("quotes, a speaker's quotes over time, events and actors", async () => {
      const q = await store.quotes({ q: 'speaker:"Boris Johnson"' });
      expect(q.items.map((x) => x.text)).toEqual(['The sanctioning of individuals is only the start', 'Russia must face sanctions over Syria']);
      expect(q.items.map((x) => x.speakerTitle)).toEqual([null, 'foreign secretary']);
      const sq = await store.speakerQuotes('Boris Johnson', { bucket: 'month' });
      expect(sq.timeline).toEqual([{ period: '2017-04', quotes: 1 }, { period: '2017-05', quotes: 1 }]);
      const p1 = await store.quotes({ limit: 2 });
      const p2 = await store.quotes({ limit: 2, cursor: p1.next });
      expect([...p1.items, ...p2.items].map((x) => x.speaker)).toEqual(['Boris Johnson', 'Rex Tillerson', 'Boris Johnson', 'Jane Doe']);
      expect(p2.next).toBeNull();
      const ev = await store.events({ q: 'actor:RUS' });
      expect(ev.items.map((e) => e.event).sort()).toEqual(['MEET', 'THREATEN']);
      expect((await store.events({ q: 'event:ACCUSE' })).items[0]).toMatchObject({ trigger: 'accused', recipients: [{ name: 'Bashar al-Assad', country: 'SYR', sector: null }] });
      const actors = await store.actors({ q: 'actor:RUS' });
      expect(actors.items.map((a) => a.name).sort()).toEqual(['Russia', 'Sergei Lavrov']);
      const bj = (await store.actors({})).items.find((a) => a.name === 'Boris Johnson');
      expect(bj).toMatchObject({ articles: 2, quotes: 2, events: 2, country: 'GBR' });
    });

    // each plan of a row read (read-rows.ts rowSource; SQLite only: PostgreSQL plans from its statistics): the rows a word's
    // index entries drive, articles walked in date order, the rows of the matching articles
    for (const [plan, tuning] of [['default', {}], ['row index drives', { walk: 1e9 }], ['date walk', { walk: 0 }]] as const) test(
      `a query's words match within the quote or the event's sentence, not anywhere in its article (${plan})`, () => withRowTuning(tuning, async () => {
      const said = async (q: string) => (await store.quotes({ q })).items.map((x) => x.text);
      expect(await said('Lucca')).toEqual([]); // in Johnson's article, in no quote
      expect(await said('"face sanctions"')).toEqual(['Russia must face sanctions over Syria']);
      expect(await said('"sanctions face"')).toEqual([]);
      expect(await said('sanctions speaker:"Boris Johnson"')).toEqual(['The sanctioning of individuals is only the start', 'Russia must face sanctions over Syria']);
      expect(await said('individ* OR children')).toEqual(['The sanctioning of individuals is only the start', 'This is a good day for our children']);
      // a negated word drops the quotes that say it, not the articles that do
      expect(await said('speaker:"Boris Johnson" -Lucca')).toEqual(['The sanctioning of individuals is only the start', 'Russia must face sanctions over Syria']);
      expect(await said('speaker:"Boris Johnson" -Syria')).toEqual(['The sanctioning of individuals is only the start']);
      expect(await said('"face sanctions" after:2017-05-01')).toEqual([]);
      expect((await store.speakerQuotes('Boris Johnson', { q: 'Syria' })).timeline).toEqual([{ period: '2017-04', quotes: 1 }]);
      const events = async (q: string) => (await store.events({ q })).items.map((e) => e.event);
      expect(await events('Lucca')).toEqual([]);
      expect(await events('warned Russia')).toEqual(['THREATEN']);
      expect(await events('Kremlin')).toEqual([]); // in Tillerson's article, not in the sentence of his meeting
    }));

    test('actor network and timeline', async () => {
      const net = await store.actorNetwork({});
      const edge = (s: string, t: string, r: string) => net.edges.find((e) => e.source === s && e.target === t && e.relation === r);
      expect(edge('Boris Johnson', 'Russia', 'threaten')?.weight).toBe(1);
      expect(edge('Boris Johnson', 'Russia', 'quotes')?.weight).toBe(1);
      expect(edge('Rex Tillerson', 'Sergei Lavrov', 'meet')?.weight).toBe(1);
      expect(net.nodes.find((n) => n.name === 'Sergei Lavrov')).toMatchObject({ country: 'RUS' });
      const tl = await store.timeline('month', {});
      expect(tl).toEqual([
        { period: '2016-12', articles: 1, quotes: 1, events: 0, eventTypes: {} },
        { period: '2017-04', articles: 2, quotes: 2, events: 2, eventTypes: { MEET: 1, THREATEN: 1 } },
        { period: '2017-05', articles: 1, quotes: 1, events: 1, eventTypes: { ACCUSE: 1 } },
      ]);
    });

    test('a changed version is a revision with what changed; an older one does not replace it', async () => {
      const v2 = makeItem({ ...A3, updated: '2017-05-02T15:00:00+01:00', text: A3.text + '\nDowning Street declined to comment on the resolution.' });
      expect(await store.putBatch([v2])).toEqual(['revision']);
      const old = makeItem({ ...A3, updated: '2017-05-01T15:00:00+01:00', text: A3.text.replace('told MPs', 'told MPs and peers') });
      expect(await store.putBatch([old])).toEqual(['older']);
      const d = await store.getArticle('huffpost-3');
      expect(d?.article.revision).toBe(2);
      expect(d?.revisions.map((r) => r.revision)).toEqual([1, 2, 3]);
      expect(d?.revisions[1].changes?.filter((c) => c.op !== 'same')).toEqual([{ op: 'added', text: 'Downing Street declined to comment on the resolution.' }]);
      expect(ids((await store.search({ q: '"Downing Street"' })).items)).toEqual(['huffpost-3']);
      expect((await store.stats()).articles).toBe(6);
    });

    test('the whole-corpus aggregates equal the sums over the rows, after revisions', async () => {
      const moved = makeItem({ ...A3, published: '2017-06-01T09:00:00+01:00', updated: '2017-06-01T09:00:00+01:00', text: A3.text + ' Moved.' });
      expect(await store.putBatch([moved])).toEqual(['revision']);
      const everything = 'NOT zzzqqqxx'; // matches every article, through the row-counting path
      expect(await store.timeline('day', {})).toEqual(await store.timeline('day', { q: everything }));
      const [whole, scanned] = [await store.actorNetwork({}), await store.actorNetwork({ q: everything })];
      const sorted = (n: typeof whole) => ({ nodes: [...n.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)), edges: n.edges });
      expect(sorted(whole)).toEqual(sorted(scanned));
      // the actor list of the whole corpus comes from the actor aggregates (migration 10), the other from the rows
      expect(await store.actors({ limit: 1000 })).toEqual(await store.actors({ q: everything, limit: 1000 }));
      expect((await store.timeline('month', {})).find((p) => p.period === '2017-06')).toMatchObject({ articles: 1, events: 1 });
    });

    test('export streams every match', async () => {
      const docs = [];
      for await (const d of store.exportDocs({ q: 'source:huffpost' })) docs.push(d.id);
      expect(docs.sort()).toEqual(['huffpost-1', 'huffpost-3']);
      let n = 0;
      for await (const q of store.exportQuotes({ copies: true })) n += q.text.length > 0 ? 1 : 0;
      expect(n).toBe(6);
    });

    test('analysis jobs are claimed once each', async () => {
      expect(await store.enqueue([1, 2, 3, 4, 5].map((i) => ({ id: `job-${i}`, input: { id: `a${i}`, text: 'x' } })))).toBe(5);
      expect(await store.enqueue([{ id: 'job-1', input: {} }])).toBe(0);
      const [a, b] = await Promise.all([store.claimJobs(3, 'w1'), store.claimJobs(3, 'w2')]);
      const all = [...a, ...b].map((j) => j.id).sort();
      expect(all).toEqual(['job-1', 'job-2', 'job-3', 'job-4', 'job-5']);
      await store.finishJobs(all.slice(0, 4));
      expect(await store.pendingJobs()).toBe(1);
    });

    test('hostile queries never throw', async () => {
      for (const q of ['"unclosed', '((', ')', 'AND OR NOT', '*', 'speaker:', 'a"b', '🙂 emoji', "o'brien", 'NEAR(x y)', '-']) {
        await expect(store.search({ q })).resolves.toBeDefined();
      }
      expect(ids((await store.search({ q: A2.text.slice(0, 0) + 'lavrov' })).items)).toEqual(['breitbart-2']);
    });

    // last: it adds articles the tests above do not expect
    test('aggregates hold for a large batch with copies, and an article revised in the batch that brought it', async () => {
      const gen = Array.from({ length: 40 }, (_, i) => generateArticle(i, 11).item());
      const copy = { ...gen[3], id: 'copy-of-3' }; // the same rows under another id: the writer keys them
      const first = makeItem({ ...A3, id: 'fresh-7', published: '2018-02-02T10:00:00Z' });
      const second = makeItem({ ...A3, id: 'fresh-7', published: '2018-03-03T10:00:00Z', updated: '2018-03-03T10:00:00Z', text: `${A3.text} Later.` });
      expect((await store.putBatch([...gen, copy, first, second])).slice(-3)).toEqual(['new', 'new', 'revision']);
      expect((await store.getArticle('fresh-7'))?.article).toMatchObject({ revision: 2, published: '2018-03-03T10:00:00Z' });
      const everything = 'NOT zzzqqqxx';
      expect(await store.timeline('day', {})).toEqual(await store.timeline('day', { q: everything }));
      const [whole, scanned] = [await store.actorNetwork({}), await store.actorNetwork({ q: everything })];
      const sorted = (n: typeof whole) => ({ nodes: [...n.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)), edges: n.edges });
      expect(sorted(whole)).toEqual(sorted(scanned));
      expect(whole.edges.length).toBeGreaterThan(20);
      // a later revision without Assad: his actor keys go with the old rows
      const actorIds = async (q: string) => ids((await store.search({ q, copies: true })).items).filter((id) => id === 'fresh-7');
      expect(await actorIds('actor:syr')).toEqual(['fresh-7']);
      const third = makeItem({ ...A3, id: 'fresh-7', published: '2018-03-03T10:00:00Z', updated: '2018-03-04T10:00:00Z', text: `${A3.text} Later still.`,
        entities: [A3.entities![0]], events: [], quotes: [] });
      const inFresh = (q: string) => withRowTuning({ walk: 1e9 }, async () => (await store.quotes({ q, limit: 100, copies: true })).items.filter((x) => x.articleId === 'fresh-7').length);
      expect(await inFresh('individuals')).toBe(1);
      expect(await store.putBatch([third])).toEqual(['revision']);
      // the revision's rows (no quote) replace the old ones in the row text index too (SQLite migration 9)
      expect(await inFresh('individuals')).toBe(0);
      expect(await actorIds('actor:syr')).toEqual([]);
      expect(await actorIds('actor:"boris johnson"')).toEqual(['fresh-7']);
      expect(await store.timeline('day', {})).toEqual(await store.timeline('day', { q: everything }));
      // a canonical article revised with fewer actors: its old rows leave the actor aggregates
      const own = { id: 'own-9', text: 'Quebec protested to Peru about fishing quotas on Monday. Kenya backed Peru in the dispute.', published: '2019-05-05T10:00:00Z',
        entities: [{ name: 'Quebec', type: 'location', country: 'CAN' }, { name: 'Peru', type: 'location', country: 'PER' }, { name: 'Kenya', type: 'location', country: 'KEN' }],
        events: [{ sentence: 'Kenya backed Peru in the dispute.', trigger: 'backed', event: 'SUPPORT', root: '05', actors: [{ name: 'Kenya', country: 'KEN' }], recipients: [{ name: 'Peru', country: 'PER' }] }] };
      expect(await store.putBatch([makeItem(own)])).toEqual(['new']);
      const kenya = async () => (await store.actors({ limit: 1000 })).items.find((a) => a.name === 'Kenya');
      expect(await kenya()).toMatchObject({ articles: 1, events: 1, country: 'KEN' });
      expect(await store.putBatch([makeItem({ ...own, text: 'Quebec protested to Peru about fishing quotas on Monday. Nobody else spoke.', updated: '2019-05-06T10:00:00Z',
        entities: own.entities.slice(0, 1), events: [] })])).toEqual(['revision']);
      expect(await kenya()).toBeUndefined();
      const actorList = await store.actors({ limit: 1000 });
      expect(actorList.items.length).toBeGreaterThan(10);
      expect(actorList).toEqual(await store.actors({ q: everything, limit: 1000 }));
      expect(sorted(await store.actorNetwork({}))).toEqual(sorted(await store.actorNetwork({ q: everything })));
    });

    test('event:<CAMEO root or code> lists only the events of that root, not every event of the article', async () => {
      const text = 'Italy praised Spain on Monday. Italy then threatened Spain with fines.';
      const mixed = makeItem({ id: 'mixed-8', text, published: '2019-01-01T10:00:00Z', events: [
        { sentence: 'Italy praised Spain on Monday.', trigger: 'praised', event: 'SUPPORT', root: '05', actors: [{ name: 'Italy', country: 'ITA' }], recipients: [{ name: 'Spain', country: 'ESP' }] },
        { sentence: 'Italy then threatened Spain with fines.', trigger: 'threatened', event: 'THREATEN', actors: [{ name: 'Italy', country: 'ITA' }], recipients: [{ name: 'Spain', country: 'ESP' }] },
      ] });
      await store.putBatch([mixed]);
      expect((await store.events({ q: 'event:05' })).items.map((e) => `${e.articleId} ${e.event}`)).toEqual(['mixed-8 SUPPORT']);
      expect((await store.events({ q: 'event:13 actor:ITA' })).items.map((e) => e.event)).toEqual(['THREATEN']);
    });

    test('an actor has the country and sector most articles give it, not the one that sorts last', async () => {
      // three made-up stories call Mara Quillfeather a British party figure; one calls her American and a rebel
      const scenes = ['at a crowded market in the rain', 'during a late radio phone-in about bus fares', 'on the steps of the town library',
        'after a long committee hearing on river floods'];
      const told = (id: string, country: string, sector: string) => makeItem({
        id, published: '2019-02-01T10:00:00Z', text: `"Taxes will fall," Mara Quillfeather told Tobin Vale ${scenes[Number(id.slice(-1)) - 1]}.`,
        entities: [{ name: 'Mara Quillfeather', country, sector }, { name: 'Tobin Vale', country: 'GBR' }],
        quotes: [{ said: 'Taxes will fall,', speaker: 'Mara Quillfeather' }],
        events: [{ sentence: `"Taxes will fall," Mara Quillfeather told Tobin Vale ${scenes[Number(id.slice(-1)) - 1]}.`, trigger: 'told', event: 'STATEMENT', root: '01',
          actors: [{ name: 'Mara Quillfeather' }], recipients: [{ name: 'Tobin Vale' }] }],
      });
      await store.putBatch([told('mq-1', 'GBR', 'PTY'), told('mq-2', 'USA', 'REB'), told('mq-3', 'GBR', 'PTY'), told('mq-4', 'GBR', 'PTY')]);
      const listed = (await store.actors({ q: 'actor:"Mara Quillfeather"' })).items.find((a) => a.name === 'Mara Quillfeather');
      expect(listed).toMatchObject({ articles: 4, country: 'GBR', sector: 'PTY' });
      const node = (await store.actorNetwork({})).nodes.find((n) => n.name === 'Mara Quillfeather');
      expect(node).toMatchObject({ country: 'GBR', sector: 'PTY' });
    });

    test('reanalysis replaces the current analysis in place, by engine, and leaves a changed article alone', async () => {
      const engines = (await store.stats()).engines;
      expect(engines.map((e) => e.value)).toEqual(['unknown']); // the fixtures carry no engine
      // pages in id order, duplicate copies too, the query's matches only
      const seen: string[] = [];
      for (let after: string | null = null, page = await store.storedTexts({ limit: 4 }); page.length; page = await store.storedTexts({ after, limit: 4 })) {
        seen.push(...page.map((p) => p.id));
        after = page[page.length - 1].id;
      }
      expect(seen).toEqual([...seen].sort());
      expect(seen.length).toBe((await store.stats()).articles);
      const huff = await store.storedTexts({ q: 'source:huffpost', skipEngine: 'e2', limit: 100 });
      expect(huff.map((h) => h.id)).toEqual(expect.arrayContaining(['huffpost-1', 'huffpost-3']));
      expect(huff.every((h) => h.source === 'huffpost')).toBe(true);
      expect(huff.find((h) => h.id === 'huffpost-1')).toMatchObject({ text: A1.text, headline: A1.headline, published: A1.published });
      expect(await store.countStoredTexts({ q: 'source:huffpost', skipEngine: 'e2' })).toBe(huff.length);

      // the same text, analysed again: one quote by someone else, no event
      const again = { ...makeItem({ ...A1, quotes: [{ said: 'the talks in Lucca had been tense', speaker: 'Diplomats' }], events: [] }), engine: 'e2' };
      const stale = { ...makeItem({ ...A1, text: A1.text + ' Stale.' }), engine: 'e2' };
      expect(await store.replaceAnalysis([again, stale, { ...again, id: 'nobody-9' }])).toEqual(['replaced', 'changed', 'missing']);
      expect((await store.quotes({ q: 'source:huffpost', limit: 50 })).items.filter((x) => x.articleId === 'huffpost-1').map((x) => x.speaker)).toEqual(['Diplomats']);
      expect((await store.events({ q: 'event:THREATEN' })).items.map((e) => e.articleId)).not.toContain('huffpost-1');
      // and the row text index with them (SQLite migration 9), whichever plan reads it
      for (const walk of [1e9, 0]) {
        await withRowTuning({ walk }, async () => {
          expect((await store.quotes({ q: 'tense' })).items.map((x) => x.text)).toEqual(['the talks in Lucca had been tense']);
          expect((await store.quotes({ q: '"face sanctions"' })).items).toEqual([]);
        });
      }
      const d = await store.getArticle('huffpost-1');
      expect(d?.article).toMatchObject({ revision: 1, textHash: again.textHash });
      expect(d?.revisions.at(-1)?.doc.quotes.length).toBe(1);
      expect(d?.revisions.at(-1)?.doc.events).toEqual([]);
      expect((await store.stats()).engines.find((e) => e.value === 'e2')).toEqual({ value: 'e2', count: 1 });
      expect((await store.storedTexts({ q: 'source:huffpost', skipEngine: 'e2', limit: 100 })).map((h) => h.id)).not.toContain('huffpost-1');
      expect(await store.countStoredTexts({ q: 'source:huffpost', skipEngine: 'e2' })).toBe(huff.length - 1);
      expect(ids((await store.search({ q: 'Lucca' })).items)).toEqual(['huffpost-1']); // its text is searched as before
      // the aggregates follow the replaced rows
      const everything = 'NOT zzzqqqxx';
      expect(await store.timeline('day', {})).toEqual(await store.timeline('day', { q: everything }));
      const [whole, scanned] = [await store.actorNetwork({}), await store.actorNetwork({ q: everything })];
      const sorted = (n: typeof whole) => ({ nodes: [...n.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)), edges: n.edges });
      expect(sorted(whole)).toEqual(sorted(scanned));
      // again: idempotent
      expect(await store.replaceAnalysis([again])).toEqual(['replaced']);
      expect(await store.timeline('day', {})).toEqual(await store.timeline('day', { q: everything }));
    });

    test("records the file of an article whose id is its path, and '' for one that is no file", async () => {
      const file = { ...makeItem({ id: 'deep/x', text: 'The ferry to Rannoch was cancelled on Monday because of the storm.', published: '2019-03-01T10:00:00Z' }), origin: '/news/2016/deep/x.txt' };
      expect(await store.putBatch([file])).toEqual(['new']);
      const held = await store.fileOrigins(['deep/x', 'huffpost-1', 'not-stored']);
      expect([...held].sort()).toEqual([['deep/x', '/news/2016/deep/x.txt'], ['huffpost-1', '']]);
      await store.adoptOrigins([{ id: 'deep/x', origin: '/news/2017/deep/x.txt' }]); // only articles without a record adopt one
      expect((await store.fileOrigins(['deep/x'])).get('deep/x')).toBe('/news/2016/deep/x.txt');
    });
  });
}
