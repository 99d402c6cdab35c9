// A stable sort for the short, nearly ordered lists the stages sort many times per article (an entity's
// mentions, the entities of an article, quote records by where their speaker is met, a sentence's actors,
// the quotes around a sentence): Array.prototype.sort costs more to set up than insertion sort takes on a
// few dozen items. The result is the same as that sort's, which is stable too; a long list goes to it, so
// no input makes this quadratic.

/** The longest list sorted by insertion; longer ones go to Array.prototype.sort. */
const FEW = 32;

/**
 * Sort `items` in place by `compare`, stably, and return it.
 * @example sortFew([2, 0, 1], (a, b) => a - b) // [0, 1, 2]
 */
export function sortFew<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > FEW) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    while (j >= 0 && compare(items[j], item) > 0) { items[j + 1] = items[j]; j--; }
    items[j + 1] = item;
  }
  return items;
}
