import { describe, expect, it } from '@jest/globals';
import { titleBefore, titleFits, rolesOn } from './title-check';
import type { ActorRole } from './actor-role.entity';

const at = (body: string, name: string) => titleBefore(body, body.indexOf(name));
const role = (title: string, startedOn: string | null, endedOn: string | null) => ({ title, startedOn, endedOn }) as ActorRole;

describe('titleBefore', () => {
  it('finds the title written just before a name', () => {
    expect(at('Azerbaijan’s Foreign Minister Jeyhum Bayramov welcomed', 'Jeyhum')).toBe('Foreign Minister');
    expect(at('President Vladmir Putin of Russia called', 'Vladmir')).toBe('President');
    expect(at('Aliyev’s top adviser Elchin Amirbayov, however,', 'Elchin')).toBe('adviser');
    expect(at('meeting with Turkey’s Foreign Minister Hakan Fidan', 'Hakan')).toBe('Foreign Minister');
  });

  it('finds none where the name follows an ordinary word or punctuation', () => {
    expect(at('During a visit to Ankara on Tuesday, Bayramov said', 'Bayramov')).toBeNull();
    expect(at('a week after Putin visited', 'Putin')).toBeNull();
    expect(at('The Kremlin said', 'Kremlin')).toBeNull();
  });
});

describe('roles on a date', () => {
  it('fits titles to the roles held that day', () => {
    const roles = [role('Foreign Minister', '2020-07-16', null), role('Deputy Foreign Minister', '2013-01-01', '2020-07-15')];
    expect(rolesOn(roles, '2024-08-28').map((r) => r.title)).toEqual(['Foreign Minister']);
    expect(rolesOn(roles, '2019-01-01').map((r) => r.title)).toEqual(['Deputy Foreign Minister']);
    expect(titleFits('Foreign Minister', roles[0])).toBe(true);
    expect(titleFits('President', role('President of Russia', null, null))).toBe(true);
    expect(titleFits('Prime Minister', roles[0])).toBe(false);
  });
});
