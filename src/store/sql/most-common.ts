// An actor's country and sector as most articles give them: an actor named in many articles may be given
// another country by one of them ("Donald Trump" GBR in a British story), and max() over the rows let
// that one win whenever it sorted last. Counts rows (one per article and entity); NULL is no vote.
import { num, type Row } from './exec.js';

/** Per key, the value of `col` on the most rows (`n` counts them); ties go to the first in sort order. */
export function mostCommon(rows: readonly Row[], key: string, col: string): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const v = r[col];
    if (v === null || v === undefined || v === '') continue;
    const k = String(r[key]);
    const m = votes.get(k) ?? new Map<string, number>();
    m.set(String(v), (m.get(String(v)) ?? 0) + num(r.n));
    votes.set(k, m);
  }
  const out = new Map<string, string>();
  for (const [k, m] of votes) {
    let best: [string, number] | null = null;
    for (const [v, n] of m) if (!best || n > best[1] || (n === best[1] && v < best[0])) best = [v, n];
    out.set(k, best![0]);
  }
  return out;
}
