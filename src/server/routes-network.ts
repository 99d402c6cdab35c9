// The actor network and the timeline. The network folds the store's relations (quotes, accuse, meet...)
// between two actors into one weighted edge; with `actor` it is that actor's ego network.
import type { FastifyInstance } from 'fastify';
import type { ActorNetwork, Bucket, Store } from '../store/store.js';
import type { NetworkEdge, NetworkResponse, TimelineBucket, TimelineResponse } from './api-types.js';
import { HttpError } from './errors.js';
import type { Memo } from './memo.js';
import { composeQuery, fieldTerm, limitOf, queryWarnings, type ListQuery } from './query-params.js';

type NetworkQuery = ListQuery & { minWeight?: string };

/** The relation of a speaker to the actors their quotes name (the others are PLOVER event types). */
export const QUOTE_TIES = 'quotes';

/** Most nodes one network answer holds: the page stays readable (WebGL) at a few thousand. */
export const MAX_NODES = 5000;

/** Fold relations into edges; keep `relation` only when given; keep the ego's edges when `ego` is given. */
export function foldNetwork(net: ActorNetwork, opts: { relation?: string; ego?: string; limit: number }): Omit<NetworkResponse, 'warnings'> {
  const relation = opts.relation?.toLowerCase();
  const egoKey = opts.ego?.toLowerCase();
  const ego = egoKey ? net.nodes.find((n) => n.id.toLowerCase() === egoKey || n.name.toLowerCase() === egoKey)?.id : undefined;
  if (egoKey && !ego) return { nodes: [], edges: [], truncated: false };
  const edges = new Map<string, NetworkEdge>();
  for (const e of net.edges) {
    if (relation && e.relation.toLowerCase() !== relation) continue;
    if (ego && e.source !== ego && e.target !== ego) continue;
    const key = `${e.source}\u0000${e.target}`;
    const edge = edges.get(key) ?? { source: e.source, target: e.target, weight: 0, types: {} };
    edge.weight += e.weight;
    edge.types[e.relation] = (edge.types[e.relation] ?? 0) + e.weight;
    edges.set(key, edge);
  }
  // a relation or an ego network weighs each actor by the ties shown, not by all its ties: the top actors
  // of event=accuse are the accusers and the accused, not the most quoted people of those articles
  const shown = new Map<string, number>(ego ? [[ego, 0]] : []);
  for (const e of edges.values()) for (const n of [e.source, e.target]) shown.set(n, (shown.get(n) ?? 0) + e.weight);
  const nodes = (relation || ego ? net.nodes.filter((n) => shown.has(n.id)).map((n) => ({ ...n, weight: shown.get(n.id)! })) : net.nodes)
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const kept = nodes.slice(0, opts.limit);
  const keptIds = new Set(kept.map((n) => n.id));
  return {
    nodes: kept.map((n) => ({ id: n.id, label: n.name, type: n.type, country: n.country, sector: n.sector, weight: n.weight })),
    edges: [...edges.values()].filter((e) => keptIds.has(e.source) && keptIds.has(e.target)),
    truncated: nodes.length > kept.length,
  };
}

function bucketParam(raw: string | undefined): Bucket {
  const bucket = raw ?? 'day';
  if (bucket !== 'day' && bucket !== 'week' && bucket !== 'month') throw new HttpError(400, 'bad-bucket', 'bucket must be day, week or month');
  return bucket;
}

export function registerNetwork(app: FastifyInstance, store: Store, memo: Memo): void {
  app.get<{ Querystring: NetworkQuery }>('/api/network', async (req): Promise<NetworkResponse> => {
    const { actor, event, ...rest } = req.query;
    const minWeight = rest.minWeight === undefined || rest.minWeight === '' ? 1 : Number(rest.minWeight);
    if (!Number.isFinite(minWeight) || minWeight < 0) throw new HttpError(400, 'bad-weight', 'minWeight must be a number ≥ 0');
    const limit = limitOf(rest.limit, 500, MAX_NODES);
    // the whole network for these filters is computed once (memo); an ego network is a slice of it,
    // so expanding actor after actor on the page costs no further queries
    const relation = event?.trim() || undefined;
    // event=quotes keeps the quote ties (speaker → actor named), which are no event type of the query language
    const q = composeQuery({ q: rest.q, after: rest.after, before: rest.before, event: relation?.toLowerCase() === QUOTE_TIES ? undefined : event });
    const ego = actor?.trim() || undefined;
    const whole = `network\u0000${q}\u0000${minWeight}`;
    const warnings = queryWarnings(q);
    const view = await memo.get(`network-view\u0000${whole}\u0000${relation ?? ''}\u0000${ego ?? ''}\u0000${limit}`, async () => {
      // an ego network of a query before the whole one is known: only the articles naming the actor are read
      // (with no query the whole network comes from the store's aggregates, at once)
      const net = ego && q && !memo.peek(whole)
        ? await store.actorNetwork({ q: [q, fieldTerm('actor', ego)].filter(Boolean).join(' '), minWeight })
        : await memo.get(whole, () => store.actorNetwork({ q, minWeight }));
      return foldNetwork(net, { relation, ego, limit });
    });
    // an actor the network does not hold answers empty lists: say so, or a typo looks like an actor with no ties
    const unknown = ego && !view.nodes.length ? [{ code: 'unknown-actor', message: `no actor named ${JSON.stringify(ego)} in this network (names match whole, case aside)` }] : [];
    return { ...view, warnings: [...warnings, ...unknown] };
  });

  app.get<{ Querystring: ListQuery & { bucket?: string } }>('/api/timeline', async (req): Promise<TimelineResponse> => {
    const bucket = bucketParam(req.query.bucket);
    const q = composeQuery(req.query);
    const buckets = await memo.get(`timeline\u0000${bucket}\u0000${q}`, async () => {
      const points = await store.timeline(bucket, { q });
      return points.map((p): TimelineBucket => ({ start: p.period, articles: p.articles, quotes: p.quotes, events: p.eventTypes }));
    });
    return { bucket, buckets, warnings: queryWarnings(q) };
  });
}
