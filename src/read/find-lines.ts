// The first few non-blank lines of a text, with the blank lines between them: all the plain-text
// reader looks at to find a dateline, a headline and a byline. Stops early, so huge texts cost nothing.

export type Line = { start: number; end: number; text: string; blankBefore: boolean };

const SPACE = /^[\s\u00a0\u200b\ufeff]*$/;

/** Up to `max` non-blank lines from the start of `text` (trimmed), within its first `limit` characters. */
export function firstLines(text: string, max = 8, limit = 4000): Line[] {
  const lines: Line[] = [];
  let i = 0;
  let blank = false;
  const stop = Math.min(text.length, limit);
  while (i < stop && lines.length < max) {
    let eol = text.indexOf('\n', i);
    if (eol < 0 || eol > stop) eol = Math.min(text.length, Math.max(stop, i));
    let end = eol;
    const raw = text.slice(i, end);
    if (SPACE.test(raw)) blank = true;
    else {
      let start = i;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      lines.push({ start, end, text: text.slice(start, end), blankBefore: blank || lines.length === 0 });
      blank = false;
    }
    i = eol + 1;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 0x0a;
}

/** True when the line after `k` starts a new paragraph (or there is none). */
export function blankAfter(lines: readonly Line[], k: number): boolean {
  return k + 1 >= lines.length || lines[k + 1].blankBefore;
}
