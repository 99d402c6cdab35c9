// Agreement on events-dev: the same event/no-event decision, and, when both code an event, at least one
// shared CAMEO root. Computed the same way for the system against each coder and for coders pairwise.

/** One coder's (or the system's) coding of a sentence: the set of CAMEO roots, empty for no event. */
export type Coding = ReadonlySet<string>;

export type Agreement = { pairs: number; sameDecision: number; bothEvent: number; sharedRoot: number };

export const emptyAgreement = (): Agreement => ({ pairs: 0, sameDecision: 0, bothEvent: 0, sharedRoot: 0 });

/** Add one comparison of two codings. */
export function compare(acc: Agreement, a: Coding, b: Coding): void {
  acc.pairs++;
  if ((a.size > 0) === (b.size > 0)) acc.sameDecision++;
  if (a.size && b.size) {
    acc.bothEvent++;
    for (const r of a) if (b.has(r)) { acc.sharedRoot++; break; }
  }
}

/** "decision 0.71 (5453 pairs), shared root 0.76 (1500 pairs both coding)" */
export function describe(acc: Agreement): string {
  const f = (x: number, n: number) => (n ? (x / n).toFixed(3) : 'n/a');
  return `decision ${f(acc.sameDecision, acc.pairs)} (${acc.pairs} pairs), shared root ${f(acc.sharedRoot, acc.bothEvent)} (${acc.bothEvent} pairs both coding an event)`;
}

/** Stable split of sentences by a string hash (FNV-1a): true for the held-out third. */
export function heldOut(text: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 3 === 0;
}
