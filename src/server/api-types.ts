// The JSON shapes the HTTP API answers with. The web page imports these types (type-only), so the
// server and the page agree on one definition. Documents are the output contract (ContractDoc);
// list rows are the store's records, passed through.
import type { ContractDoc } from '../analyze/to-contract.js';
import type { ActorRecord, ArticleRecord, EventRecord, Facet, ParagraphChange, QuoteRecord, StoreStats } from '../store/store.js';

export type { ContractDoc, ActorRecord, ArticleRecord, EventRecord, Facet, QuoteRecord };

/** What the query holds that may make the answer empty or not what was meant ("event:FOO", "actor:RU",
 * "speakr:Johnson", an unclosed phrase): `code` is the query rule's stable id. Every query response has the list. */
export type QueryWarning = { code: string; message: string };
export type Warned = { warnings: QueryWarning[] };

/** One page of a list; `next` is an opaque cursor for the following page, null at the end. */
export type Page<T> = { items: T[]; next: string | null } & Warned;

/** GET /api/stats: the store's counts (StoreStats), the current engine and how many articles an older one analysed. */
export type StatsResponse = StoreStats & { engine: string; olderEngine: number };

export type ArticleSummary = Pick<ArticleRecord, 'id' | 'headline' | 'published' | 'source' | 'url' | 'revision' | 'groupSize'>;

export type RevisionSummary = { revision: number; headline: string | null; updated: string | null; current: boolean; changes?: ParagraphChange[] };

export type ArticleResponse = { article: ContractDoc; revision: number; revisions: RevisionSummary[]; copies: ArticleSummary[] };

/** A piece of a snippet: `hit` marks words that matched the query. Never markup. */
export type SnippetPart = { text: string; hit: boolean };

export type SearchHit = ArticleSummary & { snippet: SnippetPart[] };

export type SearchResponse = Page<SearchHit> & {
  total: number; totalWithCopies: number; facets: Record<string, Facet[]>;
  /** The totals stopped counting: there are more matches than they say. */
  totalIsLowerBound?: boolean;
  /** How many matches the facets counted: a sample of at most 1,000 (the most recent when the query has words). */
  facetsOver?: number;
};

/** A quote with the speaker's title as that article reported it. */
export type QuoteRow = QuoteRecord & { title: string | null };

export type SpeakerResponse = Page<QuoteRow> & { speaker: string; timeline: { period: string; quotes: number }[] };

export type NetworkNode = { id: string; label: string; type: string | null; country: string | null; sector: string | null; weight: number };
/** Relations between two actors folded into one edge; `types` counts each relation ('quotes', 'accuse'...). */
export type NetworkEdge = { source: string; target: string; weight: number; types: Record<string, number> };
export type NetworkResponse = { nodes: NetworkNode[]; edges: NetworkEdge[]; truncated: boolean } & Warned;

export type TimelineBucket = { start: string; articles: number; quotes: number; events: Record<string, number> };
export type TimelineResponse = { bucket: 'day' | 'week' | 'month'; buckets: TimelineBucket[] } & Warned;

export type ApiError = { error: { code: string; message: string } };
