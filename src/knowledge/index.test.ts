import { describe, expect, it } from 'vitest';
import { countryOf, findIgo, knowledge, lookupName, roleAt, sectorOfRole } from './index.js';

describe('knowledge API', () => {
  it.each([
    ['Russian', 'RUS'], ['the UK', 'GBR'], ['Syrians', 'SYR'], ['Moscow', 'RUS'], ['U.S.', 'USA'], ['North Korean', 'PRK'],
  ])('countryOf(%s) = %s', (name, code) => expect(countryOf(name)).toBe(code));
  // a demonym a territory shares goes to the country; of two countries, to the larger
  it.each([
    ['Indian', 'IND'], ['Norwegian', 'NOR'], ['Norwegians', 'NOR'], ['American', 'USA'], ['Dutch', 'NLD'], ['French', 'FRA'],
    ['Dominican', 'DOM'], ['Congolese', 'COD'],
  ])('countryOf(%s) = %s, not a territory\'s or a smaller country\'s', (name, code) => expect(countryOf(name)).toBe(code));
  it.each([
    ['minister', 'GOV'], ['generals', 'MIL'], ['former foreign secretary', 'ELI'], ['senator', 'LEG'], ['journalist', 'MED'],
  ])('sectorOfRole(%s) = %s', (role, sector) => expect(sectorOfRole(role)).toBe(sector));
  it('finds intergovernmental bodies, with acronyms in capitals only', () => {
    expect(findIgo('OPCW')?.sector).toBe('IGO');
    expect(findIgo('the G7')?.sector).toBe('IGO');
    expect(lookupName('who')).toBeNull();
    expect(lookupName('WHO')?.sector).toBe('IGO');
  });
  it('answers the same when asked again (answers are remembered), "no" included', () => {
    for (let i = 0; i < 2; i++) {
      expect(countryOf('Syrians')).toBe('SYR');
      expect(countryOf('Atlantis')).toBeNull();
      expect(sectorOfRole('former foreign secretary')).toBe('ELI');
      expect(findIgo('the G7')).toEqual({ name: findIgo('G7')!.name, sector: 'IGO' });
    }
  });
  it('types dictionary blocks by what their codes say: a role makes a person, states changing hands a place, a body stays a body', () => {
    expect(knowledge().entry(lookupName('Dresden')!.index)[0]).toBe('L');
    expect(knowledge().entry(lookupName('Sudan People\'s Liberation Army')!.index)[0]).toBe('O');
    expect(knowledge().entry(lookupName('Vladimir Putin')!.index)[0]).toBe('P');
  });
  it('shows every known person by one name, cased as names are written', () => {
    expect(lookupName('Vladimir Vladimirovich Putin')?.name).toBe('Vladimir Putin');
    expect(lookupName('DONALD JOHN TRUMP')?.name).toBe('Donald Trump');
    expect(lookupName('mitch mcconnell')?.name).toBe('Mitch McConnell');
    expect(lookupName('Bashar Assad')?.name).toBe('Bashar al-Assad');
  });
  it('chooses a dated role by the article date', () => {
    const putin = lookupName('Vladimir Putin')!;
    const entry = knowledge().entry(putin.index);
    expect(roleAt(entry, '2017-04-12')).toEqual({ country: 'RUS', sector: 'GOV' });
  });
});
