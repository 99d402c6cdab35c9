// Rules over one sentence's drafts: a visit or talks held abroad have the host as recipient ("Tillerson
// is in Moscow for talks" → Russia); a threat of retaliation is aimed at the sentence's main actor;
// one event per type and actors; a statement only beside another event; none without a placed actor
// or a place with a country, except an arrest or charge by or against any named actor.
import { cameoOf, ploverOf, redraft, type Draft } from './sentence-events.js';
import { actor } from './to-event-actor.js';

/** An actor list as the key reads it: entity ids (an agent noun's name) joined by "+", built without a map and a join. */
function who(list: Draft['actors']): string {
  let s = '';
  for (let i = 0; i < list.length; i++) s += (i ? '+' : '') + (list[i].entity ?? list[i].name);
  return s;
}

const key = (d: Draft) => `${d.cameo.root}|${who(d.actors)}|${who(d.recipients)}`;

/** CAMEO 180, unconventional violence: its parts built as codeInfo builds every draft's (one shape each). */
const ASSAULT = { cameo: cameoOf('18', '180'), plover: ploverOf('ASSAULT', undefined) };

const PARTNERED = new Set(['05', '06']);
const MILITARY = new Set(['MIL', 'REB', 'INS', 'SPY', 'UAF']);
const military = (a: Draft['actors'][number]) => !!a.sector && MILITARY.has(a.sector);

// an agent noun's actor (no entity) fills a slot but does not place an event: coders leave most such
// events uncoded ("was criticized by state police") ...
const placed = (a: Draft['actors'][number]) => !!(a.country || (a.sector && a.entity));
// ... except legal action (CAMEO 173 arrest, detain, charge: "was arrested by state police", "are
// charged with misconduct"): police, courts and prosecutors act for the state, and coders code it
// with any actor named
const named = (a: Draft['actors'][number]) => !!(a.country || a.sector || a.entity);
const legalAction = (d: Draft) => d.cameo.code === '173' && (d.actors.some(named) || d.recipients.some(named));
// ... and force (CAMEO 17 coercion, 18-20 assault and fighting) done, by a verb, by armed or police
// agents ("border guards fired on the boats", "troops shelled the village", "security forces shot
// demonstrators"), or a protest by a crowd ("hundreds of demonstrators marched"): coders code these with
// the agent as the actor, its country unknown; not a noun ("after the terrorist attacks": a reference)
const FORCE = new Set(['17', '18', '19', '20']);
const ARMED = new Set(['MIL', 'COP', 'REB', 'UAF', 'INS', 'SPY']);
const agentIn = (d: Draft, sectors?: ReadonlySet<string>) => d.actors.some((a) => !a.entity && !!a.sector && (!sectors || sectors.has(a.sector)));
const forceByAgent = (d: Draft) => !d.nominal && ((FORCE.has(d.cameo.root) && agentIn(d, ARMED)) || (d.cameo.root === '14' && agentIn(d)));
const placedDraft = (d: Draft) => d.actors.some(placed) || d.recipients.some(placed) || !!d.location?.country || legalAction(d) || forceByAgent(d);

/** Refine one sentence's drafts; `statement` is the sentence's speech event, if any. */
export function refineEvents(drafts: readonly Draft[], statement: () => Draft | null, speechAct: (d: Draft) => boolean = () => false): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<string>();
  const main = drafts.find((d) => d.actors.length && !d.reactive);
  for (let d of drafts) {
    // coders (and PETRARCH) code an event only between actors they can place: a country, a sector, an IGO
    if (!placedDraft(d)) continue;
    // cooperation not done ("seeking to resolve", "don't have the G7 supporting you", "tries to control a
    // resurgence", "would expand its economy") with no partner named is no event: CAMEO 05 and 06 are
    // cooperation with someone
    if (PARTNERED.has(d.cameo.root) && !d.recipients.length && d.modality !== 'asserted') continue;
    // nor, done, material cooperation by one actor with no one ("was tasked with keeping order", "has
    // expanded the party", "the region it controls"); actors joined ("Japan and France agreed to share")
    // cooperate with each other
    if (d.cameo.root === '06' && !d.recipients.length && d.actors.length < 2) continue;
    if (d.cameo.root === '04' && !d.recipients.length && d.location?.country && d.actors.length === 1 && d.actors[0].country && d.actors[0].country !== d.location.country) {
      d = redraft(d, { recipients: [actor(d.location.name, undefined, d.location.country, undefined)] });
    }
    if (d.reactive && !d.recipients.length && main && main !== d) d = redraft(d, { recipients: main.actors });
    // CAMEO 19 is conventional military force: between civilians, police or unnamed attackers it is
    // unconventional violence (18) — "the building was struck", "Nazis destroyed the synagogue"
    if (d.cameo.root === '19' && !/^19[45]/.test(d.cameo.code ?? '') && !d.actors.some(military) && !d.recipients.some(military)) d = redraft(d, ASSAULT);
    const k = key(d);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  const substantive = out.filter((d) => d.cameo.root !== '01');
  // alone, only a statement that is news in itself: a speech given, an admission, a denial ("speaks
  // during a press conference", "has admitted"), not a bare "said" (coders code that as no event)
  if (!substantive.length) return out.filter((d) => d.cameo.code !== '010' || speechAct(d));
  const said = out.some((d) => d.cameo.root === '01') ? null : statement();
  if (said && placedDraft(said)) substantive.push(said);
  // one statement per sentence: the speech that reports the event ("what they said were …, he told
  // reporters" is one report, not two)
  const first = said ? null : out.find((d) => d.cameo.root === '01');
  return (first ? substantive.concat(first) : substantive).sort((a, b) => a.trigger.start - b.trigger.start);
}
