// People prominent since about 2010 from Parley's own list (src/knowledge/data/people-extra.tsv): the country and the
// sector the article's date gives them when the text says neither (no date: the role held today). Sentences made up.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';

const person = (text: string, name: string, published: string | null) =>
  analyze({ text, ...(published ? { published } : {}) }).entities.find((e) => e.name === name);

describe('a person of the list gets a country and the sector of the day', () => {
  it.each([
    ['Donald Trump said on Monday that the talks would go on.', 'Donald Trump', '2016-03-01T09:00:00+00:00', 'USA', 'PTY'],
    ['Donald Trump said on Monday that the talks would go on.', 'Donald Trump', '2018-03-01T09:00:00+00:00', 'USA', 'GOV'],
    ['Donald Trump said on Monday that the talks would go on.', 'Donald Trump', '2022-03-01T09:00:00+00:00', 'USA', 'ELI'],
    ['Donald Trump said on Monday that the talks would go on.', 'Donald Trump', null, 'USA', 'GOV'],
    ['Joe Biden told reporters the plan was sound.', 'Joe Biden', '2015-06-01T09:00:00+00:00', 'USA', 'GOV'],
    ['Joe Biden told reporters the plan was sound.', 'Joe Biden', '2018-06-01T09:00:00+00:00', 'USA', 'ELI'],
    ['Ted Cruz said the bill would fail.', 'Ted Cruz', '2016-02-01T09:00:00+00:00', 'USA', 'LEG'],
    ['Emmanuel Macron said the summit had gone well.', 'Emmanuel Macron', '2019-05-01T09:00:00+00:00', 'FRA', 'GOV'],
    ['Keir Starmer said the vote was a warning.', 'Keir Starmer', '2021-05-01T09:00:00+00:00', 'GBR', 'OPP'],
    ['Keir Starmer said the vote was a warning.', 'Keir Starmer', '2025-05-01T09:00:00+00:00', 'GBR', 'GOV'],
    ['Volodymyr Zelensky said the talks had failed.', 'Volodymyr Zelensky', '2023-05-01T09:00:00+00:00', 'UKR', 'GOV'],
    // US office holders of 2015-2017, under the text's spelling with middle initials
    ['James B. Comey Jr. said the inquiry was closed.', 'James Comey', '2016-07-05T09:00:00+00:00', 'USA', 'GOV'],
    ['James B. Comey Jr. said the inquiry was closed.', 'James Comey', '2018-07-05T09:00:00+00:00', 'USA', 'ELI'],
    ['Loretta E. Lynch said the inquiry was closed.', 'Loretta Lynch', '2016-07-05T09:00:00+00:00', 'USA', 'GOV'],
    ['Charles E. Grassley said the hearing would wait.', 'Chuck Grassley', '2016-03-01T09:00:00+00:00', 'USA', 'LEG'],
    ['Samuel A. Alito Jr. wrote the dissent.', 'Samuel Alito', '2016-06-01T09:00:00+00:00', 'USA', 'JUD'],
    ['Carly Fiorina said the debate was unfair.', 'Carly Fiorina', '2015-11-01T09:00:00+00:00', 'USA', 'PTY'],
    // a curly apostrophe in the name, straight in the knowledge
    ['Martin O’Malley said the debate was unfair.', 'Martin O’Malley', '2015-11-01T09:00:00+00:00', 'USA', 'PTY'],
    // an office holder whose offices all ended before 1990 is still known
    ['Jimmy Carter said the treaty was sound.', 'Jimmy Carter', '2016-03-01T09:00:00+00:00', 'USA', 'ELI'],
  ] as [string, string, string | null, string, string][])('%s (%s, %s)', (text, name, published, country, sector) => {
    const p = person(text, name, published);
    expect(p?.country).toBe(country);
    expect(p?.sector).toBe(sector);
  });

  it('a person the Phoenix actors knew keeps the entry, with the list\'s dates: Angela Merkel\'s office ended in 2021', () => {
    expect(person('Angela Merkel said the plan was sound.', 'Angela Merkel', '2019-05-01T09:00:00+00:00')?.sector).toBe('GOV');
    expect(person('Angela Merkel said the plan was sound.', 'Angela Merkel', '2023-05-01T09:00:00+00:00')?.sector).toBe('ELI');
  });

  it('the head of an intergovernmental body is IGO for those years', () => {
    const p = person('Antonio Guterres said the ceasefire must hold.', 'Antonio Guterres', '2020-05-01T09:00:00+00:00');
    expect(p?.sector).toBe('IGO');
  });
});
