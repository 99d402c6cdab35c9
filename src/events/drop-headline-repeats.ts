// A headline that repeats the body is one event, not two: a headline event is dropped when the body
// has an event of the same PLOVER type with the same actors and recipients.
import type { Draft } from './sentence-events.js';

const who = (list: Draft['actors']) => list.map((a) => a.entity ?? a.country ?? a.name).sort().join('+');
const key = (d: Draft) => `${d.plover.event}|${who(d.actors)}|${who(d.recipients)}`;

/** The drafts without headline repeats, in order. */
export function dropHeadlineRepeats(drafts: readonly { d: Draft; headline: boolean }[]): Draft[] {
  if (!drafts.some((x) => x.headline)) return drafts.map((x) => x.d);
  const body = new Set(drafts.filter((x) => !x.headline).map((x) => key(x.d)));
  return drafts.filter((x) => !x.headline || !body.has(key(x.d))).map((x) => x.d);
}
