// A field term of the query language from a field and a value as typed anywhere (a URL parameter,
// a facet, a hint): the value is quoted when it holds spaces.

/** Quote a field value when it holds spaces: speaker=Boris Johnson → speaker:"Boris Johnson". */
export function fieldTerm(field: string, value: string): string {
  const v = value.replace(/["\u201c\u201d]/g, '').trim();
  return /[\s():]/.test(v) ? `${field}:"${v}"` : `${field}:${v}`;
}
