// The corpus store: one async interface that the SQLite and PostgreSQL backends both implement,
// and that ingest, the CLI, the HTTP API and export all talk to. Records are plain JSON data.
// Queries take the one query language of src/search/parse-query.ts as a string.
import type { ContractDoc } from '../analyze/to-contract.js';
import type { RowTuples } from './row-tuples.js';

/** One article as stored: its latest revision, and the duplicate group it belongs to. */
export type ArticleRecord = {
  /** Stable across revisions: the input id, else the URL, else the file name, else a content hash. */
  id: string;
  url: string | null;
  source: string | null;
  headline: string | null;
  published: string | null;
  updated: string | null;
  /** SHA-1 (16 hex) of headline + text of the latest revision. */
  textHash: string;
  /** 1 for the first version; +1 for each changed version of the same id. */
  revision: number;
  /** The canonical member of this article's duplicate group (its own id when it is canonical). */
  canonicalId: string;
  /** How this article joined its group: itself canonical, an exact copy, or a near copy. */
  duplicateKind: 'canonical' | 'exact' | 'near';
  /** Number of members in the group, canonical included (1 = no copies). */
  groupSize: number;
  ingestedAt: string;
};

/** A quote of one article, flattened for tables and CSV. */
export type QuoteRecord = {
  articleId: string;
  quoteId: string;
  type: string;
  /** The quoted words: text.slice(start, end). */
  text: string;
  speaker: string | null;
  speakerEntity: string | null;
  /** The speaker's title as this article gives it ("Foreign Minister"), from the speaker's entity. */
  speakerTitle: string | null;
  cue: string | null;
  start: number;
  end: number;
  published: string | null;
  source: string | null;
  headline: string | null;
};

export type EventActorRecord = { name: string; country: string | null; sector: string | null };

/** An event of one article, flattened. */
export type EventRecord = {
  articleId: string;
  eventId: string;
  /** PLOVER event type, e.g. THREATEN. */
  event: string;
  mode: string | null;
  cameoRoot: string | null;
  cameoCode: string | null;
  modality: string;
  actors: EventActorRecord[];
  recipients: EventActorRecord[];
  date: string | null;
  location: { name: string; country: string | null } | null;
  /** The evidence sentence. */
  text: string;
  trigger: string;
  start: number;
  end: number;
  published: string | null;
  source: string | null;
};

/** An actor (entity name) aggregated over the matching articles. */
export type ActorRecord = {
  name: string;
  type: string | null;
  country: string | null;
  sector: string | null;
  articles: number;
  mentions: number;
  quotes: number;
  events: number;
};

export type Facet = { value: string; count: number };

export type Highlighted = { text: string; highlights: { start: number; end: number }[] };

export type SearchHit = { article: ArticleRecord; snippet: Highlighted };

export type Page<T> = { items: T[]; next: string | null };

export type SearchResult = Page<SearchHit> & {
  /** Matching articles counting each duplicate group once. */
  total: number;
  /** Matching articles counting every copy. */
  totalWithCopies: number;
  facets: { source: Facet[]; event: Facet[]; speaker: Facet[] };
  /** True when there are more matches than the counts say: they stop at 1,001 matching articles with copies. */
  totalIsLowerBound?: boolean;
  /** How many matches the facets counted (absent without facets): a sample of at most 1,000 (SQLite: the most recently
   * stored), so a common word stays fast. */
  facetsOver?: number;
};

/** Common query options: `q` in the query language, opaque `cursor` from a previous page, no cap on `limit`. */
export type QueryOptions = {
  q?: string;
  cursor?: string | null;
  limit?: number;
  /** Include duplicate copies (default: only canonical members). */
  copies?: boolean;
};

export type SearchOptions = QueryOptions & { facets?: boolean };

export type Bucket = 'day' | 'week' | 'month';

export type TimelinePoint = {
  period: string; articles: number; quotes: number; events: number;
  /** `events` by PLOVER type, e.g. { MEET: 3, THREATEN: 1 }. */
  eventTypes: Record<string, number>;
};

export type NetworkNode = { id: string; name: string; type: string | null; country: string | null; sector: string | null; weight: number };
/** `relation` is 'quotes' (speaker → actor named in the quote) or a PLOVER event in lower case ('accuse', 'meet'...). */
export type NetworkEdge = { source: string; target: string; relation: string; weight: number };
export type ActorNetwork = { nodes: NetworkNode[]; edges: NetworkEdge[] };

export type ParagraphChange = { op: 'same' | 'added' | 'removed'; text: string };

export type RevisionRecord = {
  revision: number;
  textHash: string;
  headline: string | null;
  updated: string | null;
  ingestedAt: string;
  doc: ContractDoc;
  /** Paragraph-level diff from the previous revision (absent on revision 1). */
  changes?: ParagraphChange[];
};

export type ArticleDetail = {
  article: ArticleRecord;
  /** Every version, oldest first; the last is the current one. */
  revisions: RevisionRecord[];
  /** Other members of the duplicate group. */
  copies: ArticleRecord[];
};

export type SpeakerQuotes = { speaker: string; timeline: { period: string; quotes: number }[] } & Page<QuoteRecord>;

/** What ingest hands the store: one analysed article. */
export type IngestItem = {
  id: string;
  url: string | null;
  source: string | null;
  textHash: string;
  /** SHA-1 (16 hex) of the analysed text alone: equal body hashes under different ids are exact copies. */
  bodyHash: string;
  /** MinHash signature of the text's word shingles (src/ingest/minhash.ts). */
  minhash: Uint32Array;
  doc: ContractDoc;
  /** The rows of `doc` as JSON tuples (src/store/row-tuples.ts), when the ingest worker made them already. */
  tuples?: RowTuples;
  /** `JSON.stringify(doc)` (or its UTF-8 bytes), when the ingest worker serialized it already; then `doc` may carry
   * only `meta` and `text` (all a writer reads from it), so that the large analysis is not structured-cloned to the writing thread. */
  docJson?: string | Uint8Array;
  /** The analysis engine that made `doc` (src/ingest/engine-version.ts); stored as 'unknown' when absent. */
  engine?: string;
  /** The file the article was read from (absolute path), for files whose id is their path: ingest tells two files of one id apart by it. */
  origin?: string;
};

export type PutOutcome = 'new' | 'revision' | 'unchanged' | 'older';

/** A queued analysis job (for `parley worker`): the raw input as a JSON record. */
export type Job = { id: string; input: Record<string, unknown> };

export type StoreStats = { articles: number; canonical: number; revisions: number; quotes: number; events: number; entities: number;
  /** Articles by the engine that analysed them (most first); 'unknown' for those stored before engines were recorded. */
  engines: Facet[] };

/** The articles `stats` says an engine other than `engine` analysed (what `parley reanalyze` redoes). */
export function olderEngine(stats: StoreStats, engine: string): number {
  return stats.engines.filter((e) => e.value !== engine).reduce((sum, e) => sum + e.count, 0);
}

/** What reanalysis reads of a stored article: its current text and the meta the reader is given again. */
export type StoredText = {
  id: string; textHash: string; text: string; headline: string | null; published: string | null; updated: string | null;
  url: string | null; source: string | null;
};

/** Outcome of replacing one article's analysis: done, or skipped because the article is gone or has another current text. */
export type ReplaceOutcome = 'replaced' | 'missing' | 'changed';

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Write a batch in one transaction; idempotent (id + text hash). One outcome per item, in order. */
  putBatch(items: readonly IngestItem[]): Promise<PutOutcome[]>;
  /** The file each of these ids was read from, for the ids stored ('': no file; null: stored before files were recorded). */
  fileOrigins(ids: readonly string[]): Promise<Map<string, string | null>>;
  /** Record the file of articles stored before files were recorded (those whose origin is null); others stay. */
  adoptOrigins(pairs: readonly { id: string; origin: string }[]): Promise<void>;
  /** Which `id\u0000textHash` pairs are already stored (any revision): ingest skips them before analysis. */
  known(keys: readonly { id: string; textHash: string }[]): Promise<Set<string>>;

  search(opts: SearchOptions): Promise<SearchResult>;
  quotes(opts: QueryOptions): Promise<Page<QuoteRecord>>;
  events(opts: QueryOptions): Promise<Page<EventRecord>>;
  actors(opts: QueryOptions): Promise<Page<ActorRecord>>;
  speakerQuotes(name: string, opts?: QueryOptions & { bucket?: Bucket }): Promise<SpeakerQuotes>;
  actorNetwork(opts?: QueryOptions & { minWeight?: number }): Promise<ActorNetwork>;
  timeline(bucket: Bucket, opts?: QueryOptions): Promise<TimelinePoint[]>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  stats(): Promise<StoreStats>;

  /** Streams for export: every match, in pages, no cap. */
  exportDocs(opts: QueryOptions): AsyncIterable<ContractDoc>;
  exportQuotes(opts: QueryOptions): AsyncIterable<QuoteRecord>;
  exportEvents(opts: QueryOptions): AsyncIterable<EventRecord>;

  /** A page of stored articles (duplicate copies too) in id order after `after`, those the query `q` matches,
   * leaving out those analysed by engine `skipEngine`: what `parley reanalyze` redoes. */
  storedTexts(opts: { q?: string; skipEngine?: string; after?: string | null; limit: number }): Promise<StoredText[]>;
  /** How many stored articles (copies too) `storedTexts` would visit in all. */
  countStoredTexts(opts: { q?: string; skipEngine?: string }): Promise<number>;
  /** Replace the current analysis of stored articles (their current revision's document, child rows, facets, engine) in one
   * transaction; an item whose text hash is not its article's current one is 'changed' and left alone. */
  replaceAnalysis(items: readonly IngestItem[]): Promise<ReplaceOutcome[]>;

  /** Analysis queue shared by `parley worker` processes (PostgreSQL: FOR UPDATE SKIP LOCKED). */
  enqueue(jobs: readonly Job[]): Promise<number>;
  claimJobs(limit: number, worker: string): Promise<Job[]>;
  finishJobs(ids: readonly string[], error?: string): Promise<void>;
  pendingJobs(): Promise<number>;

  /** Refresh the planner's statistics after a large write (SQLite: PRAGMA optimize; PostgreSQL: ANALYZE). */
  optimize(): Promise<void>;

  close(): Promise<void>;
}

/** Default database when neither --db nor PARLEY_DB is given. */
export const DEFAULT_DB = './parley.db';

/** The database URL to use: explicit option, else PARLEY_DB, else ./parley.db. */
export function resolveDbUrl(option?: string): string {
  return option || process.env.PARLEY_DB || DEFAULT_DB;
}
