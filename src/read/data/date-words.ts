// Month and weekday names (and their news abbreviations) and the labels that introduce a dateline's
// instants. Lower-case keys; a trailing full stop is stripped before lookup.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs',
  'friday', 'fri', 'saturday', 'sat', 'sunday', 'sun',
]);

/** Labels of the first-publication instant. */
export const PUBLISHED_LABELS: ReadonlySet<string> = new Set([
  'published', 'posted', 'first published', 'first published on', 'published on', 'posted on', 'created', 'date', 'dated',
]);

/** Labels of the last-modification instant. */
export const UPDATED_LABELS: ReadonlySet<string> = new Set([
  'updated', 'last updated', 'updated on', 'last updated on', 'modified', 'last modified', 'last modified on', 'revised',
]);

/** Words that may sit in a dateline without being part of a date: "on", "at", "ET time". */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['on', 'at', 'the', 'of', 'time', 'local', 'hrs', 'h']);
