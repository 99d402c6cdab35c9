// A later mention of an event already reported is the same event, not a new one: "the attack" named
// again, the "sanctions" a minister keeps talking about, "his visit" after "talks in Moscow". A draft
// repeats an earlier one when the PLOVER type and modality are the same, its actors (by country, else
// sector or entity) are the earlier actors or either side names none, its recipients likewise, one side
// is named alike in both, and no two dates differ.
import type { Draft } from './sentence-events.js';

type Seen = Readonly<{ modality: Draft['modality']; actors: string; recipients: string; date: string | null }>;

const who = (list: Draft['actors']) => list.map((a) => a.country ?? a.sector ?? a.entity ?? a.name).sort().join('+');

/** The repeats seen so far, by PLOVER type; one per document. */
export class RepeatFilter {
  private readonly byType = new Map<string, Seen[]>();

  /** true when `d` repeats an earlier event (and then it is not remembered again). */
  repeats(d: Draft): boolean {
    const actors = who(d.actors);
    const recipients = who(d.recipients);
    const list = this.byType.get(d.plover.event);
    if (list && (actors || recipients)) {
      for (const s of list) {
        if (s.modality !== d.modality || (s.date && d.date && s.date !== d.date)) continue;
        // either side may name a participant the other leaves out ("his visit to Moscow" after "talks"),
        // but one side must name the same participants in both
        const a = !actors || !s.actors || actors === s.actors;
        const r = !recipients || !s.recipients || recipients === s.recipients;
        if (a && r && ((actors && actors === s.actors) || (recipients && recipients === s.recipients))) return true;
      }
    }
    const seen: Seen = { modality: d.modality, actors, recipients, date: d.date };
    if (list) list.push(seen);
    else this.byType.set(d.plover.event, [seen]);
    return false;
  }
}
