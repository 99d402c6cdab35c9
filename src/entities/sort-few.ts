// Sorts a short array in place without the copy Array.prototype.sort makes: the mentions of one entity,
// the entities of one article. Stable, like the built-in sort, so the order it gives is the same.

/**
 * Insertion sort: fast for the few dozen items, mostly in order already, that the entity stage sorts.
 * @example sortFew([3, 1, 2], (a, b) => a - b) // [1, 2, 3]
 */
export function sortFew<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    while (j >= 0 && compare(items[j], item) > 0) { items[j + 1] = items[j]; j--; }
    items[j + 1] = item;
  }
  return items;
}
