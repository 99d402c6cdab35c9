// Precision / recall / F1 from counts, and the row shape every eval section prints.

export type Score = Readonly<{ metric: string; tp: number; fp: number; fn: number; p: number; r: number; f1: number; note?: string }>;

/** A score row from true positives, false positives and false negatives. */
export function score(metric: string, tp: number, fp: number, fn: number, note?: string): Score {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { metric, tp, fp, fn, p, r, f1, ...(note ? { note } : {}) };
}

/** Soft counts (e.g. token overlap) use the same formula with fractional tp. */
export function softScore(metric: string, tpPred: number, nPred: number, tpGold: number, nGold: number, note?: string): Score {
  const p = nPred ? tpPred / nPred : 0;
  const r = nGold ? tpGold / nGold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { metric, tp: +tpGold.toFixed(2), fp: +(nPred - tpPred).toFixed(2), fn: +(nGold - tpGold).toFixed(2), p, r, f1, ...(note ? { note } : {}) };
}

/** What one eval section returns: score rows, and free lines (agreement rates, counts, skips). */
export type EvalResult = Readonly<{ rows: readonly Score[]; lines?: readonly string[] }>;

/** One section of `npm run eval`. `shared` is the ../shared folder, or null when it is absent. */
export type EvalSection = Readonly<{ name: string; run: (shared: string | null) => Promise<EvalResult> | EvalResult }>;
