// Synthetic news for tests and benchmarks: articles composed from templates (speakers, countries,
// verbs, topics, filler), seeded and deterministic, ~2–3 KB each, thousands per second. Each article
// comes with the annotations its templates imply (entities, quotes, events), so a store can be
// filled at scale without waiting for the analysis stages.
import type { ContractDoc } from '../analyze/to-contract.js';
import { contentId } from '../analyze/content-id.js';
import { rowTuples } from '../store/row-tuples.js';
import type { IngestItem } from '../store/store.js';
import { minhash } from './minhash.js';
import { rawHash, type RawInput } from './raw-input.js';

const SPEAKERS = [['Boris Johnson', 'GBR'], ['Rex Tillerson', 'USA'], ['Sergei Lavrov', 'RUS'], ['Angela Merkel', 'DEU'], ['Emmanuel Macron', 'FRA'],
  ['Xi Jinping', 'CHN'], ['Shinzo Abe', 'JPN'], ['Theresa May', 'GBR'], ['Justin Trudeau', 'CAN'], ['Recep Tayyip Erdogan', 'TUR'],
  ['Hassan Rouhani', 'IRN'], ['Narendra Modi', 'IND'], ['Jacob Zuma', 'ZAF'], ['Michel Temer', 'BRA'], ['Enrique Pena Nieto', 'MEX'],
  ['Malcolm Turnbull', 'AUS'], ['Moon Jae-in', 'KOR'], ['Benjamin Netanyahu', 'ISR'], ['Mahmoud Abbas', 'PSE'], ['Antonio Guterres', '']] as const;
const COUNTRIES = [['Russia', 'RUS'], ['China', 'CHN'], ['Iran', 'IRN'], ['Syria', 'SYR'], ['Turkey', 'TUR'], ['Germany', 'DEU'], ['France', 'FRA'],
  ['Britain', 'GBR'], ['Japan', 'JPN'], ['India', 'IND'], ['Brazil', 'BRA'], ['Mexico', 'MEX'], ['Israel', 'ISR'], ['Egypt', 'EGY'],
  ['Ukraine', 'UKR'], ['Venezuela', 'VEN'], ['Nigeria', 'NGA'], ['Pakistan', 'PAK'], ['Canada', 'CAN'], ['the United States', 'USA']] as const;
const VERBS = [['accused', 'ACCUSE'], ['threatened', 'THREATEN'], ['met', 'MEET'], ['criticized', 'DISAPPROVE'], ['praised', 'APPROVE'],
  ['urged', 'REQUEST'], ['warned', 'THREATEN'], ['sanctioned', 'SANCTION'], ['thanked', 'APPROVE'], ['hosted', 'MEET'], ['condemned', 'DISAPPROVE'],
  ['pledged aid to', 'AID'], ['signed an agreement with', 'AGREE'], ['expelled diplomats from', 'REDUCE']] as const;
const TOPICS = ['trade tariffs', 'the nuclear programme', 'refugee quotas', 'border security', 'climate targets', 'sanctions relief', 'cyber attacks',
  'election interference', 'fishing rights', 'gas pipelines', 'arms sales', 'human rights', 'the peace talks', 'currency manipulation',
  'steel exports', 'military exercises', 'air strikes', 'the ceasefire', 'vaccine supplies', 'debt restructuring'];
// Composed vocabularies, so that words follow a long tail as in real news: 1,200 topics, 2,000 people.
const ADJ = ['trade', 'nuclear', 'border', 'climate', 'refugee', 'cyber', 'election', 'fishing', 'gas', 'arms', 'steel', 'military', 'vaccine',
  'debt', 'currency', 'grain', 'pipeline', 'water', 'oil', 'banking', 'space', 'maritime', 'labour', 'pension', 'housing', 'privacy', 'mining',
  'tobacco', 'aviation', 'railway'];
const NOUN = ['tariffs', 'programme', 'quotas', 'security', 'targets', 'relief', 'attacks', 'interference', 'rights', 'sales', 'exports', 'exercises',
  'supplies', 'restructuring', 'subsidies', 'treaty', 'inspections', 'reforms', 'sanctions', 'talks', 'dispute', 'corridor', 'licences', 'levies',
  'standards', 'agreement', 'investigation', 'moratorium', 'embargo', 'summit', 'ceasefire', 'deal', 'ban', 'audit', 'waiver', 'census', 'strike',
  'shortage', 'crisis', 'scheme'];
const FIRST = ['Anna', 'Omar', 'Li', 'Maria', 'John', 'Fatima', 'Pierre', 'Yuki', 'Carlos', 'Ingrid', 'Kwame', 'Sofia', 'Dmitri', 'Aisha', 'Paolo',
  'Mei', 'Ahmed', 'Elena', 'Tomas', 'Grace', 'Ravi', 'Hana', 'Lukas', 'Amara', 'Diego', 'Noor', 'Viktor', 'Leila', 'Samuel', 'Ines', 'Kenji',
  'Olga', 'Mateo', 'Zara', 'Felix', 'Priya', 'Jonas', 'Chloe', 'Hassan', 'Marta'];
const LAST = ['Keller', 'Haddad', 'Wei', 'Santos', 'Hale', 'Rahman', 'Dubois', 'Tanaka', 'Ruiz', 'Larsen', 'Mensah', 'Rossi', 'Petrov', 'Bello',
  'Conti', 'Chen', 'Karimi', 'Novak', 'Silva', 'Okafor', 'Mehta', 'Kim', 'Weber', 'Diallo', 'Vargas', 'Aziz', 'Horvat', 'Nasser', 'Osei',
  'Moreau', 'Sato', 'Ivanova', 'Lopez', 'Khan', 'Fischer', 'Sharma', 'Berg', 'Martin', 'Yilmaz', 'Nowak', 'Costa', 'Mbeki', 'Park', 'Grant',
  'Reyes', 'Lund', 'Abbasi', 'Roth', 'Ferreira', 'Quinn'];
const SOURCES = ['huffpost', 'breitbart', 'reuters', 'apnews', 'nytimes', 'wash-post', 'politico', 'guardian', 'bbc', 'aljazeera', 'foxnews', 'cnn'];
const CLAIMS = ['We will not accept {t} being used as a weapon', 'The talks on {t} were frank and useful', 'Nobody should doubt our resolve on {t}',
  'This is a serious moment for {t}', 'Our partners must act now on {t}', 'We have made real progress on {t} this week',
  'The evidence on {t} is overwhelming', 'Any agreement on {t} must be verifiable', 'History will judge us on {t}', 'There is no military solution to {t}'];
const FILLER = ['Officials familiar with the discussions said no decision had been taken.', 'The ministry declined to comment on the report.',
  'Markets in {c} were little changed after the announcement.', 'Analysts said the dispute over {t} could drag on for months.',
  'Opposition lawmakers demanded a full inquiry into {t}.', 'The meeting was the first of its kind since the summit last year.',
  'Protesters gathered outside the parliament building in the capital.', 'Diplomats described the atmosphere as tense but workmanlike.',
  'A spokesman said further talks on {t} were planned for next month.', 'Newspapers in {c} carried the story on their front pages.',
  'The foreign ministry summoned the ambassador late on Tuesday.', 'Economists warned that {t} could weigh on growth next year.'];

/** A small, fast, seeded PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Generated = { raw: RawInput; item: () => IngestItem };

/** Article number `i` of the corpus seeded by `seed`. */
export function generateArticle(i: number, seed = 1): Generated {
  const r = rng(seed * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const anyTopic = () => (r() < 0.2 ? pick(TOPICS) : `${pick(ADJ)} ${pick(NOUN)}`);
  const focus = [anyTopic(), anyTopic()];
  const TOPIC = () => (r() < 0.8 ? pick(focus) : anyTopic());
  const cast = [pick(SPEAKERS), pick(SPEAKERS), ...Array.from({ length: 3 }, () => [`${pick(FIRST)} ${pick(LAST)}`, pick(COUNTRIES)[1]] as const)];
  const topic = focus[0];
  const country = pick(COUNTRIES);
  const parts: string[] = [];
  let len = 0;
  const entities = new Map<string, { name: string; type: string; country?: string; mentions: { start: number; end: number }[] }>();
  const quotes: unknown[] = [];
  const events: unknown[] = [];
  const mention = (name: string, type: string, iso: string, start: number) => {
    const e = entities.get(name) ?? { name, type, ...(iso ? { country: iso } : {}), mentions: [] };
    e.mentions.push({ start, end: start + name.length });
    entities.set(name, e);
  };
  const add = (s: string) => { parts.push(s); len += s.length; };
  const headline = `${cast[0][0]} and ${country[0]} at odds over ${topic}`;
  add(headline + '\n\n');
  const n = 20 + Math.floor(r() * 16);
  for (let k = 0; k < n; k++) {
    const roll = r();
    const sent: string[] = [];
    if (roll < 0.35) {
      const [name, iso] = r() < 0.25 ? cast[Math.floor(r() * 2)] : cast[2 + Math.floor(r() * 3)];
      const claim = pick(CLAIMS).replace('{t}', TOPIC());
      const start = len + 1;
      const s = `"${claim}," ${name} said on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}.`;
      quotes.push({ id: `q${quotes.length + 1}`, type: 'direct', start, end: start + claim.length, speaker: { name, start: start + claim.length + 3, end: start + claim.length + 3 + name.length }, confidence: 0.9 });
      mention(name, 'person', iso, start + claim.length + 3);
      sent.push(s);
    } else if (roll < 0.65) {
      const [actor, aIso] = pick(COUNTRIES);
      let [target, tIso] = pick(COUNTRIES);
      if (target === actor) [target, tIso] = country;
      const [verb, code] = pick(VERBS);
      const subject = actor[0].toUpperCase() + actor.slice(1);
      const s = `${subject} ${verb} ${target} over ${TOPIC()}, officials said.`;
      const start = len;
      mention(actor, 'location', aIso, start);
      mention(target, 'location', tIso, start + subject.length + verb.length + 2);
      events.push({
        id: `v${events.length + 1}`, plover: { event: code }, cameo: { root: '' }, actors: [{ name: actor, country: aIso }],
        recipients: [{ name: target, country: tIso }], start, end: start + s.length,
        trigger: { start: start + subject.length + 1, end: start + subject.length + 1 + verb.length }, date: null, location: null,
        modality: code === 'THREATEN' ? 'threatened' : 'asserted',
      });
      sent.push(s);
    } else {
      sent.push(pick(FILLER).replace('{t}', TOPIC()).replace('{c}', pick(COUNTRIES)[0]));
    }
    add(sent.join(' ') + (k % 3 === 2 ? '\n\n' : ' '));
  }
  const text = parts.join('').trimEnd();
  const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(r() * 730) * 86_400_000 + Math.floor(r() * 86_400) * 1000);
  const source = pick(SOURCES);
  const raw: RawInput = { id: `gen-${seed}-${i}`, text, source, published: day.toISOString(), headline };
  return {
    raw,
    item() {
      const doc = {
        schema: 1, id: raw.id, text,
        meta: { headline, published: raw.published!, updated: null, source },
        entities: [...entities.values()].map((e, k) => ({ id: `e${k + 1}`, ...e })), quotes, events, paragraphs: [], sentences: [], diagnostics: [],
      } as unknown as ContractDoc;
      return { id: raw.id, url: null, source, textHash: rawHash(raw), bodyHash: contentId(text), minhash: minhash(text), doc, tuples: rowTuples(doc) };
    },
  };
}
