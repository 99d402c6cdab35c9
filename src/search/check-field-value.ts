// Warnings for field values that can match nothing: `event:FOO` (no PLOVER type, no CAMEO code),
// `actor:RU` (a two-letter country code where the stores keep three letters), `actor:RUSGOV` (the
// Phoenix export's country + sector code), `event:THREAT*` (event: takes whole values). The value
// is still searched as given: the warning says why the answer may be empty.
import { createRequire } from 'node:module';
import type { Diagnostic } from '../doc/types.js';
import { CAMEO_ROOTS, PLOVER_EVENTS, SECTOR_CODES } from './query-vocabulary.js';

type Country = { cca2: string; cca3: string; altSpellings?: string[] };
let codes: { alpha3: Map<string, string>; known: Set<string> } | null = null;

/** Two-letter codes ("RU", and "UK" as newspapers write it) → ISO 3166 alpha-3, and the alpha-3 codes; loaded on first use. */
function countryCodes(): { alpha3: Map<string, string>; known: Set<string> } {
  if (codes) return codes;
  const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];
  const alpha3 = new Map<string, string>();
  for (const c of countries) {
    alpha3.set(c.cca2, c.cca3);
    for (const alt of c.altSpellings ?? []) if (/^[A-Z]{2}$/.test(alt) && !alpha3.has(alt)) alpha3.set(alt, c.cca3);
  }
  codes = { alpha3, known: new Set(countries.map((c) => c.cca3)) };
  return codes;
}

const alpha3Of = (code: string): string | undefined => countryCodes().alpha3.get(code.toUpperCase());
const isAlpha3 = (code: string): boolean => countryCodes().known.has(code);

/** The PLOVER type a mistyped one most likely meant: one that starts with it, or it with one. */
function nearEvent(v: string): string | undefined {
  return PLOVER_EVENTS.find((e) => e.startsWith(v) || v.startsWith(e));
}

const warn = (rule: string, message: string): Diagnostic => ({ stage: 'query', rule, message, severity: 'warning' });

function eventWarning(value: string, prefix: boolean): Diagnostic | null {
  const v = value.toUpperCase();
  if (prefix) return warn('query-event-prefix', `event:${value}* — event: takes a whole PLOVER type or CAMEO code, not a prefix; searched for "${v}"`);
  if (/^\d+$/.test(v)) {
    const root = Number(v.slice(0, 2));
    if (v.length >= 2 && v.length <= 4 && root >= CAMEO_ROOTS.first && root <= CAMEO_ROOTS.last) return null;
    return warn('query-unknown-event', `event:${value} is no CAMEO code: roots are 01 to 20 (event:13), codes add one or two digits (event:138)`);
  }
  if (PLOVER_EVENTS.includes(v)) return null;
  const near = nearEvent(v);
  return warn('query-unknown-event', `event:${value} is no PLOVER event type${near ? ` (did you mean event:${near}?)` : ''}; types: ${PLOVER_EVENTS.join(', ')}`);
}

function actorWarning(value: string): Diagnostic | null {
  if (/^[A-Za-z]{2}$/.test(value)) {
    const code = alpha3Of(value);
    return code ? warn('query-actor-code', `actor:${value} — countries are three-letter ISO codes: actor:${code}`) : null;
  }
  // the Phoenix export writes actors as country + sector ("RUSGOV"); actor: reads names and countries only
  const m = /^([A-Z]{3})([A-Z]{3})$/.exec(value);
  if (m && SECTOR_CODES.includes(m[2]) && isAlpha3(m[1])) {
    return warn('query-actor-code', `actor:${value} is a country + sector code, which actor: does not read: try actor:${m[1]} (or a name)`);
  }
  if (/^[A-Z]{3}$/.test(value) && SECTOR_CODES.includes(value) && !isAlpha3(value)) {
    return warn('query-actor-code', `actor:${value} is a sector code, which actor: does not read: give a name or a country code (actor:RUS)`);
  }
  return null;
}

/** A warning when a field's value can match nothing as written, else null. */
export function checkFieldValue(field: string, value: string, prefix: boolean): Diagnostic | null {
  if (field === 'event') return eventWarning(value, prefix);
  if (field === 'actor' && !prefix) return actorWarning(value);
  return null;
}
