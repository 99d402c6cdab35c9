// A later mention of an event already reported is the same event, not a new one: "the attack" named
// again, the "sanctions" a minister keeps talking about, "his visit" after "talks in Moscow", "the G7
// meeting" in Lucca after "a G7 foreign ministers' meeting in Lucca". A draft repeats an earlier one
// when the PLOVER type and modality are the same, no two dates differ, and either its actors (by
// country, else sector or entity) and recipients match the earlier ones where both name any, one side
// alike in both (a verb's recipients must match exactly); or both happened at the same named place with
// actors of the same countries.
import type { Draft } from './sentence-events.js';
import type { SentenceWords } from './sentence-words.js';

type Seen = Readonly<{ modality: Draft['modality']; actors: string; recipients: string; actorIds: string; recipientIds: string; roles: string; countries: string; place: string; date: string | null; nominal: boolean }>;

type Actor = Draft['actors'][number];

/** The keys of a list's actors, sorted and joined by "+": no array for the usual list of none or one. */
function keyed(list: Draft['actors'], key: (a: Actor) => string): string {
  if (list.length === 0) return '';
  if (list.length === 1) return key(list[0]);
  return list.map(key).sort().join('+');
}

const who = (list: Draft['actors']) => keyed(list, (a) => a.country ?? a.sector ?? a.entity ?? a.name);
const countries = (list: Draft['actors']) => keyed(list, (a) => a.country ?? '');
// "summons British envoy" (a role noun, no entity) and "summoned Britain's ambassador": the same kind of
// official, read by sector only
const roles = (list: Draft['actors']) => keyed(list, (a) => a.sector ?? a.country ?? a.entity ?? a.name);
const roleOnly = (list: Draft['actors']) => list.length > 0 && list.every((a) => !a.entity && !a.country && a.sector);
// "Trump accused Clinton ..." then "Clinton accused Trump ...": between actors of one country the
// country tells no one apart, so each is read by entity (or name)
const whoHome = (list: Draft['actors']) => keyed(list, (a) => a.entity ?? a.name);
/** Does the draft name both sides, every participant of one and the same country? */
function domestic(d: Draft): boolean {
  if (!d.actors.length || !d.recipients.length) return false;
  const home = d.actors[0].country;
  return !!home && d.actors.every((a) => a.country === home) && d.recipients.every((a) => a.country === home);
}

/** The events seen so far, by PLOVER type; one per document. */
export class RepeatFilter {
  private readonly byType = new Map<string, Seen[]>();

  /**
   * true when `d` repeats an earlier event (and then it is not remembered again); a `headline` names its
   * recipients loosely, a role noun for the body's named official ("summons British envoy").
   */
  repeats(d: Draft, headline = false, fresh = false): boolean {
    const key = domestic(d) ? whoHome : who;
    const seen: Seen = { modality: d.modality, actors: key(d.actors), recipients: key(d.recipients), actorIds: whoHome(d.actors), recipientIds: whoHome(d.recipients), roles: roleOnly(d.recipients) ? `*${roles(d.recipients)}` : roles(d.recipients), countries: countries(d.actors), place: d.location?.name ?? '', date: d.date, nominal: !!d.nominal };
    const list = this.byType.get(d.plover.event);
    if (list && !fresh && (seen.actors || seen.recipients || seen.place)) {
      for (const s of list) if (same(s, seen, headline)) return true;
    }
    if (list) list.push(seen);
    else this.byType.set(d.plover.event, [seen]);
    return false;
  }
}

/**
 * Does a word that makes a verb a new act of the same kind (`another`: the lexicon's "another-act" cues, "also",
 * "again", "later") stand in the two words before the verb trigger at word k ("also accused", "also has accused")?
 */
export function anotherAct(another: ReadonlySet<string>, w: Pick<SentenceWords, 'lower'>, k: number, nominal: boolean): boolean {
  return !nominal && k > 0 && (another.has(w.lower[k - 1]) || (k > 1 && another.has(w.lower[k - 2])));
}

/** Recipients alike, or one side named only by role nouns of the other's sectors ("envoy" / "Britain's ambassador"). */
function sameRecipients(s: Seen, d: Seen, loose: boolean): boolean {
  // the same entities are the same recipients, whichever way each draft was keyed (domestic or not)
  if (d.recipients === s.recipients || (!!d.recipientIds && d.recipientIds === s.recipientIds)) return true;
  if (!loose || s.roles.startsWith('*') === d.roles.startsWith('*')) return false;
  return s.roles.replace('*', '') === d.roles.replace('*', '');
}

/** Does a key of entity ids (whoHome) name an entity, not only agent nouns ("officials")? Entity ids are "e1", "e23". */
const hasEntity = (ids: string) => /(^|\+)e\d+($|\+)/.test(ids);

function same(s: Seen, d: Seen, loose: boolean): boolean {
  // a headline tells past news in the present ("Ruiz slams Pell" over "Ruiz criticized Pell on Monday"): its date
  // is the article's day, so it is no sign of another act
  if (s.modality !== d.modality || (!loose && s.date && d.date && s.date !== d.date)) return false;
  // a verb names its own participants: "X criticised ..." then "X accused regulators of ..." are two acts
  // a headline retells the lead in fewer words: the same named actor ("Clinton Reassures House Democrats" over
  // "Clinton reassured them"), or the same named recipient ("Icon Endorses Ted Cruz" over "Blackwell endorsed
  // Cruz"), acting in the same type of event is the story the body tells
  if (loose && ((!!d.actorIds && d.actorIds === s.actorIds && hasEntity(d.actorIds)) || (!!d.recipientIds && d.recipientIds === s.recipientIds && hasEntity(d.recipientIds)))) return true;
  const r = d.nominal ? !d.recipients || !s.recipients || sameRecipients(s, d, loose) : sameRecipients(s, d, loose);
  if (!r) return false;
  // "his visit to Moscow" after "talks": either side may leave a participant out
  // one side left out, the side named is the same actor, not only of the same country: "talks in Moscow"
  // then "his visit to Moscow", not "Weaver endorsed Clinton" then "Brockovich endorsed Sanders"
  const oneSided = !d.actors || !s.actors;
  const sameActors = d.actors === s.actors || (!!d.actorIds && d.actorIds === s.actorIds);
  const a = oneSided || sameActors;
  const byActors = !!d.actors && sameActors && ((!!d.recipients && !!s.recipients) || d.actorIds === s.actorIds);
  const byRecipients = !!d.recipients && sameRecipients(s, d, loose) && (!oneSided || loose || d.recipientIds === s.recipientIds);
  if (a && (byActors || byRecipients)) return true;
  return !!d.place && d.place === s.place && d.countries === s.countries;
}
