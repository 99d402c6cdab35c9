// PostgreSQL migration 10: the actor aggregates of src/store/sqlite/sqlite-actor-aggregates.ts (actor_counts, actor_facets;
// same meaning), kept as the aggregates of migration 2 are (postgres-aggregates.ts): statement-level triggers over the
// changed entity and event rows of canonical articles, and agg_apply_articles (which the articles' triggers call) when an
// article turns canonical or stops being so. Upserts go in key order (no deadlock between writers). Citus: small tables, reference tables.
import { APPLY_ARTICLES } from './postgres-aggregates.js';

const UPSERT_COUNTS = `ON CONFLICT (name_lc) DO UPDATE SET articles = actor_counts.articles + excluded.articles,
  mentions = actor_counts.mentions + excluded.mentions, events = actor_counts.events + excluded.events,
  name = GREATEST(actor_counts.name, excluded.name), type = GREATEST(actor_counts.type, excluded.type)`;
const UPSERT_FACETS = 'ON CONFLICT (name_lc, name, country, sector) DO UPDATE SET n = actor_facets.n + excluded.n';

/** The statements adding the entity rows `e` of `tables` that `where` selects, each times the integer expression `s` (a
 * trigger's sign, or in agg_apply_actors the sign of the row's article). */
const entityStatements = (tables: string, where: string, s: string) => `
  INSERT INTO actor_counts (name_lc, name, type, articles, mentions, events)
    SELECT name_lc, max(name), max(type), sum(art_w), sum(men_w), 0 FROM (SELECT e.name_lc, max(e.name) AS name, max(e.type) AS type, ${s} AS art_w,
      ${s} * coalesce(sum(e.mentions), 0) AS men_w FROM ${tables} WHERE ${where} AND e.name_lc IS NOT NULL GROUP BY e.article_id, e.name_lc, ${s}) x
    GROUP BY 1 ORDER BY 1 ${UPSERT_COUNTS};
  INSERT INTO actor_facets (name_lc, name, country, sector, n) SELECT e.name_lc, e.name, coalesce(e.country, ''), coalesce(e.sector, ''), sum(${s})
    FROM ${tables} WHERE ${where} AND e.name IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4 ${UPSERT_FACETS};`;

/** The same for the event rows `ev`: each name in an event's actor list counts once per slot. */
const eventStatements = (tables: string, where: string, s: string) => `
  INSERT INTO actor_counts (name_lc, name, type, articles, mentions, events)
    SELECT x.value, NULL, NULL, 0, 0, sum(${s}) FROM ${tables}, jsonb_array_elements_text(ev.actor_names::jsonb) x WHERE ${where}
      AND x.value IS NOT NULL GROUP BY 1 ORDER BY 1 ${UPSERT_COUNTS};`;

const STATEMENTS = { entities: entityStatements, events: eventStatements };
const ALIAS = { entities: 'e', events: 'ev' };

const triggers = (['entities', 'events'] as const).map((t) => `
CREATE FUNCTION agg_actor_${t}() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE s integer := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
BEGIN
  ${STATEMENTS[t](`changed ${ALIAS[t]} JOIN articles a ON a.id = ${ALIAS[t]}.article_id`, 'a.is_canonical = 1', 's')}
  RETURN NULL;
END $f$;
CREATE TRIGGER ${t}_actor_insert AFTER INSERT ON ${t} REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION agg_actor_${t}();
CREATE TRIGGER ${t}_actor_delete AFTER DELETE ON ${t} REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION agg_actor_${t}();`).join('\n');

export const POSTGRES_ACTOR_AGGREGATES = `
CREATE TABLE actor_counts (name_lc text PRIMARY KEY, name text, type text, articles integer NOT NULL, mentions integer NOT NULL, events integer NOT NULL);
CREATE TABLE actor_facets (name_lc text NOT NULL, name text NOT NULL, country text NOT NULL, sector text NOT NULL, n integer NOT NULL,
  PRIMARY KEY (name_lc, name, country, sector));
-- adds s × the actor rows of each listed article
CREATE FUNCTION agg_apply_actors(ids text[], signs integer[]) RETURNS void LANGUAGE sql AS $f$
  ${(['entities', 'events'] as const).map((t) => STATEMENTS[t](`unnest(ids, signs) AS m(id, s) JOIN ${t} ${ALIAS[t]} ON ${ALIAS[t]}.article_id = m.id`, 'true', 'm.s')).join('')}
$f$;
-- and agg_apply_articles (postgres-aggregates.ts), which the articles' triggers call when an article turns canonical or stops being so
CREATE OR REPLACE FUNCTION agg_apply_articles(ids text[], days text[], signs integer[]) RETURNS void LANGUAGE sql AS $f$${APPLY_ARTICLES}
  SELECT agg_apply_actors(ids, signs);
$f$;
${triggers}
SELECT agg_apply_actors(array_agg(id), array_fill(1, ARRAY[count(*)::integer])) FROM articles WHERE is_canonical = 1 HAVING count(*) > 0;
`;
