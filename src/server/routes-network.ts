// The actor network and the timeline. The network folds the store's relations (quotes, accuse, meet...)
// between two actors into one weighted edge; with `actor` it is that actor's ego network.
import type { FastifyInstance } from 'fastify';
import type { ActorNetwork, Bucket, Store } from '../store/store.js';
import type { NetworkEdge, NetworkResponse, TimelineBucket, TimelineResponse } from './api-types.js';
import { HttpError } from './errors.js';
import { composeQuery, fieldTerm, limitOf, type ListQuery } from './query-params.js';

type NetworkQuery = ListQuery & { minWeight?: string };

/** Fold relations into edges; keep `relation` only when given; keep the ego's edges when `ego` is given. */
export function foldNetwork(net: ActorNetwork, opts: { relation?: string; ego?: string; limit: number }): NetworkResponse {
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
  const used = new Set<string>(ego ? [ego] : []);
  for (const e of edges.values()) { used.add(e.source); used.add(e.target); }
  const nodes = net.nodes.filter((n) => (relation || ego ? used.has(n.id) : true))
    .sort((a, b) => b.weight - a.weight);
  const kept = nodes.slice(0, opts.limit);
  const keptIds = new Set(kept.map((n) => n.id));
  return {
    nodes: kept.map((n) => ({ id: n.id, label: n.name, type: n.type, country: n.country, sector: n.sector, weight: n.weight })),
    edges: [...edges.values()].filter((e) => keptIds.has(e.source) && keptIds.has(e.target)),
    truncated: nodes.length > kept.length,
  };
}

function bucketOf(raw: string | undefined): Bucket {
  const bucket = raw ?? 'day';
  if (bucket !== 'day' && bucket !== 'week' && bucket !== 'month') throw new HttpError(400, 'bad-bucket', 'bucket must be day, week or month');
  return bucket;
}

/** How many event types the timeline splits out; the rest are summed as OTHER. */
const TIMELINE_TYPES = 8;

export function registerNetwork(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: NetworkQuery }>('/api/network', async (req): Promise<NetworkResponse> => {
    const { actor, event, ...rest } = req.query;
    const minWeight = rest.minWeight === undefined || rest.minWeight === '' ? 1 : Number(rest.minWeight);
    if (!Number.isFinite(minWeight) || minWeight < 0) throw new HttpError(400, 'bad-weight', 'minWeight must be a number ≥ 0');
    const limit = limitOf(rest.limit, 500);
    const q = [composeQuery({ q: rest.q, after: rest.after, before: rest.before, event }), actor?.trim() ? fieldTerm('actor', actor) : ''].filter(Boolean).join(' ');
    const net = await store.actorNetwork({ q, minWeight, limit: actor ? undefined : limit });
    return foldNetwork(net, { relation: event?.trim() || undefined, ego: actor?.trim() || undefined, limit });
  });

  app.get<{ Querystring: ListQuery & { bucket?: string } }>('/api/timeline', async (req): Promise<TimelineResponse> => {
    const bucket = bucketOf(req.query.bucket);
    const q = composeQuery(req.query);
    const points = await store.timeline(bucket, { q });
    const facets = (await store.search({ q, limit: 1, facets: true })).facets.event.slice(0, TIMELINE_TYPES);
    const byType = await Promise.all(facets.map(async (f) => {
      const typed = await store.timeline(bucket, { q: [q, fieldTerm('event', f.value)].filter(Boolean).join(' ') });
      return new Map(typed.map((p) => [p.period, p.events]));
    }));
    const buckets: TimelineBucket[] = points.map((p) => {
      const events: Record<string, number> = {};
      let named = 0;
      facets.forEach((f, i) => {
        const n = byType[i].get(p.period) ?? 0;
        if (n) events[f.value] = n;
        named += n;
      });
      if (p.events > named) events.OTHER = p.events - named;
      return { start: p.period, articles: p.articles, quotes: p.quotes, events };
    });
    return { bucket, buckets };
  });
}
