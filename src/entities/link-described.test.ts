// "the Vermont senator" is the person the article places in Vermont, before or after it: by a title with the same
// role and place, or by a home tag right by the name ("(I-Vt.)", "of Vermont"). Nobody placed there, or two: the
// title stays its own. Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { Doc } from '../doc/types.js';

const run = (text: string): Doc => analyze({ text, published: '2016-03-14T10:00:00+00:00' });
const said = (doc: Doc, name: string) => {
  const e = doc.entities.find((x) => x.name === name);
  return e ? e.mentions.map((m) => doc.text.slice(m.start, m.end)) : [];
};

describe('a definite title with a place', () => {
  it('ties to the person whose home tag names the place', () => {
    const doc = run('The race goes on. Ada Moss and Ben Lowry (I-Vt.) spoke in Ohio. Later, the Vermont senator said he would win.');
    expect(said(doc, 'Ben Lowry')).toContain('Vermont senator');
    expect(doc.entities.find((e) => e.name === 'Vermont senator')).toBeUndefined();
  });
  it('ties to the person named after it with the same role and place', () => {
    const doc = run('The race goes on. The Texas senator spoke first. Later, Texas Sen. Ben Lowry said he would win.');
    expect(said(doc, 'Ben Lowry')).toContain('Texas senator');
  });
  it('reads "of Vermont" after a name as the home', () => {
    const doc = run('The race goes on. Ben Lowry of Vermont spoke. Then the Vermont senator left.');
    expect(said(doc, 'Ben Lowry')).toContain('Vermont senator');
  });
  it.each([
    // another role in the same place: the governor is not the senator
    'The race goes on. Former Texas Gov. Ben Lowry spoke. Then the Texas senator left.',
    // the place only opens the next name's title: "Ada Moss and Texas Sen." does not place Ada Moss
    'The race goes on. Ada Moss and Texas state officials spoke. Then the Texas senator left.',
    // two people placed there: nobody can tell which
    'The race goes on. Ben Lowry (R-Texas) and Carl Ames (R-Texas) spoke. Then the Texas senator left.',
  ])('stays its own: %s', (text) => {
    expect(run(text).entities.find((e) => e.name === 'Texas senator')?.type).toBe('person');
  });
});

describe('a title with a place after two people with the role', () => {
  it('picks the one whose title has the place', () => {
    const doc = run('The race goes on. Sen. Carl Ames and Florida Sen. Ben Lowry spoke. The Florida senator said he would win.');
    expect(said(doc, 'Ben Lowry')).toContain('Florida senator');
    expect(said(doc, 'Carl Ames')).not.toContain('Florida senator');
  });
  it('ties to nobody when the titles do not say which', () => {
    const doc = run('The race goes on. Sen. Carl Ames and Sen. Ben Lowry spoke. The Florida senator said he would win.');
    expect(said(doc, 'Ben Lowry')).not.toContain('Florida senator');
    expect(said(doc, 'Carl Ames')).not.toContain('Florida senator');
  });
  it('ties to the one person with the role', () => {
    const doc = run('The race goes on. Sen. Ben Lowry spoke on Monday. The Florida senator said he would win.');
    expect(said(doc, 'Ben Lowry')).toContain('Florida senator');
  });
});
