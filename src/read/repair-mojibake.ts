// UTF-8 text that was once decoded as Windows-1252 or Latin-1 and saved again ("PeÃ±a" for "Peña",
// "Itâ€™s" for "It’s"): a run that starts with a lead byte's character and goes on with continuation
// bytes' characters is turned back into its bytes and decoded as UTF-8. A run that does not decode is
// left as it is, so real "Ã" in text survives. Linear: one regex pass.

/** Windows-1252's characters for bytes 0x80–0x9F (Latin-1 has C1 controls there, which map to themselves). */
const CP1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const BYTE = new Map<string, number>();
for (let i = 0; i < 32; i++) { BYTE.set(CP1252[i], 0x80 + i); BYTE.set(String.fromCharCode(0x80 + i), 0x80 + i); }
for (let b = 0xa0; b <= 0xff; b++) BYTE.set(String.fromCharCode(b), b);

const CONT = `[\\u0080-\\u00bf${CP1252}]`;
/**
 * A lead byte (0xC2–0xF4 as a character) and one to three continuation bytes. The lead may come decomposed, a
 * letter and a combining mark ("A\u0303" for "Ã"): mojibake that went through NFD afterwards (a Mac file system,
 * some publishing systems) still reads "PeÃ±a".
 */
const RUN = new RegExp(`(?:[\\u00c2-\\u00f4]|[A-Za-z][\\u0300-\\u036f])${CONT}{1,3}`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text with mis-decoded UTF-8 runs repaired, and how many runs were. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  RUN.lastIndex = 0;
  if (!RUN.test(text)) return { text, repaired };
  RUN.lastIndex = 0;
  const out = text.replace(RUN, (run) => {
    const decomposed = run.charCodeAt(1) >= 0x300 && run.charCodeAt(1) <= 0x36f;
    const chars = decomposed ? run.slice(0, 2).normalize('NFC') + run.slice(2) : run;
    // a letter and a mark that compose to no single lead character stay as they are
    if (decomposed && chars.length !== run.length - 1) return run;
    const bytes = Uint8Array.from(chars, (c) => BYTE.get(c) ?? 0);
    const lead = bytes[0], need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (bytes.length !== need) return run;
    try {
      const s = utf8.decode(bytes);
      repaired++;
      return s;
    } catch {
      return run;
    }
  });
  return { text: out, repaired };
}
