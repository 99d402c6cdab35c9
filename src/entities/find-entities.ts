// People, organisations, places and groups with their mentions, titles, countries and sectors.
// Needs the segmenter's sentences and paragraphs (headline / dateline kinds); falls back to its own
// sentence starts and headline guess when they are absent. Pronouns are left to the quote stage.
import type { Diagnostic, Paragraph, Stage } from '../doc/types.js';
import { knowledge } from '../knowledge/index.js';
import { buildEntities, finishEntities } from './build-entities.js';
import { fillDomesticCountry } from './domestic-country.js';
import { findCandidates } from './find-candidates.js';
import { findGroups } from './find-groups.js';
import { guessHeadline } from './guess-headline.js';
import { fillLeaningGroups } from './ideology-party.js';
import { fillHeadOfStateCountry } from './head-of-state-country.js';
import { labelWords } from './label-words.js';
import { linkDescribed } from './link-described.js';
import { linkNominals } from './link-nominals.js';
import { scanWords, SENT, type Words } from './scan-words.js';
import { fillStateCountry } from './state-or-country.js';
import { wireDatelineEnd } from '../doc/wire-dateline.js';

const MAX_TEXT = 2_000_000;
/** Words inside organisation and place names, in a buffer shared between calls. */
let orgScratch = new Uint8Array(4096);

/** Find the actors of the article. */
export const findEntities: Stage<'paragraphs' | 'sentences' | 'tokens', 'entities'> = (doc) => {
  const diagnostics: Diagnostic[] = [];
  let text = doc.text;
  if (text.length > MAX_TEXT) {
    diagnostics.push({ stage: 'entities', rule: 'entities-text-truncated', message: `text of ${text.length} characters: entities read the first ${MAX_TEXT}`, severity: 'warning' });
    text = text.slice(0, MAX_TEXT);
  }
  const k = knowledge();
  const { headline, skip } = zones(doc.paragraphs, doc.meta.headlineSpan, text);
  const w = scanWords(text, doc.sentences, headline, skip, k);
  const wire = openWire(w, doc.paragraphs, text);
  const L = labelWords(w, k);
  const cands = findCandidates(w, L, k, text, wire[0], wire[1]);
  if (orgScratch.length < w.n) orgScratch = new Uint8Array(w.n * 2);
  const orgWords = orgScratch.subarray(0, w.n).fill(0);
  for (const c of cands) if (c.kind === 'organization' || c.kind === 'location') for (let j = c.first; j <= c.last; j++) orgWords[j] = 1;
  const groups = findGroups(w, L, k, text, orgWords);
  const drafts = buildEntities(cands, groups, k, doc.meta.published);
  linkNominals(w, L, k, drafts);
  linkDescribed(text, drafts, k);
  fillStateCountry(drafts, k);
  fillLeaningGroups(drafts);
  fillDomesticCountry(drafts);
  fillHeadOfStateCountry(drafts);
  return { entities: finishEntities(drafts), ...(diagnostics.length ? { diagnostics } : {}) };
};

/**
 * "GUATEMALA CITY -- Gunmen released": the word after a wire dateline opening the first body paragraph starts a
 * sentence. Returns the dateline's place as word indices [first, past) ("GUATEMALA CITY", up to its first
 * punctuation), [0, 0] when there is no dateline.
 */
function openWire(w: Words, paragraphs: readonly Paragraph[], text: string): [number, number] {
  const p = paragraphs.find((x) => x.kind === 'body');
  const from = p ? p.start : 0, to = p ? p.end : text.length;
  const end = w.n ? wireDatelineEnd(text, from, to) : -1;
  if (end < 0) return [0, 0];
  let j = 0;
  while (j < w.n && w.start[j] < from) j++;
  const first = j;
  let place = j + 1;
  while (place < w.n && !w.sep[place] && w.start[place] < end) place++;
  while (j < w.n && w.start[j] < end) j++;
  if (j < w.n) (w.flags as Uint8Array)[j] |= SENT;
  return [first, Math.min(place, j)];
}

/** Headline and dateline spans: from the paragraphs' kinds, the reader's headlineSpan, or a guess. */
function zones(paragraphs: readonly Paragraph[], headlineSpan: { start: number; end: number } | undefined, text: string) {
  const headline: [number, number][] = [], skip: [number, number][] = [];
  for (const p of paragraphs) {
    if (p.kind === 'headline') headline.push([p.start, p.end]);
    else if (p.kind === 'dateline') skip.push([p.start, p.end]);
  }
  if (!headline.length && headlineSpan) headline.push([headlineSpan.start, headlineSpan.end]);
  if (!headline.length) { const g = guessHeadline(text); if (g) headline.push(g); }
  return { headline, skip };
}
