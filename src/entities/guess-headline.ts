// Guesses the headline when neither the segmenter nor the reader marked one: an early short line in
// title case with no closing full stop ("Rex Tillerson To Urge Russia To End Support For Assad Regime").

/** [start, end) of the headline line, or null. Looks only at the first three non-empty lines. */
export function guessHeadline(text: string): [number, number] | null {
  let pos = 0;
  for (let n = 0; n < 3 && pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = end - pos < 240 ? text.slice(pos, end).trim() : 'x'.repeat(240);
    if (line) {
      n++;
      const words = line.split(/\s+/).filter((x) => /^\p{L}{4,}/u.test(x));
      const caps = words.filter((x) => /^\p{Lu}/u.test(x)).length;
      if (line.length < 200 && words.length >= 3 && caps / words.length >= 0.8 && !/[.!]["”’]?$/.test(line) && nl >= 0) return [pos, end];
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return null;
}
