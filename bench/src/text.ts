/**
 * Word lists and sentence templates for a news-like dataset: quotes read like
 * statements politicians make, bodies like agency copy. Deterministic: every
 * choice goes through the seeded generator, so a scale always yields the same data.
 */

/** mulberry32: small, fast, seedable; good enough for test data. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A version-4 UUID from this generator, so ids repeat from run to run. */
  uuid(): string {
    const hex: string[] = [];
    for (let i = 0; i < 16; i++) hex.push(this.int(256).toString(16).padStart(2, '0'));
    hex[6] = ((parseInt(hex[6], 16) & 0x0f) | 0x40).toString(16).padStart(2, '0');
    hex[8] = ((parseInt(hex[8], 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

export const FIRST_NAMES = [
  'Anna',
  'Boris',
  'Carlos',
  'Dilnoza',
  'Elena',
  'Farid',
  'Giorgi',
  'Hanna',
  'Ilham',
  'Jelena',
  'Kamala',
  'Lars',
  'Maria',
  'Nikol',
  'Olaf',
  'Pedro',
  'Recep',
  'Sergei',
  'Tamar',
  'Ursula',
  'Vladimir',
  'Wang',
  'Xavier',
  'Yulia',
  'Zoran',
  'Ahmet',
  'Bilal',
  'Chiara',
  'Dmitry',
  'Emmanuel',
  'Fatma',
  'Gabriel',
  'Hakan',
  'Irakli',
  'Jeyhun',
  'Kaja',
  'Łukasz',
  'Mevlüt',
  'Nursultan',
  'Orbán',
  'Petr',
  'Rustam',
  'Salome',
  'Tigran',
  'Ulf',
  'Viktor',
  'Ayşe',
  'Zhanna',
  'Ilir',
  'Mirjana',
  'Andrzej',
  'Baiba',
  'Édouard',
  'Frank-Walter',
  'Gitanas',
  'Heydar',
];

export const LAST_NAMES = [
  'Aliyev',
  'Bayramov',
  'Castillo',
  'Dimitrov',
  'Erdem',
  'Fischer',
  'Garibashvili',
  'Hakobyan',
  'Ivanova',
  'Jovanović',
  'Kallas',
  'Lindqvist',
  'Mammadov',
  'Nowak',
  'Orlov',
  'Petrov',
  'Quintana',
  'Rahimov',
  'Sargsyan',
  'Tusk',
  'Usmonov',
  'Vučić',
  'Weber',
  'Xu',
  'Yılmaz',
  'Zelensky',
  'Abashidze',
  'Berzina',
  'Çelik',
  'Duda',
  'Eriksen',
  'Fidan',
  'Grigoryan',
  'Hasanov',
  'Ilves',
  'Jeenbekov',
  'Kurti',
  'Lavrov',
  'Mirzoyan',
  'Nausėda',
  'Orešković',
  'Pashinyan',
  'Rinkēvičs',
  'Sandu',
  'Tokayev',
  'Ulmanis',
  'Vassiliou',
  'Wójcik',
  'Zourabichvili',
];

export const COUNTRIES = [
  'Armenia',
  'Azerbaijan',
  'Georgia',
  'Türkiye',
  'Kazakhstan',
  'Uzbekistan',
  'Moldova',
  'Ukraine',
  'Poland',
  'Lithuania',
  'Latvia',
  'Estonia',
  'Serbia',
  'Kosovo',
  'Hungary',
  'Romania',
  'Bulgaria',
  'Greece',
  'Cyprus',
  'Kyrgyzstan',
  'Tajikistan',
  'Turkmenistan',
  'Iran',
  'France',
  'Germany',
  'Italy',
  'Spain',
  'Sweden',
];

export const ORGANIZATIONS = [
  'European Union',
  'Council of Europe',
  'OSCE Minsk Group',
  'United Nations',
  'NATO',
  'World Bank',
  'International Monetary Fund',
  'Red Cross',
  'Amnesty International',
  'Eurasian Economic Union',
  'African Union',
  'Organization of Turkic States',
  'Collective Security Treaty Organization',
  'European Commission',
  'G7',
];

export const MINISTRIES = [
  'Ministry of Foreign Affairs',
  'Ministry of Defence',
  'Ministry of Energy',
  'Presidential Administration',
  'Security Council',
  'Central Bank',
  'Ministry of Economy',
  'Parliament',
];

export const OUTLETS = [
  'The Korea Times',
  'Caucasus Herald',
  'Baltic Daily',
  'Eurasia Review',
  'Reuters',
  'Agence France-Presse',
  'Associated Press',
  'Deutsche Welle',
  'BBC News',
  'Le Monde',
  'Financial Times',
  'The Guardian',
  'Anadolu Agency',
  'TASS',
  'Interfax',
  'RFE/RL',
  'Civil.ge',
  'Armenpress',
  'APA',
  'Trend',
  'Kyiv Independent',
  'Politico Europe',
  'Euronews',
  'Al Jazeera',
  'The Economist',
  'Hürriyet Daily News',
  'Daily Sabah',
  'Kommersant',
  'Novaya Gazeta',
  'Meduza',
  'Ukrainska Pravda',
  'Balkan Insight',
  'Notes from Poland',
  'LRT',
  'ERR News',
  'The Baltic Times',
  'Eurasianet',
  'OC Media',
  'JAMnews',
  'Asia Times',
];

export const CITIES = [
  'Baku',
  'Yerevan',
  'Tbilisi',
  'Ankara',
  'Astana',
  'Brussels',
  'Geneva',
  'Vienna',
  'Warsaw',
  'Vilnius',
  'Kyiv',
  'Chișinău',
  'Moscow',
  'Paris',
  'Berlin',
  'Belgrade',
  'Pristina',
  'Riga',
  'Tallinn',
  'Istanbul',
];

export const ROLE_TITLES = [
  'Foreign Minister',
  'President',
  'Prime Minister',
  'Defence Minister',
  'Spokesperson',
  'Ambassador',
  'Deputy Foreign Minister',
  'Special Envoy',
  'Speaker of Parliament',
  'Energy Minister',
  'Chief Negotiator',
  'Secretary General',
];

export const ISSUE_TOPICS = [
  'Border delimitation and demarcation',
  'Peace treaty negotiations',
  'Energy security',
  'Gas transit',
  'Sanctions',
  'Refugees and displaced persons',
  'Prisoners of war',
  'Transport corridors',
  'Climate policy',
  'Grain exports',
  'Nuclear safety',
  'Election integrity',
  'Media freedom',
  'Minority rights',
  'Defence spending',
  'Trade agreements',
  'Visa liberalisation',
  'EU accession',
  'Water resources',
  'Cyber security',
];

export const ISSUE_ASPECTS = [
  'talks',
  'agreements',
  'disputes',
  'funding',
  'monitoring',
  'legislation',
  'implementation',
  'timeline',
  'public opinion',
  'international mediation',
  'regional impact',
  'legal challenges',
];

const SUBJECTS = [
  'We',
  'Our government',
  'My country',
  'Nobody',
  'The people of this region',
  'Our partners',
  'Our delegation',
  'This administration',
  'The other side',
  'Europe',
  'Our allies',
  'The international community',
  'Every responsible government',
  'The parliament',
];
const VERBS = [
  'will not accept',
  'remain committed to',
  'strongly condemn',
  'fully support',
  'are ready to discuss',
  'call for',
  'reject',
  'welcome',
  'cannot ignore',
  'will never recognise',
  'insist on',
  'are prepared to sign',
  'have always defended',
  'expect progress on',
  'see no alternative to',
  'demand an explanation of',
];
export const OBJECTS = [
  'the proposed ceasefire',
  'any new sanctions',
  'the border agreement',
  'the energy deal',
  'a negotiated settlement',
  'the peace treaty',
  'the gas pipeline',
  'the transport corridor',
  'the prisoner exchange',
  'the grain corridor',
  'the election results',
  'the monitoring mission',
  'the humanitarian convoy',
  'the new customs regime',
  'the nuclear inspections',
  'the visa regime',
  'the draft constitution',
  'the military exercises',
  'the trade embargo',
  'the refugee return programme',
  'the water-sharing accord',
  'the cyber attacks',
  'the press freedom law',
  'the accession talks',
  'the debt restructuring',
  'the climate targets',
  'the airspace violations',
  'the ceasefire violations',
  'the oil price cap',
  'the election observers',
];
const COMPLEMENTS = [
  'in the coming weeks',
  'without preconditions',
  'as long as the occupation continues',
  'under international law',
  'before the end of the year',
  'at the next summit',
  'despite the pressure',
  'for the sake of regional stability',
  'if our security is guaranteed',
  'whatever the cost',
  'together with our partners',
  'in full transparency',
  'within the agreed framework',
  'as a matter of principle',
];
const SECOND = [
  'This is not a question of politics but of survival',
  'The door to dialogue remains open',
  'History will judge those who refuse',
  'Words must now be followed by deeds',
  'Our position has not changed',
  'There can be no security without justice',
  'The talks were difficult but constructive',
  'We expect the same commitment from the other side',
  'Time is running out',
  'Nobody should doubt our resolve',
];

const FILLERS = [
  'The talks in {city} lasted {n} hours and ended without a joint statement.',
  'Officials said {object} would be discussed again at the next round of negotiations.',
  'Diplomats in {city} described the atmosphere as tense but businesslike.',
  'The meeting followed weeks of exchanges between the two capitals over {object}.',
  'Analysts expect {object} to dominate the agenda of the summit in {city}.',
  'Opposition lawmakers criticised the government for its handling of {object}.',
  'Independent observers have questioned the timetable for {object}.',
  'The statement came a day after {n} people were reported injured near the border.',
  'Markets reacted calmly, with the currency slightly firmer against the euro.',
  'A spokesperson for {name} declined to comment on the details.',
  'The negotiations are mediated by {org}, which has hosted {n} rounds so far.',
  'Earlier this month, {name} met officials in {city} to discuss {object}.',
  'Neither side has published the draft text, which runs to {n} pages.',
  'The parliament is expected to vote on {object} before the summer recess.',
];

function fill(template: string, rnd: Random, names: { name: () => string }): string {
  return template
    .replace('{city}', rnd.pick(CITIES))
    .replace('{n}', String(2 + rnd.int(40)))
    .replace('{object}', rnd.pick(OBJECTS))
    .replace('{org}', rnd.pick(ORGANIZATIONS))
    .replace('{name}', names.name());
}

/** One or two sentences a politician would say. */
export function quoteText(rnd: Random): string {
  let text = `${rnd.pick(SUBJECTS)} ${rnd.pick(VERBS)} ${rnd.pick(OBJECTS)} ${rnd.pick(COMPLEMENTS)}`;
  if (rnd.chance(0.5)) text += `. ${rnd.pick(SECOND)}`;
  return text;
}

/** A narrative sentence; `{name}` slots take an actor through `names.name()` (recorded as a mention by the caller). */
export function fillerTemplate(rnd: Random): string {
  return rnd.pick(FILLERS);
}

export { fill };

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A plausible misspelling: one letter dropped or doubled. */
export function misspell(name: string, rnd: Random): string {
  const chars = Array.from(name);
  const letters = chars.map((c, i) => (/\p{L}/u.test(c) && i > 0 ? i : -1)).filter((i) => i > 0);
  if (!letters.length) return name + name.slice(-1);
  const at = rnd.pick(letters);
  if (rnd.chance(0.5)) chars.splice(at, 1);
  else chars.splice(at, 0, chars[at]);
  return chars.join('');
}
