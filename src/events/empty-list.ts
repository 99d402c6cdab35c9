// An empty list shared by every "none" of a kind of object, made with object elements as a filled list has.
// A literal `[]` keeps small-integer elements until an object is pushed: another array map, and a rule
// compiled on lists of one kind deopts ("wrong map") the first time it meets the other, in unseen text.

/**
 * An empty array with object elements (the map of a filled list of objects).
 * @example const NO_ACTORS = emptyList<SentenceActor>();
 */
export function emptyList<T extends object>(): readonly T[] {
  const a: object[] = [{}];
  a.pop();
  return a as T[];
}
