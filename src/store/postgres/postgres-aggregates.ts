// PostgreSQL migration 2: the aggregates of src/store/sqlite/sqlite-aggregates.ts (day_counts, network_edges,
// network_nodes; same meaning, same invariant), kept by statement-level triggers over transition tables, so a
// multi-row INSERT of children costs one grouped upsert per statement rather than one per row. Upserts go in
// key order, so that concurrent writers take the aggregate rows' locks in one order (no deadlock).
// Citus: the aggregates are keyed by (day, kind) and (source, target, relation), small, and would be
// reference tables; the triggers then need citus.enable_unsafe_triggers or moving into the writer.

const UPSERT_DAY = 'ON CONFLICT (day, kind) DO UPDATE SET n = day_counts.n + excluded.n';
const UPSERT_EDGE = 'ON CONFLICT (source, target, relation) DO UPDATE SET weight = network_edges.weight + excluded.weight';
const GREATEST = (c: string) => `GREATEST(network_nodes.${c}, excluded.${c})`;

/** Child table → the statement adding its changed rows (transition table `changed`, times `s`) to the aggregates. */
const CHILD: Record<'quotes' | 'events' | 'relations', string> = {
  quotes: `INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, 'quotes', s * count(*) FROM changed c JOIN articles a ON a.id = c.article_id
    WHERE a.is_canonical = 1 GROUP BY a.pub_day ORDER BY 1 ${UPSERT_DAY};`,
  events: `INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, 'event:' || coalesce(c.event, ''), s * count(*) FROM changed c
    JOIN articles a ON a.id = c.article_id WHERE a.is_canonical = 1 GROUP BY 1, 2 ORDER BY 1, 2 ${UPSERT_DAY};`,
  relations: `INSERT INTO network_edges (source, target, relation, weight) SELECT c.source, c.target, c.relation, s * sum(c.weight) FROM changed c
    JOIN articles a ON a.id = c.article_id WHERE a.is_canonical = 1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 ${UPSERT_EDGE};`,
};

const childTriggers = (Object.keys(CHILD) as (keyof typeof CHILD)[]).map((t) => `
CREATE FUNCTION agg_${t}() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE s integer := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  ${CHILD[t]}
  RETURN NULL;
END $f$;
CREATE TRIGGER ${t}_agg_insert AFTER INSERT ON ${t} REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION agg_${t}();
CREATE TRIGGER ${t}_agg_delete AFTER DELETE ON ${t} REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION agg_${t}();`).join('\n');

/** The body of agg_apply_articles: day counts and edges of the listed articles (migration 10 adds the actor aggregates). */
export const APPLY_ARTICLES = `
  INSERT INTO day_counts (day, kind, n) SELECT m.day, 'articles', sum(m.s) FROM unnest(ids, days, signs) AS m(id, day, s)
    GROUP BY 1 ORDER BY 1 ${UPSERT_DAY};
  INSERT INTO day_counts (day, kind, n) SELECT m.day, 'quotes', sum(m.s) FROM unnest(ids, days, signs) AS m(id, day, s)
    JOIN quotes q ON q.article_id = m.id GROUP BY 1 ORDER BY 1 ${UPSERT_DAY};
  INSERT INTO day_counts (day, kind, n) SELECT m.day, 'event:' || coalesce(ev.event, ''), sum(m.s) FROM unnest(ids, days, signs) AS m(id, day, s)
    JOIN events ev ON ev.article_id = m.id GROUP BY 1, 2 ORDER BY 1, 2 ${UPSERT_DAY};
  INSERT INTO network_edges (source, target, relation, weight) SELECT r.source, r.target, r.relation, sum(m.s * r.weight)
    FROM unnest(ids, days, signs) AS m(id, day, s) JOIN relations r ON r.article_id = m.id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3 ${UPSERT_EDGE};
`;

export const POSTGRES_AGGREGATES = `
CREATE TABLE day_counts (day text NOT NULL, kind text NOT NULL, n integer NOT NULL, PRIMARY KEY (day, kind));
CREATE TABLE network_edges (source text NOT NULL, target text NOT NULL, relation text NOT NULL, weight integer NOT NULL,
  PRIMARY KEY (source, target, relation));
CREATE INDEX network_edges_target ON network_edges (target);
CREATE TABLE network_nodes (name text PRIMARY KEY, type text, country text, sector text);

-- adds s × the contribution of each listed canonical article (its own count and its current children)
CREATE FUNCTION agg_apply_articles(ids text[], days text[], signs integer[]) RETURNS void LANGUAGE sql AS $f$
${APPLY_ARTICLES}$f$;
CREATE FUNCTION agg_articles_set() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE s integer := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  PERFORM agg_apply_articles(array_agg(c.id), array_agg(c.pub_day), array_fill(s, ARRAY[count(*)::integer]))
    FROM changed c WHERE c.is_canonical = 1 HAVING count(*) > 0;
  RETURN NULL;
END $f$;
CREATE TRIGGER articles_agg_insert AFTER INSERT ON articles REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION agg_articles_set();
CREATE TRIGGER articles_agg_delete AFTER DELETE ON articles REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION agg_articles_set();
CREATE FUNCTION agg_articles_move() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF OLD.is_canonical = 1 THEN PERFORM agg_apply_articles(ARRAY[OLD.id], ARRAY[OLD.pub_day], ARRAY[-1]); END IF;
  IF NEW.is_canonical = 1 THEN PERFORM agg_apply_articles(ARRAY[NEW.id], ARRAY[NEW.pub_day], ARRAY[1]); END IF;
  RETURN NULL;
END $f$;
CREATE TRIGGER articles_agg_update AFTER UPDATE OF pub_day, is_canonical ON articles FOR EACH ROW
  WHEN (OLD.pub_day IS DISTINCT FROM NEW.pub_day OR OLD.is_canonical IS DISTINCT FROM NEW.is_canonical) EXECUTE FUNCTION agg_articles_move();
${childTriggers}
CREATE FUNCTION agg_entities() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  INSERT INTO network_nodes (name, type, country, sector) SELECT name, max(type), max(country), max(sector) FROM changed
    WHERE name IS NOT NULL GROUP BY 1 ORDER BY 1
    ON CONFLICT (name) DO UPDATE SET type = ${GREATEST('type')}, country = ${GREATEST('country')}, sector = ${GREATEST('sector')}
    WHERE (${GREATEST('type')}, ${GREATEST('country')}, ${GREATEST('sector')}) IS DISTINCT FROM (network_nodes.type, network_nodes.country, network_nodes.sector);
  RETURN NULL;
END $f$;
CREATE TRIGGER entities_agg_insert AFTER INSERT ON entities REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION agg_entities();

INSERT INTO day_counts (day, kind, n) SELECT pub_day, 'articles', count(*) FROM articles WHERE is_canonical = 1 GROUP BY pub_day;
INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, 'quotes', count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
  WHERE a.is_canonical = 1 GROUP BY a.pub_day;
INSERT INTO day_counts (day, kind, n) SELECT a.pub_day, 'event:' || coalesce(ev.event, ''), count(*) FROM events ev JOIN articles a ON a.id = ev.article_id
  WHERE a.is_canonical = 1 GROUP BY 1, 2;
INSERT INTO network_edges (source, target, relation, weight) SELECT r.source, r.target, r.relation, sum(r.weight) FROM relations r
  JOIN articles a ON a.id = r.article_id WHERE a.is_canonical = 1 GROUP BY 1, 2, 3;
INSERT INTO network_nodes (name, type, country, sector) SELECT name, max(type), max(country), max(sector) FROM entities
  WHERE name IS NOT NULL GROUP BY name;
`;
