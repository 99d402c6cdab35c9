// A stable sort for the short, nearly ordered index lists of the quote stage (records in text order,
// sorted by where their speaker is met): Array.prototype.sort costs more to set up than insertion sort
// takes on a dozen items. The result is the same as that sort's, which is stable too.

/** The longest list sorted by insertion; longer ones go to Array.prototype.sort. */
const FEW = 32;

/**
 * Sort `xs` in place by `compare`, stably, and return it.
 * @example sortFew([2, 0, 1], (a, b) => a - b) // [0, 1, 2]
 */
export function sortFew(xs: number[], compare: (a: number, b: number) => number): number[] {
  if (xs.length > FEW) return xs.sort(compare);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    for (; j >= 0 && compare(xs[j], x) > 0; j--) xs[j + 1] = xs[j];
    xs[j + 1] = x;
  }
  return xs;
}
