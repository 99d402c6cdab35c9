// SQLite migration 2: aggregates that the unfiltered timeline and actor network read instead of scanning
// every quote, event and relation (100k articles: ~1M rows each). Triggers keep them equal, at all times,
// to the sums over the current rows of canonical articles, whatever order the writer uses:
//   day_counts(day, kind, n)       kind 'articles' | 'quotes' | 'event:<PLOVER type>', by published day
//   network_edges(source, target, relation, weight)
//   network_nodes(name, type, country, sector)  the largest value seen for each name (never lowered)
// A child row counts at its article's current day when the article is canonical; an article whose day or
// canonical flag changes moves its children's counts with it. Rows that fall to 0 stay (readers skip them).
// Needs: the tables of migration 1. Leaves out: filtered queries (they scan, as before).

const UPSERT_DAY = 'ON CONFLICT (day, kind) DO UPDATE SET n = n + excluded.n';
const UPSERT_EDGE = 'ON CONFLICT (source, target, relation) DO UPDATE SET weight = weight + excluded.weight';

/** Statements adding `sign` times the contribution of article row `r` (NEW or OLD) when it is canonical. */
function contribution(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  const on = `${r}.is_canonical = 1`;
  return `
  INSERT INTO day_counts (day, kind, n) SELECT ${r}.pub_day, 'articles', ${sign} WHERE ${on} ${UPSERT_DAY};
  INSERT INTO day_counts (day, kind, n) SELECT ${r}.pub_day, 'quotes', ${sign} * count(*) FROM quotes WHERE article_id = ${r}.id AND ${on}
    HAVING count(*) > 0 ${UPSERT_DAY};
  INSERT INTO day_counts (day, kind, n) SELECT ${r}.pub_day, 'event:' || coalesce(event, ''), ${sign} * count(*) FROM events
    WHERE article_id = ${r}.id AND ${on} GROUP BY event ${UPSERT_DAY};
  INSERT INTO network_edges (source, target, relation, weight) SELECT source, target, relation, ${sign} * sum(weight) FROM relations
    WHERE article_id = ${r}.id AND ${on} GROUP BY source, target, relation ${UPSERT_EDGE};`;
}

/** A trigger on child `table` adding `sign` × its row to the aggregate, looked up through its canonical article. */
function childTrigger(table: 'quotes' | 'events' | 'relations', op: 'INSERT' | 'DELETE'): string {
  const r = op === 'INSERT' ? 'NEW' : 'OLD';
  const sign = op === 'INSERT' ? '' : '-';
  const body = table === 'relations'
    ? `INSERT INTO network_edges (source, target, relation, weight) SELECT ${r}.source, ${r}.target, ${r}.relation, ${sign}${r}.weight
    FROM articles a WHERE a.id = ${r}.article_id AND a.is_canonical = 1 ${UPSERT_EDGE};`
    : `INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, ${table === 'quotes' ? `'quotes'` : `'event:' || coalesce(${r}.event, '')`}, ${sign}1
    FROM articles a WHERE a.id = ${r}.article_id AND a.is_canonical = 1 ${UPSERT_DAY};`;
  return `CREATE TRIGGER ${table}_agg_${op.toLowerCase()} AFTER ${op} ON ${table} BEGIN
  ${body}
END;`;
}

export const SQLITE_AGGREGATES = `
CREATE TABLE day_counts (day TEXT NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, kind)) WITHOUT ROWID;
CREATE TABLE network_edges (source TEXT NOT NULL, target TEXT NOT NULL, relation TEXT NOT NULL, weight INTEGER NOT NULL,
  PRIMARY KEY (source, target, relation)) WITHOUT ROWID;
CREATE INDEX network_edges_target ON network_edges (target);
CREATE TABLE network_nodes (name TEXT PRIMARY KEY, type TEXT, country TEXT, sector TEXT) WITHOUT ROWID;
CREATE TRIGGER articles_agg_insert AFTER INSERT ON articles WHEN NEW.is_canonical = 1 BEGIN ${contribution('NEW', 1)}
END;
CREATE TRIGGER articles_agg_delete AFTER DELETE ON articles WHEN OLD.is_canonical = 1 BEGIN ${contribution('OLD', -1)}
END;
CREATE TRIGGER articles_agg_update AFTER UPDATE OF pub_day, is_canonical ON articles
  WHEN OLD.pub_day IS NOT NEW.pub_day OR OLD.is_canonical IS NOT NEW.is_canonical BEGIN ${contribution('OLD', -1)} ${contribution('NEW', 1)}
END;
${(['quotes', 'events', 'relations'] as const).flatMap((t) => [childTrigger(t, 'INSERT'), childTrigger(t, 'DELETE')]).join('\n')}
CREATE TRIGGER entities_agg_insert AFTER INSERT ON entities WHEN NEW.name IS NOT NULL BEGIN
  INSERT INTO network_nodes (name, type, country, sector) VALUES (NEW.name, NEW.type, NEW.country, NEW.sector)
  ON CONFLICT (name) DO UPDATE SET type = ${greatest('type')}, country = ${greatest('country')}, sector = ${greatest('sector')}
  WHERE ${['type', 'country', 'sector'].map((c) => `${greatest(c)} IS NOT ${c}`).join(' OR ')};
END;
INSERT INTO day_counts (day, kind, n) SELECT pub_day, 'articles', count(*) FROM articles WHERE is_canonical = 1 GROUP BY pub_day;
INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, 'quotes', count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
  WHERE a.is_canonical = 1 GROUP BY a.pub_day;
INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, 'event:' || coalesce(ev.event, ''), count(*) FROM events ev JOIN articles a ON a.id = ev.article_id
  WHERE a.is_canonical = 1 GROUP BY a.pub_day, ev.event;
INSERT INTO network_edges (source, target, relation, weight) SELECT r.source, r.target, r.relation, sum(r.weight) FROM relations r
  JOIN articles a ON a.id = r.article_id WHERE a.is_canonical = 1 GROUP BY r.source, r.target, r.relation;
INSERT INTO network_nodes (name, type, country, sector) SELECT name, max(type), max(country), max(sector) FROM entities
  WHERE name IS NOT NULL GROUP BY name;
`;

/** The larger of the stored and the incoming value, NULL counting as smallest (as max() over rows does). */
export function greatest(col: string): string {
  return `CASE WHEN excluded.${col} IS NULL THEN ${col} WHEN ${col} IS NULL THEN excluded.${col} ELSE max(${col}, excluded.${col}) END`;
}
