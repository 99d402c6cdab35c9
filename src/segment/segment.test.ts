import { describe, expect, it } from 'vitest';
import type { Meta } from '../doc/types.js';
import { segment } from './segment.js';

const META: Meta = { headline: null, published: null, updated: null };

function sentencesOf(text: string, meta: Meta = META): string[] {
  return segment({ id: 't', text, meta }, {}).sentences.map((s) => text.slice(s.start, s.end));
}

// One row per case: the text, the sentences it must give, and why.
const CASES: [string, string[]][] = [
  // honorifics: the full stop after a title never ends a sentence
  ['Mr. Smith met Mrs. Jones and Dr. Patel. They talked.', ['Mr. Smith met Mrs. Jones and Dr. Patel.', 'They talked.']],
  ['Sen. Elizabeth Warren and Gov. Jerry Brown spoke. Gen. Mattis listened.', ['Sen. Elizabeth Warren and Gov. Jerry Brown spoke.', 'Gen. Mattis listened.']],
  ['Lt. Col. Ann Ray led the unit from St. Louis. It was cold.', ['Lt. Col. Ann Ray led the unit from St. Louis.', 'It was cold.']],
  // initialisms inside and at the end of a sentence
  ['The U.S. Senate voted. The U.N. and the U.K. objected.', ['The U.S. Senate voted.', 'The U.N. and the U.K. objected.']],
  ['Troops left the U.S. He said nothing.', ['Troops left the U.S.', 'He said nothing.']],
  // initials in names
  ['George W. Bush met J.K. Rowling. Neither spoke.', ['George W. Bush met J.K. Rowling.', 'Neither spoke.']],
  // numbers and number abbreviations
  ['Growth was 3.5 per cent in Sept. 2016. It fell to 2.1 per cent.', ['Growth was 3.5 per cent in Sept. 2016.', 'It fell to 2.1 per cent.']],
  ['She lives at No. 10 Downing Street. Visitors wait outside.', ['She lives at No. 10 Downing Street.', 'Visitors wait outside.']],
  ['The talks began Jan. 5 at 3 p.m. ET and ended late. Nobody left.', ['The talks began Jan. 5 at 3 p.m. ET and ended late.', 'Nobody left.']],
  // company suffixes: a sentence ends there only before a usual sentence opener
  ['Apple Inc. said profits rose. Shares of Acme Corp. The rest fell.', ['Apple Inc. said profits rose.', 'Shares of Acme Corp.', 'The rest fell.']],
  ['It was Smith vs. Jones in the final. Jones won.', ['It was Smith vs. Jones in the final.', 'Jones won.']],
  // quotes holding several sentences
  ['"No. Never," he said.', ['"No. Never," he said.']],
  ['"We have seen it. It is over."', ['"We have seen it.', 'It is over."']],
  // an attributed quote keeps its full sentences apart; only a one- or two-word fragment is held
  ['"We have seen it. It is over," she said.', ['"We have seen it.', 'It is over," she said.']],
  ['"Yes. Of course," the minister said. She left.', ['"Yes. Of course," the minister said.', 'She left.']],
  ['"Never!" he shouted. Then he left.', ['"Never!" he shouted.', 'Then he left.']],
  ['\u201cIs it over?\u201d she asked. \u201cYes.\u201d', ['\u201cIs it over?\u201d she asked.', '\u201cYes.\u201d']],
  ['He said: "We will win." The crowd cheered.', ['He said: "We will win."', 'The crowd cheered.']],
  ['Talks ended. "We walked out." \u201cNo.\u201d Then silence.', ['Talks ended.', '"We walked out."', '\u201cNo.\u201d', 'Then silence.']],
  // question and exclamation marks, ellipses, brackets
  ['Who knew? Nobody did! Jeb! was there too.', ['Who knew?', 'Nobody did!', 'Jeb! was there too.']],
  ['He paused... Then he went on. It was late\u2026 and dark.', ['He paused...', 'Then he went on.', 'It was late\u2026 and dark.']],
  ['The vote passed (by a narrow margin.) Critics were furious.', ['The vote passed (by a narrow margin.)', 'Critics were furious.']],
  // paragraphs first: a headline without a full stop, never a sentence across paragraphs
  ['Markets Slide As Talks Stall\n\nShares fell on Monday. Oil rose.', ['Markets Slide As Talks Stall', 'Shares fell on Monday.', 'Oil rose.']],
  ['First paragraph ends without a stop\r\n\r\nSecond one.', ['First paragraph ends without a stop', 'Second one.']],
  // bullet lines
  ['Key points:\n\u2022 Talks resume in Geneva\n\u2022 Sanctions stay', ['Key points:', '\u2022 Talks resume in Geneva', '\u2022 Sanctions stay']],
  ['The plan:\n1. Cut taxes\n2. Build roads', ['The plan:', '1. Cut taxes', '2. Build roads']],
  // "U.S.-led" and web addresses: no space after the full stop, no sentence end
  ['The U.S.-led coalition posted it on example.com today. Few read it.', ['The U.S.-led coalition posted it on example.com today.', 'Few read it.']],
  // interview labels: a lone letter and its stop start a sentence
  ['Q. Why did you resign? A. I had no choice.', ['Q. Why did you resign?', 'A. I had no choice.']],
  // e.g. / i.e. never end a sentence
  ['Some states, e.g. Ohio, voted early. Others waited.', ['Some states, e.g. Ohio, voted early.', 'Others waited.']],
];

describe('segment: sentences', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

function tokensOf(text: string): string[] {
  return segment({ id: 't', text, meta: META }, {}).tokens.map((t) => text.slice(t.start, t.end));
}

describe('segment: tokens', () => {
  it.each([
    ["Syria's war isn't over", ['Syria', "'s", 'war', "isn't", 'over']],
    ['the six-year US-UK deal', ['the', 'six-year', 'US-UK', 'deal']],
    ['Mr. Smith of the U.S. said', ['Mr', '.', 'Smith', 'of', 'the', 'U.S.', 'said']],
    ['at 3:14 on 12/04/2017 for \u00a35.5bn, up 80%', ['at', '3:14', 'on', '12/04/2017', 'for', '\u00a3', '5.5bn', ',', 'up', '80', '%']],
    ['\u201cYes,\u201d he said "no"', ['\u201c', 'Yes', ',', '\u201d', 'he', 'said', '"', 'no', '"']],
    ['Wait... what?! AT&T', ['Wait', '...', 'what', '?!', 'AT&T']],
    ['Love \u2764\ufe0f and \ud83d\udc69\u200d\ud83d\udcbb\ud83d\udc4d\ud83c\udffd!', ['Love', '\u2764\ufe0f', 'and', '\ud83d\udc69\u200d\ud83d\udcbb', '\ud83d\udc4d\ud83c\udffd', '!']],
  ])('%s', (text, expected) => {
    expect(tokensOf(text as string)).toEqual(expected);
  });

  // the plain ASCII word's fast path hands every other ending to the general one
  it.each([
    ['Talks in Z\u00fcrich, na\u00efve G20 plans', ['Talks', 'in', 'Z\u00fcrich', ',', 'na\u00efve', 'G20', 'plans']],
    ['Iran\u2019s envoy\u2019s deal;\tdon\u2019t stop', ['Iran', '\u2019s', 'envoy', '\u2019s', 'deal', ';', 'don\u2019t', 'stop']],
    ['W. Bush left:\nA.', ['W', '.', 'Bush', 'left', ':', 'A', '.']],
    ['talks_end x+y ends', ['talks', '_', 'end', 'x', '+', 'y', 'ends']],
    // full stops and double quotes take the fast path too, and stay marks for sentence splitting
    ['He paused.... "No," he said. \u201cYes.\u201d', ['He', 'paused', '....', '"', 'No', ',', '"', 'he', 'said', '.', '\u201c', 'Yes', '.', '\u201d']],
  ])('fast path: %s', (text, expected) => {
    expect(tokensOf(text as string)).toEqual(expected);
  });

  // tokens fill slots made for one in four characters, and go on past them
  it.each([
    ['words', 'a '.repeat(40_000), 40_000],
    ['punctuation', '(,)'.repeat(2_000), 6_000],
  ])('more tokens than slots: %s', (_, text, count) => {
    const tokens = segment({ id: 't', text: text as string, meta: META }, {}).tokens;
    expect(tokens.length).toBe(count);
    expect(tokens.every((t) => t !== undefined && t.end > t.start)).toBe(true);
  });

  it('gives token kinds', () => {
    const text = 'Mr. Smith paid \u00a35 in 2017';
    const kinds = segment({ id: 't', text, meta: META }, {}).tokens.map((t) => t.kind);
    expect(kinds).toEqual(['word', 'punct', 'word', 'word', 'symbol', 'number', 'word', 'number']);
  });
});

describe('segment: paragraphs', () => {
  it('marks the dateline and headline from the reader, even without a blank line between them', () => {
    const text = '12/04/2017 00:04 BST\nTalks Fail In Moscow\n\nThe talks failed.\n\nNobody was surprised.';
    const meta: Meta = { ...META, datelineSpan: { start: 0, end: 20 }, headlineSpan: { start: 21, end: 41 } };
    const doc = segment({ id: 't', text, meta }, {});
    expect(doc.paragraphs.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
      ['dateline', '12/04/2017 00:04 BST'],
      ['headline', 'Talks Fail In Moscow'],
      ['body', 'The talks failed.'],
      ['body', 'Nobody was surprised.'],
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 3]);
  });

  it('splits at blank lines made of spaces, CRLF and CR alike', () => {
    const text = '  One.\r\n \t\r\nTwo.\r\rThree.\n';
    const doc = segment({ id: 't', text, meta: META }, {});
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('splits at every line when a text has no blank line and its lines end sentences', () => {
    const text = 'Talks resumed in Geneva on Monday.\nBoth sides sent new teams.\n"We are hopeful," one envoy said.\nThe next round is in May.';
    const doc = segment({ id: 't', text, meta: META }, {});
    expect(doc.paragraphs.length).toBe(4);
  });

  it('keeps hard-wrapped lines together', () => {
    const text = 'Talks resumed in Geneva on Monday after\na pause of three weeks, and both sides\nsent new teams to the table.\n';
    expect(segment({ id: 't', text, meta: META }, {}).paragraphs.length).toBe(1);
  });

  it('keeps a single line break inside a paragraph', () => {
    const text = 'The minister said the talks\nwould go on. They did.';
    expect(sentencesOf(text)).toEqual(['The minister said the talks\nwould go on.', 'They did.']);
  });

  // The tokenizer reads surrogate pairs from code units: a letter outside the BMP joins its word, an
  // emoji with its modifier is one symbol, a lone surrogate stands alone.
  it.each([
    ['The \u{1D400}lpha team won.', ['The', '\u{1D400}lpha', 'team', 'won', '.']],
    ['Fans cheered \u{1F44D}\u{1F3FD} loudly.', ['Fans', 'cheered', '\u{1F44D}\u{1F3FD}', 'loudly', '.']],
    ['A \ud800 B.', ['A', '\ud800', 'B', '.']],
  ])('tokens of %j', (text, tokens) => {
    expect(segment({ id: 't', text, meta: META }, {}).tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens);
  });
});
