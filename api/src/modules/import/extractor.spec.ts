import { beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { QuoteKind } from '@newsroom/shared';
import { demoMatchers } from './demo-records';
import { extractArticle } from './extractor';
import { parseInput } from './import.parsers';
import type { ExtractionResult } from './import.types';

const ROOT = path.resolve(__dirname, '../../../..');
const demo = JSON.parse(fs.readFileSync(path.join(ROOT, 'api/fixtures/demo.json'), 'utf8'));
const { actorMatcher, issueMatcher } = demoMatchers(ROOT);

async function extractSeed(): Promise<ExtractionResult> {
  const [r] = parseInput(
    'seed.txt',
    fs.readFileSync(path.join(ROOT, 'api/fixtures/extraction-dev/articles/seed-000_7b9f7186373ab6fd.txt')),
  );
  if (!r.ok) throw new Error(r.error.message);
  return extractArticle(r.article, { actorMatcher, issueMatcher });
}

/** CONSTRUCTED passages (not real articles), each testing one pattern. */
async function extractText(body: string): Promise<ExtractionResult> {
  return extractArticle({ title: 'Constructed test passage', publishedOn: '2024-01-01', body }, { actorMatcher, issueMatcher });
}

const direct = (r: ExtractionResult) => r.quotes.filter((q) => q.kind === QuoteKind.DIRECT);

describe('extractArticle on the example article', () => {
  let result: ExtractionResult;
  beforeAll(async () => {
    result = await extractSeed();
  });

  it('finds the three direct quotes with the demo fixture’s exact offsets and speakers', () => {
    const expected = demo.quotes.filter((q: { kind: string }) => q.kind === 'DIRECT');
    const found = direct(result);
    expect(found.map((q) => [q.start, q.end, q.text])).toEqual(
      expected.map((q: { startOffset: number; endOffset: number; text: string }) => [q.startOffset, q.endOffset, q.text]),
    );
    expect(found[0]).toMatchObject({ speaker: 'the Kremlin', speakerActorId: 'demo:kremlin' });
    expect(found[0].cue?.text).toBe('According to');
    expect(found[1]).toMatchObject({ speaker: 'Vladimir Putin', coSpeakers: ['Ilham Aliyev'], speakerActorId: 'demo:putin' });
    expect(found[1].speakerMention?.text).toBe('The two presidents');
    expect(found[2]).toMatchObject({ speaker: 'Jeyhun Bayramov', speakerActorId: 'demo:bayramov' });
    expect(found[2].speakerMention).toEqual({ start: 1825, end: 1833, text: 'Bayramov' });
  });

  it('offers reported speech as lower-confidence paraphrase', () => {
    const para = result.quotes.filter((q) => q.kind === QuoteKind.PARAPHRASE);
    expect(para.length).toBeGreaterThan(0);
    expect(Math.max(...para.map((q) => q.confidence))).toBeLessThan(Math.min(...direct(result).map((q) => q.confidence)));
    const amirbayov = para.find((q) => q.text.startsWith('Azerbaijan does not want'));
    expect(amirbayov).toMatchObject({ speaker: 'Elchin Amirbayov', start: 1237, end: 1324 });
  });

  it('matches the misspelt names to the right actors and finds the other actors with their mentions', () => {
    const byId = new Map(result.actors.map((a) => [a.matchedActorId, a]));
    const putin = byId.get('demo:putin')!;
    expect(putin.name).toBe('Vladimir Putin');
    expect(putin.mentions[0]).toEqual({ start: 10, end: 23, text: 'Vladmir Putin' });
    expect(putin.matchedVia).toBe('misspelling');
    const bayramov = byId.get('demo:bayramov')!;
    expect(bayramov.mentions.map((m) => m.text)).toContain('Jeyhum Bayramov');
    expect(bayramov.mentions[0]).toEqual({ start: 1032, end: 1047, text: 'Jeyhum Bayramov' });
    for (const key of ['aliyev', 'amirbayov', 'fidan', 'russia', 'azerbaijan', 'armenia', 'turkey', 'kremlin', 'koreatimes']) {
      expect(byId.has(`demo:${key}`)).toBe(true);
    }
    // Every mention of the demo fixture is found, on the same actor.
    for (const m of demo.mentions as { actor: string; startOffset: number; endOffset: number; text: string }[]) {
      expect(byId.get(`demo:${m.actor}`)?.mentions).toContainEqual({ start: m.startOffset, end: m.endOffset, text: m.text });
    }
  });

  it('ranks the peace-process issues', () => {
    const ids = result.issues.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['demo:peace', 'demo:treaty', 'demo:border', 'demo:transport', 'demo:constitution']));
    expect(result.issues[0].confidence).toBeGreaterThanOrEqual(result.issues[result.issues.length - 1].confidence);
  });
});

describe('extractArticle on constructed passages (patterns)', () => {
  it('straight, curly and mixed marks', async () => {
    const r = await extractText(
      '"We will not give up on this plan," Smith said.\n\n“The talks were useful and frank,” said Jones.\n\n“We remain hopeful about the outcome," Brown said.',
    );
    expect(direct(r).map((q) => q.text)).toEqual([
      'We will not give up on this plan',
      'The talks were useful and frank',
      'We remain hopeful about the outcome',
    ]);
    expect(direct(r).map((q) => q.speaker)).toEqual(['Smith', 'Jones', 'Brown']);
  });

  it('nested quotes stay inside the outer quote', async () => {
    const body = '“He told me ‘never again’ and then he left the room,” Mr Blair said.';
    const [q] = direct(await extractText(body));
    expect(q.text).toBe('He told me ‘never again’ and then he left the room');
    expect(q.speaker).toMatch(/Blair/);
  });

  it('a quote split by its attribution gives two quotes with one speaker', async () => {
    const body = 'Foreign Minister Jeyhun Bayramov met reporters. “This is a good step,” he said, “but the road to peace is still long.”';
    const qs = direct(await extractText(body));
    expect(qs.map((q) => q.text)).toEqual(['This is a good step', 'but the road to peace is still long.']);
    expect(qs.map((q) => q.speaker)).toEqual(['Jeyhun Bayramov', 'Jeyhun Bayramov']);
  });

  it('a quote running over a paragraph break is one span', async () => {
    const body =
      'Aliyev spoke at length.\n\n“The first part of the statement ends here.\n\n“And the second part goes on here,” Ilham Aliyev said.';
    const qs = direct(await extractText(body));
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('The first part of the statement ends here.\n\n“And the second part goes on here');
    expect(qs[0].speaker).toBe('Ilham Aliyev');
  });

  it('skips scare quotes unless attributed', async () => {
    const r = await extractText('The so-called “peace dividend” never came. “Never,” Putin said.');
    expect(direct(r).map((q) => q.text)).toEqual(['Never']);
  });

  it('unnamed speakers are kept as written; "according to" attributes', async () => {
    const r = await extractText(
      '“The price cut was made because the market is weak,” a company spokeswoman said.\n\nThe ministry will “review every contract signed in the last ten years,” according to the Kremlin.',
    );
    expect(direct(r).map((q) => q.speaker)).toEqual(['a company spokeswoman', 'the Kremlin']);
  });

  it('exact code-point offsets after characters outside the BMP', async () => {
    const body = '🙂🙂 Putin said: “We are ready to help both sides equally.”';
    const [q] = direct(await extractText(body));
    expect(q.text).toBe('We are ready to help both sides equally.');
    expect(Array.from(body).slice(q.start, q.end).join('')).toBe(q.text);
    expect(q.start).toBe(16);
  });

  it('pronouns go to the nearest compatible named person', async () => {
    const body =
      'Jeyhun Bayramov met Hakan Fidan in Ankara on Tuesday.\n\nBayramov said the talks went well. “We discussed all the open questions,” he said.';
    const [q] = direct(await extractText(body));
    expect(q.speaker).toBe('Jeyhun Bayramov');
    expect(q.speakerMention?.text).toBe('he');
  });
});

/** CONSTRUCTED passages (invented names and events, no article text), one per speaker or short-quote rule. */
describe('extractArticle speaker rules on constructed passages', () => {
  const speakers = async (body: string) => direct(await extractText(body)).map((q) => q.speaker);

  it('a capitalised sentence opener is no speaker', async () => {
    expect(await speakers('Despite the delays, Mark Henley was upbeat.\n\n“We will finish the bridge on time,” he said.')).toEqual([
      'Mark Henley',
    ]);
  });

  it('title words run into a name are cut off ("Minister of Health Sarah Jones")', async () => {
    expect(await speakers('Minister of Health Sarah Jones said: “The new line opens in the spring.”')).toEqual(['Sarah Jones']);
  });

  it('a job title marks a person; a role with no name ("the North Quay Commander") is not a name', async () => {
    const body = 'Chief Inspector Tom Hill, North Quay Commander, said: “The harbour is safe to use again.”';
    expect(await speakers(body)).toEqual(['Tom Hill']);
  });

  it('name particles and generational suffixes stay in the name', async () => {
    expect(await speakers('Police chief Anna van Dijk told reporters: “The area is closed until morning.”')).toEqual(['Anna van Dijk']);
    expect(await speakers('“We will appeal the ruling,” Robert Fenwick III, the club owner, said.')).toEqual(['Robert Fenwick III']);
  });

  it('"Mr" keeps a surname away from a woman of the same surname', async () => {
    const body = 'The mayor spoke beside his wife Mary Dalton.\n\n“The new park opens next month for everyone,” Mr. Dalton said.';
    expect(await speakers(body)).toEqual(['Dalton']);
  });

  it('the subject of "X, an appositive, said" is X; a quantified source stays unnamed', async () => {
    expect(await speakers('Jane Porter, a senior engineer at the plant, said: “The repairs will take a week.”')).toEqual(['Jane Porter']);
    expect(await speakers('A spokeswoman for Northwind, the ferry operator, said: “All sailings are cancelled today.”')).toEqual([
      'A spokeswoman for Northwind',
    ]);
  });

  it('a participle ("…, adding that") takes the sentence subject, not a name in between', async () => {
    const body = 'Coach Peter Walsh praised Sam Ortiz for his defending, adding that “the whole team worked very hard.”';
    expect(await speakers(body)).toEqual(['Peter Walsh']);
  });

  it('a paragraph ending on a colon introduces the quote in the next', async () => {
    const body = 'Asked about the strike, union leader Karen Obi said:\n\n“Our members have waited long enough for this offer.”';
    expect(await speakers(body)).toEqual(['Karen Obi']);
  });

  it('a speech verb in a relative clause is not the main verb', async () => {
    const body = 'Governor Paul Reyes described the measures that the council announced as “reckless and unfair”.';
    expect(await speakers(body)).toEqual(['Paul Reyes']);
  });

  it('the speaker goes on over paragraphs of "he added that" and "he said"', async () => {
    const body =
      'Lawyer Daniel Osei addressed the court on Monday.\n\n“The evidence was never tested,” he said.\n\nHe added that the witness had not been heard by Judge Ama Boateng.\n\n“We ask for a new hearing,” he said.';
    expect(await speakers(body)).toEqual(['Daniel Osei', 'Daniel Osei']);
  });

  it('a role resolves to the person introduced with that role', async () => {
    const body =
      'The Northern Regional Minister, Kofi Mensah, blamed the Energy Minister, Yaw Boateng, for the delay.\n\n“Nobody told me anything about the permits,” the Regional Minister said.';
    expect(await speakers(body)).toEqual(['Kofi Mensah']);
  });

  it('short quotes count when a speech verb attributes them, not as names or modifiers', async () => {
    const texts = async (body: string) => direct(await extractText(body)).map((q) => q.text);
    expect(await texts('Mayor Lisa Grant called the report "deeply flawed".')).toEqual(['deeply flawed']);
    expect(await texts('Mayor Lisa Grant said the claims were "unfounded".')).toEqual(['unfounded']);
    expect(await texts('The residents formed a group called "River Watch" last year.')).toEqual([]);
    expect(await texts('The board called it the "final" offer to the union.')).toEqual([]);
    expect(await texts('The station\'s "Morning Desk" reported the fire.')).toEqual([]);
  });

  it('a doubled opening mark and a loose mark at a paragraph start still open the quote', async () => {
    const body =
      'Nina Cole spoke after the vote.\n\n""Despite the rain, turnout was strong today," she said.\n\n" (But) we still have work to do," she added.';
    const found = direct(await extractText(body));
    expect(found.map((q) => q.text)).toEqual(['Despite the rain, turnout was strong today', '(But) we still have work to do']);
    expect(found.map((q) => q.speaker)).toEqual(['Nina Cole', 'Nina Cole']);
  });

  it('hyphenated first names, patronymics and "Al-" surnames stay whole; the bare surname joins the person', async () => {
    const body =
      'Foreign Minister Karl-Heinz Brandt met envoy Samir bin Khalid Al-Rashidi on Monday.\n\n“The talks were useful for both sides,” Brandt said.\n\n“We will meet again next month,” Rashidi said.';
    expect(await speakers(body)).toEqual(['Karl-Heinz Brandt', 'Samir bin Khalid Al-Rashidi']);
  });

  it('an abbreviated title, a middle initial and a title after an employer are not part of the name', async () => {
    expect(await speakers('“The plant will hire 400 people,” said Ohio Gov. Mark Dunne.')).toEqual(['Mark Dunne']);
    expect(await speakers('“We are ready to talk again,” said union leader Paul R. Hanley.')).toEqual(['Paul R. Hanley']);
    expect(await speakers('Northwind President Lisa Moreno said: “Sales rose in every region.”')).toEqual(['Lisa Moreno']);
  });

  it('"and" inside an organisation name joins it; between two names it does not', async () => {
    const body = 'On Monday the Ministry of Health and Family Welfare said the rules were “a threat to every small clinic in the region”.';
    expect(await speakers(body)).toEqual(['Ministry of Health and Family Welfare']);
    const actors = (await extractText('Norway and Sweden signed the deal with Microsoft and Google.')).actors.map((a) => a.name);
    expect(actors).toEqual(expect.arrayContaining(['Norway', 'Sweden', 'Microsoft', 'Google']));
  });

  it('roles and nationalities as subjects resolve to the person last named', async () => {
    const body =
      'Chancellor Greta Lind met the press in Oslo.\n\n“We have no plan to raise taxes this year,” the chancellor said.\n\nTrade envoy Omar Haddad, a Kuwaiti, joined her.\n\n“Our markets are open,” the Kuwaiti said.';
    expect(await speakers(body)).toEqual(['Greta Lind', 'Omar Haddad']);
  });

  it('a straight mark right after a colon opens the quote', async () => {
    const found = direct(await extractText('Coach Ana Silva said:"We played our best game of the season."'));
    expect(found.map((q) => [q.text, q.speaker])).toEqual([['We played our best game of the season.', 'Ana Silva']]);
  });

  it('a number with a thousands comma does not end the speaker phrase', async () => {
    const body = '“That was the race of his life,” said commentator and former 1,500m champion Tom Reilly.';
    expect(await speakers(body)).toEqual(['Tom Reilly']);
  });

  it('quotes in single marks, outside double-mark quotes; a plural possessive does not close them', async () => {
    const body =
      "Nurse Maria Keane spoke from the picket line.\n\n‘The nurses’ union will not give up on this, we are here for the patients,’ she said.\n\nUnion chief Tom Gray called the offer 'an insult to every nurse in the country'.";
    const found = direct(await extractText(body));
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['The nurses’ union will not give up on this, we are here for the patients', 'Maria Keane'],
      ['an insult to every nurse in the country', 'Tom Gray'],
    ]);
  });

  it('an unattributed quote goes with the subject of the sentence before it', async () => {
    const body =
      'Sprinter Ella Moss won the final in Rome.\n\nMoss, though, is convinced she can go faster next year.\n\n“I was tired after the semi-final and still improved my time.”';
    expect(await speakers(body)).toEqual(['Ella Moss']);
    const explained =
      'Head teacher Ruth Bell met the parents on Monday.\n\nShe explained that the school had asked for staff many times. “It has been going on for so long that we are used to it.”';
    expect(await speakers(explained)).toEqual(['Ruth Bell']);
  });

  it('a name with a speech verb right after a quote that ends its sentence is its speaker', async () => {
    const body = 'The final was fast.\n\n"I do not really know what happened out there." Lee Wong said to reporters after the race.';
    expect(await speakers(body)).toEqual(['Lee Wong']);
  });

  it('a person who became the subject since the last quote takes over "he"', async () => {
    const body =
      'Mr. Adams wrote on Friday, "I will veto the whole spending bill this time."\n\nSen. Tim Kaine, a Democrat, drew a comparison to one of Mr. Adams\'s books.\n\n"It is the art of the deal wrecker," he told reporters.';
    expect(await speakers(body)).toEqual(['Adams', 'Tim Kaine']);
  });

  it('the name set off by commas right before the verb is the subject, not a name inside the description', async () => {
    const body = '“He is a man of integrity,” a Biden supporter in the city of Scranton, Michael Brown, said.';
    expect(await speakers(body)).toEqual(['Michael Brown']);
  });

  it('a speech verb used as a noun ("36 states") and a prepositional tail attribute nothing', async () => {
    const body =
      'Candidate Joseph Ade said the count was unfair.\n\nBut he alleged there had been “massive and planned fraud” in many of the country’s 36 states.\n\nAde said there are “other people in charge” in Lagos who need to be heard, adding that he would go to court.';
    expect(await speakers(body)).toEqual(['Joseph Ade', 'Joseph Ade']);
  });

  it('a possessive names whose person speaks; a long description set off by commas still leads to the verb', async () => {
    expect(await speakers('“We need a cut, but how much depends on talks,” said Oman’s Salim Haddad.')).toEqual(['Salim Haddad']);
    const body =
      '“The strike goes on until the company respects our contracts,” Carlos Vega, head of one of the three unions negotiating a new collective contract at the mine, told reporters.';
    expect(await speakers(body)).toEqual(['Carlos Vega']);
  });

  it('a first name’s usual gender yields to "he" when no man is near', async () => {
    const body =
      '“The regulator shut its eyes to the market,” the company’s lawyer Meredith Pickford told the court.\n\n“It found us dominant when we were in fact a disrupter,” he said.';
    expect(await speakers(body)).toEqual(['Meredith Pickford', 'Meredith Pickford']);
  });

  it('short quotes: a sentence-final attribution and an earlier quote of the same speech verb make them said; names and terms do not', async () => {
    const texts = async (body: string) => direct(await extractText(body)).map((q) => q.text);
    expect(await texts('Cheap fuel is acting as a “tailwind” for carmakers, finance chief Ken Ito said.')).toEqual(['tailwind']);
    expect(await texts('The soldiers promised a “return to civilian rule” within a “reasonable time”.')).toEqual([
      'return to civilian rule',
      'reasonable time',
    ]);
    expect(await texts('The woman had been charged in the surname "P", the court heard.')).toEqual([]);
    expect(await texts('This so-called "bridge" financing will be replaced later, Hutton said.')).toEqual([]);
    expect(await texts('Pupils were asked to stay and were given “work to do”.')).toEqual([]);
  });

  it('straight marks closing against the attribution or after a stray space still pair', async () => {
    const body =
      'Sprinter Ben Ola won.\n\n"Nobody tries not to win, I went out there to compete."he said.\n\n"I have to give a lot of credit to my coach. "';
    const found = direct(await extractText(body));
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['Nobody tries not to win, I went out there to compete.', 'Ben Ola'],
      ['I have to give a lot of credit to my coach.', 'Ben Ola'],
    ]);
  });

  it('the attribution closing the sentence, a coordinated verb and a participle after a dateline find the subject', async () => {
    expect(await speakers('Low fuel prices act as a “tailwind” for carmakers, Toyota executive Kenji Sato said on Friday.')).toEqual([
      'Kenji Sato',
    ]);
    const coordinated =
      'Commission chief Anna Lind met the leaders in Brussels.\n\nShe said the deal was the best one for both Britain and Europe and stressed it was "the only deal possible."';
    expect(await speakers(coordinated)).toEqual(['Anna Lind']);
    const dateline =
      'Addis Ababa, Ethiopia (ADV) – The African Union has condemned the attempted coup in Gabon, adding that it would “not condone an unconstitutional change of government.”';
    expect(await speakers(dateline)).toEqual(['African Union']);
  });

  it('coordinated titles and acronym titles are not names; a law is no antecedent of "she"', async () => {
    expect(await speakers('"Our beef business suffered," Northwind President and CEO Donnie Smith told reporters.')).toEqual([
      'Donnie Smith',
    ]);
    expect(await speakers('Reacting on Monday, Plaid Cymru MP Ben Lake said: "Bills will plunge more families into poverty."')).toEqual([
      'Ben Lake',
    ]);
    const body =
      'Chief Justice Helen Bowskill said there was no definition of the word in the Bail Act or in the Police Powers and Responsibilities Act.\n\n“To appear means to come before a judicial officer sitting in court,” she said.';
    expect(await speakers(body)).toEqual(['Helen Bowskill']);
  });

  it('a document "from" an organisation is the organisation speaking; a numbered unit stays in the organisation name', async () => {
    expect(await speakers('The Fed “will keep its focus on inflation,” a note from Charles Schwab said.')).toEqual(['Charles Schwab']);
    expect(await speakers('“We cannot accept this contract,” the Machinists District 837 said in a statement.')).toEqual([
      'Machinists District 837',
    ]);
  });

  it('a connective opening the clause is not the subject; a title before a name read as a place makes it a person', async () => {
    const body =
      'A police source said: "The man matches the description."\n\nBut a press spokeswoman cautioned: "We cannot say the case is closed at this stage."';
    expect(await speakers(body)).toEqual(['A police source', 'a press spokeswoman']);
    expect(await speakers('West Midlands Mayor Andy Street urged people to stay at home and to “remain calm but vigilant.”')).toEqual([
      'Andy Street',
    ]);
  });

  it('inverted, colon-introduced and noun-phrase subjects; "the Journal" is the newspaper named before', async () => {
    expect(await speakers('Said Hong Kong director Stanley Kwan, “I feel safe on the set and in the theatre.”')).toEqual(['Stanley Kwan']);
    expect(await speakers('Jury President Brillante Mendoza opened the session: “Thank you all for the wonderful time together.”')).toEqual(
      ['Brillante Mendoza'],
    );
    const coach =
      'Coach Sergio Lobera spoke after the final.\n\nAsked if Bengaluru FC were better today the coach replied, “It was a balanced game and a hard final.”';
    expect(await speakers(coach)).toEqual(['Sergio Lobera']);
    const journal =
      'Cable firms denied a Wall Street Journal report on Monday.\n\nCox “did not show any interest” in the talks, the Journal reported.';
    expect(await speakers(journal)).toEqual(['Wall Street Journal']);
  });

  it('a statement that "continued" is the paragraph speaker’s; a former champion is the person named before', async () => {
    const body =
      '“This conference is a facade for the companies,” said Matilde Ventura, the spokesperson for the activists. “The minister has chosen the polluters over the young,” the statement continued.';
    expect(await speakers(body)).toEqual(['Matilde Ventura', 'Matilde Ventura']);
  });

  it("doubled single marks (''…'' and ‘‘…’’) quote like double ones", async () => {
    const body =
      "President Ana Ruiz spoke on Friday.\n\n''I spoke with the Pope about new peace talks,'' Ruiz said.\n\n‘‘I do not want my country to go on suffering,’’ she said.";
    const found = direct(await extractText(body));
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['I spoke with the Pope about new peace talks', 'Ana Ruiz'],
      ['I do not want my country to go on suffering', 'Ana Ruiz'],
    ]);
  });

  it('a quote running on with no repeated opening mark ends at the next paragraph’s closing mark', async () => {
    const body =
      'Foreign Minister Carlos Vega resigned on Wednesday.\n\n"I have decided to resign as minister. I condemn this coup.\n\nThe president decided this without my knowledge," the minister tweeted.';
    const found = direct(await extractText(body));
    expect(found.map((q) => q.text)).toEqual([
      'I have decided to resign as minister. I condemn this coup.\n\nThe president decided this without my knowledge',
    ]);
  });

  it('a short sentence quoted right after the speaker’s attributed quote is said', async () => {
    const found = direct(await extractText('“These decisions are not taken with passion,” Ribera told reporters. “It’s law enforcement.”'));
    expect(found.map((q) => q.text)).toEqual(['These decisions are not taken with passion', 'It’s law enforcement.']);
  });

  it('role nouns and short acronyms before a name are titles', async () => {
    expect(await speakers('“It is a very dangerous situation,” said Butte County Sheriff Kory Honea.')).toEqual(['Kory Honea']);
    expect(await speakers('“We have our own sources,” SHO Idrees Bangash told reporters.')).toEqual(['Idrees Bangash']);
  });

  it('a body of a named place speaks as written; "the court" is no other organisation', async () => {
    expect(await speakers('Milton police tweeted that “one person has died at the scene and two are in hospital.”')).toEqual([
      'Milton police',
    ]);
    const body =
      'The men were arrested at Lalbaug station on Monday.\n\nThe court said, “The constitutional rights of the accused have been violated.”';
    expect(await speakers(body)).toEqual(['The court']);
  });

  it('a lead-in paragraph ending on a colon introduces the quotes after it', async () => {
    const body =
      'Coach Lionel Scaloni praised his players.\n\nThis is what the Argentina coach had to say in the press conference:\n\n“All the players gave their best until the last minute.”\n\nRegarding the substitutions:\n\n“With the substitutions, we took the initiative again.”';
    expect(await speakers(body)).toEqual(['Lionel Scaloni', 'Lionel Scaloni']);
  });

  it('more speech verbs; a bracketed party is not the subject; "quoted by X as saying" is the one quoted', async () => {
    expect(await speakers('“Please do not give up,” housewife Maria Santos sobbed.')).toEqual(['Maria Santos']);
    expect(await speakers('Earlier this year, Cllr David Mellen (Lab) said: “Our finances dictate that we look at everything.”')).toEqual([
      'David Mellen',
    ]);
    expect(
      await speakers('“There were several people in the water,” Tom Reed was quoted by the Australian Broadcasting Corporation as saying.'),
    ).toEqual(['Tom Reed']);
  });

  it('another person who became the subject in the same paragraph takes over "he"; "the VC" is a role', async () => {
    const body =
      '"I think we quit at the right time," Peter Buck said. However, Bill Berry, who left the group in 1997, said he had second thoughts. "That was a weird time for me," he recalled.';
    expect(await speakers(body)).toEqual(['Peter Buck', 'Bill Berry']);
    const vc = 'Vice-Chancellor Ezekiel Agbalagba met the students.\n\n“We have been meeting with the union leaders,” the VC said.';
    expect(await speakers(vc)).toEqual(['Ezekiel Agbalagba']);
  });

  it('titles of works in marks are not quotes; a speech verb after a determiner is no verb', async () => {
    const texts = async (body: string) => direct(await extractText(body)).map((q) => q.text);
    expect(await texts('The film took an estimated $4.8 million, behind “Don’t Worry Darling” and “The Woman King”.')).toEqual([]);
    expect(await texts('Elton John postponed two dates of his “Farewell Yellow Brick Road Tour” on Sunday.')).toEqual([]);
  });

  it('a time phrase opening the sentence is no subject; more verbs of saying', async () => {
    const body =
      'Last night, Ms Judith Collins took the top spot after Todd Muller left, telling media she would not let the premier “get away with any nonsense”.';
    expect(await speakers(body)).toEqual(['Judith Collins']);
    expect(await speakers('“Mr. Kocharian, your victory is hollow,” thundered Aram Sarkisian, the party leader.')).toEqual([
      'Aram Sarkisian',
    ]);
  });

  it('an acronym the tagger leaves unnamed speaks as an organisation; "the company" finds it', async () => {
    const body =
      'GM, in a statement, said it received notice from the union. “We are disappointed by the leadership’s actions,” the company said.\n\nCUPW members walked out. “All members are on a nationwide strike from today,” the union wrote.';
    expect(await speakers(body)).toEqual(['GM', 'CUPW']);
  });

  it('a surname alone is the person with that surname, whatever its reading as a first name', async () => {
    const body =
      '“It sounds like a freight train,” said Scott Griffith. “It hit random places,” said Lauren Scott, who lives nearby.\n\n“She got them into the bathtub in time,” said Scott.';
    expect(await speakers(body)).toEqual(['Scott Griffith', 'Lauren Scott', 'Lauren Scott']);
  });

  it('titles before a name are no part of it: "Sheriff Morris Young", "Major General Bheki Langa"', async () => {
    expect(await speakers('“This was due to opioid poisoning,” said Sheriff Morris Young.')).toEqual(['Morris Young']);
    const body =
      'KZN acting provincial commissioner Major General Bheki Langa condemned the murder.\n\n“Such acts are very barbaric and we will not rest.”';
    expect(await speakers(body)).toEqual(['Bheki Langa']);
  });

  it('"the officer" goes on with the unnamed officer quoted last; "the party (XYZ) leader" is a role', async () => {
    const body =
      '“We traced the bike to its owner,” said a Delhi Police officer. The owner lived in Sangram Vihar, the officer said.\n\n“When our team reached the address, he had escaped,” added the officer.';
    expect(await speakers(body)).toEqual(['a Delhi Police officer', 'a Delhi Police officer']);
    const party =
      'Party general secretary Ram Madhav spoke on Sunday.\n\n“The Congress has no issue to take on our government,” the Bharatiya Janata Party (BJP) leader said.';
    expect(await speakers(party)).toEqual(['Ram Madhav']);
  });

  it('the owner in a possessive is not the subject "he" refers to', async () => {
    const body =
      'Anthony Albanese said the raids were wrong. Albanese rejected Peter Dutton’s accusations that he had criticised police.\n\n“Do the public have a right to know about this?” he asked.';
    expect(await speakers(body)).toEqual(['Anthony Albanese']);
  });

  it('a name set off after "said X’s sister," speaks; a bare plural of people speaks as written', async () => {
    expect(await speakers('“That’s the wake line from the boats,” said Vossler’s sister, Sharon Johnson, pointing at a wall.')).toEqual([
      'Sharon Johnson',
    ]);
    expect(await speakers('"Be patient, be patient," rescuers told a boy under the concrete, according to Reuters.')).toEqual(['rescuers']);
  });

  it('an age after the name makes a person, whom "he" then refers to; a one-word title before a surname is a title', async () => {
    const body =
      '"I just felt the whole earth moving and I was petrified," a resident, Hakan Demirtas, 32, told Reuters.\n\n"My house is ruined," he said.\n\n"It was opioid poisoning," said Sheriff Morris Young.\n\n"There is a different type of fentanyl," said Sheriff Young.';
    expect(await speakers(body)).toEqual(['Hakan Demirtas', 'Hakan Demirtas', 'Morris Young', 'Morris Young']);
  });

  it('relative clauses: "in which X said" has its own subject; ", who asked him:" is the person before it', async () => {
    expect(
      await speakers(
        'Steve Jurczyk spoke. There was a short talk, in which Jurczyk said, "Absolutely right. That is what we do every day."',
      ),
    ).toEqual(['Steve Jurczyk']);
    expect(
      await speakers('Cyril Ramaphosa said he had spoken to DA leader John Steenhuisen on Tuesday, who asked him: “Where do we go now?”'),
    ).toEqual(['John Steenhuisen']);
  });

  it('"he" goes on with an unnamed man quoted last, not with a woman; an unknown name that "claimed" is a person', async () => {
    const man = '“Don’t be scared. This is the future,” one man said.\n\n“Get used to the face mask,” he said.';
    expect(await speakers(man)).toEqual(['one man', 'one man']);
    const woman = '“Don’t be scared. This is the future,” one woman said.\n\n“Get used to the face mask,” he said.';
    expect((await speakers(woman))[1]).not.toBe('one woman');
    const body =
      'Aam Aadmi Party convener Arvind Kejriwal compared the elections to a war. Kejriwal claimed that the BJP lacks the will.\n\n“We are a small party with limited resources,” the AAP chief said.';
    expect(await speakers(body)).toEqual(['Arvind Kejriwal']);
  });

  it('a role set off after the name makes a person; an owner’s people speak as written', async () => {
    const body =
      '"Up to 90,000 workers have joined the strike," DL Sachdeva, the union\'s Gurgaon national secretary, said.\n\n"Thousands of workers are holding sit-in protests outside," he added.';
    expect(await speakers(body)).toEqual(['Sachdeva', 'Sachdeva']);
    expect(await speakers('"It is an exceptional success story of competition in action," Google\'s lawyers said.')).toEqual([
      "Google's lawyers",
    ]);
  });

  it('"the UNHCR official" is the person introduced with UNHCR, not the last speaker', async () => {
    const body =
      '"Any return must be voluntary," Qaisar Khan Afridi, a spokesman for the UN High Commissioner for Refugees (UNHCR), told Anadolu.\n\n"We have given them a deadline," said Interior Minister Sarfraz Bugti.\n\nThe UNHCR official called the reports "disconcerting".';
    expect(await speakers(body)).toEqual(['Qaisar Khan Afridi', 'Sarfraz Bugti', 'Qaisar Khan Afridi']);
  });

  it('a quote standing alone after narration naming no one goes on with the last speaker, at low confidence', async () => {
    const body =
      'Marine ecologist Dr Tom Brough was on the voyage.\n\n“This habitat is really unsurveyed,” Brough said.\n\nThe team worked in an area off the coast.\n\n“We found some really interesting sightings of species.”';
    const quotes = direct(await extractText(body));
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Brough', 'Tom Brough']);
    expect(quotes[1].confidence).toBeLessThan(0.5);
  });

  it('a long description after the name keeps it the subject; "X of Kent" is an institution, not a person', async () => {
    const body =
      'Craig Potter, the chair of the local branch of the University and Colleges Union (UCU) said the cuts hurt.\n\n"To be under threat of losing their jobs is incredibly hard for everybody," he said.\n\nThe University of Kent is aiming to save £20m.';
    const r = await extractText(body);
    expect(direct(r).map((q) => q.speaker)).toEqual(['Craig Potter']);
    expect(r.actors.find((a) => a.name === 'University of Kent')?.kind).not.toBe('PERSON');
  });

  it('"said school board President John Abdo" makes him the "he" of the next quote; a time phrase is no part of the subject', async () => {
    const body =
      'Superintendent Edward Niznik presented a plan. The district wants input from parents, said school board President John Abdo.\n\n“We want to get together and figure out how to make this work,” he said.';
    expect(await speakers(body)).toEqual(['John Abdo']);
    const council =
      'The Security Council met on Monday.\n\nIn a unanimous statement, the council on Monday vowed to punish Pyongyang’s “highly destabilizing behavior”.';
    expect(await speakers(council)).toEqual(['Security Council']);
  });

  it('"it said" after "the Gauteng government said" is that government; "the statement" is its issuer’s', async () => {
    const body =
      'In a statement on Saturday, the Gauteng government said firefighters were working on the fire.\n\n“The primary focus at this stage is to save lives,” it said.';
    expect(await speakers(body)).toEqual(['the Gauteng government']);
    const statement =
      'Oxfam International said in a statement that the aid had arrived.\n\nThe group’s team “assisted the people on the overcrowded vessel,” the statement continued.';
    expect(await speakers(statement)).toEqual(['Oxfam International']);
  });

  it('"Sgt Ryan" is Sergeant Patricia Ryan, not Pat Ryan; "and she replied" has its own subject', async () => {
    const body =
      'Sergeant Patricia Ryan gave evidence of detecting hurler Pat Ryan driving at speed. Pat Ryan was later stopped again.\n\n“I am sorry, all my incidents are on the system,” said Sgt Ryan.\n\nCarl Hanahoe SC asked why she had said that, and she replied - "It was a polite way of saying no."';
    expect(await speakers(body)).toEqual(['Patricia Ryan', 'Patricia Ryan']);
  });

  it('among people of one surname, "Professor Cuddihy" is the one introduced as Professor', async () => {
    const body =
      'Molly Cuddihy contracted a rare infection at the hospital.\n\nHer father, Professor John Cuddihy, told the BBC that the inquiry must investigate.\n\nProfessor Cuddihy added that families are “very pleased that the public inquiry will be conducted”.';
    expect(await speakers(body)).toEqual(['John Cuddihy']);
  });

  it('a sentence-opening name the tagger reads as a noun; a relative clause after the name keeps it the subject', async () => {
    const body =
      'Rassie Erasmus said the team was poor.\n\nSiya Kolisi, who became the first black Test captain during the tour, said that discipline had been a problem.\n\n"We let ourselves down in that," he said.';
    expect(await speakers(body)).toEqual(['Siya Kolisi']);
  });

  it('"Miss Boyle" is Maggie Boyle; "said Eavis" is the Eavis named last', async () => {
    const boyle = 'Maggie Boyle runs the trust.\n\nMiss Boyle said a “significant number” of staff had been recruited.';
    expect(await speakers(boyle)).toEqual(['Maggie Boyle']);
    const eavis =
      'Emily Eavis booked the headliners. Glasto boss Michael Eavis says he is already regretting the decision.\n\n“There’s one band I want to re-form,” said Eavis.';
    expect(await speakers(eavis)).toEqual(['Michael Eavis']);
  });

  it('epithets of sport and entertainment writing name the person: "the tactician", "the ‘Essence’ crooner"', async () => {
    const coach = 'Gor Mahia coach Hassan Oktay praised his side.\n\n“They didn’t give us competition,” the tactician stated.';
    expect(await speakers(coach)).toEqual(['Hassan Oktay']);
    const singer = 'Ayodeji Balogun played Lagos on Sunday.\n\n“I want to make a promise tonight,” the ‘Essence’ crooner said.';
    expect(await speakers(singer)).toEqual(['Ayodeji Balogun']);
  });

  it('"of the" inside an organisation’s name; a participle’s subject stops at the first verb; "a statement read"', async () => {
    expect(await speakers('The Armed Forces of the Philippines said the coast guard had "blocked and water cannoned" a vessel.')).toEqual([
      'Armed Forces of the Philippines',
    ]);
    expect(
      await speakers('In a statement, the US State Department condemned the actions, saying they were carried out by "maritime militia".'),
    ).toEqual(['the US State Department']);
    expect(await speakers('The launches were "deliberately undermining regional peace and stability," a statement read.')).toEqual([
      'a statement',
    ]);
    const texts = async (body: string) => direct(await extractText(body)).map((q) => q.text);
    expect(await texts('Protesters carried a sign that read "Services, not sweeps" outside city hall.')).toEqual([]);
  });

  it('a quote whose closing mark is missing ends with its paragraph when it opened the paragraph or followed a colon', async () => {
    const body =
      'Professor John Cuddihy said:\n\n“I think first and foremost that when you receive the news, you want answers.\n\nThe inquiry opens in June.';
    const quotes = direct(await extractText(body));
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['I think first and foremost that when you receive the news, you want answers.', 'John Cuddihy'],
    ]);
    expect(direct(await extractText('He measured a 6" pipe and a "long one for the yard outside.')).map((q) => q.text)).toEqual([]);
  });

  it('"Des Hasler" mid-sentence keeps "Des"; "a transplanted Nashvillean" names no one', async () => {
    const body =
      'Bulldogs coach Des Hasler took a swing at the officiating after the defeat to South Sydney, describing the performance as "very, very poor".';
    expect(await speakers(body)).toEqual(['Des Hasler']);
    const swift =
      'Taylor Swift won album of the year. A transplanted Nashvillean, she expressed surprise at the awards.\n\n“I could identify with those stories so well,” she said.';
    expect(await speakers(swift)).toEqual(['Taylor Swift']);
  });

  it('"Insp Kerr" is Inspector Christopher Kerr; "American CoCo Vandeweghe" is CoCo Vandeweghe', async () => {
    const body =
      'Inspector Christopher Kerr pushed for further inquiries.\n\nInsp Kerr was one of the officers who attended.\n\nInsp Kerr said he found the man to be “unsure and doubtful about his recall”.';
    expect(await speakers(body)).toEqual(['Christopher Kerr']);
    const tennis = 'Kerber lost to American CoCo Vandeweghe 6-2, 6-3.\n\n"We are two totally opposite players," Vandeweghe said.';
    expect(await speakers(tennis)).toEqual(['CoCo Vandeweghe']);
  });

  it('"has read" is no speech verb; a role noun before the name keeps it the sentence’s subject', async () => {
    const body =
      'Saying that he has read some news about a threat, Babajide Sanwo-Olu urged Lagosians to remain calm.\n\n“I want to assure our residents that we are on top of the matter.”';
    expect(await speakers(body)).toEqual(['Babajide Sanwo-Olu']);
    const jackson =
      '“I am disappointed in the prime minister,” said Wayne Jackson.\n\nMassage therapist Olive Jackson was equally disappointed. “I’m upset because things had settled down,” she said.';
    expect(await speakers(jackson)).toEqual(['Wayne Jackson', 'Olive Jackson']);
  });

  it('a first name in the package’s given-name lists makes a person of a name the tagger could not place', async () => {
    const r = await extractText('Ganduje received the appeals committee, led by Alhaji Faruk Aliyu on a courtesy visit.');
    expect(r.actors.find((a) => a.name.endsWith('Faruk Aliyu'))?.kind).toBe('PERSON');
  });

  it('family names written first ("Nga stressed"); a dateline and "Minister for Defense" before the subject', async () => {
    const nga =
      'The dinner was hosted by Housing Minister Nga Kor Ming on Tuesday.\n\nNga stressed that Malaysia respects diversity.\n\n“We respect everyone, Muslims and non-Muslims alike,” he said.';
    expect(await speakers(nga)).toEqual(['Nga Kor Ming']);
    const asif =
      'ISLAMABAD, (UrduPoint) :Minister for Defense Khawaja Muhammad Asif on Friday invited PTI chairman Imran Khan for talks.\n\n"Imran Khan should use the parliamentary forum for talks," he said.';
    expect(await speakers(asif)).toEqual(['Muhammad Asif']);
  });

  it('role nouns in a row before a name are its title: "Chief Justice Bandial"', async () => {
    const body =
      'Chief Justice Umar Ata Bandial heard the petition.\n\n“We will not intervene in economic policy matters,” Chief Justice Bandial remarked.';
    expect(await speakers(body)).toEqual(['Umar Ata Bandial']);
  });

  it('"Ban Ki-moon" keeps its hyphenated syllable; a person’s name does not run into "and" an organisation', async () => {
    expect(await speakers('UN Secretary-General Ban Ki-moon said: “The bottom line is this: the world must be ready.”')).toEqual([
      'Ban Ki-moon',
    ]);
    const naidu =
      'Chairman M. Venkaiah Naidu and Communist Party members met on Monday.\n\n“The entire country has watched this,” Naidu said.';
    expect(await speakers(naidu)).toEqual(['Venkaiah Naidu']);
  });

  it('"The statement however" is the statement; "the head of state" is a role', async () => {
    const body =
      'Governor Abubakar Sani Bello issued a statement on Monday.\n\nThe statement however said “efforts would be intensified by government and security agencies”.';
    expect(await speakers(body)).toEqual(['Abubakar Sani Bello']);
    const santos = 'President Juan Manuel Santos spoke in Bogota.\n\n“There have been rumours about the cartel,” the head of state said.';
    expect(await speakers(santos)).toEqual(['Juan Manuel Santos']);
  });

  it('a participle’s subject is the nearest clause’s ("and the Judge declined …, saying"), up to its verb', async () => {
    const body =
      'Judge James McNulty read out the note.\n\nContested matters can only be prosecuted by senior Gardai and the Judge declined the application, saying any delays could result in “justice delayed”.';
    expect(await speakers(body)).toEqual(['James McNulty']);
  });

  it('a nickname in quote marks inside a name is part of it: "Juan Miguel “Migz” Zubiri"', async () => {
    const body =
      'Senate President Juan Miguel “Migz” Zubiri opened the session.\n\n“We will not allow the Senate hearings to be used for politics,” Zubiri said.';
    expect(await speakers(body)).toEqual(['Juan Miguel “Migz” Zubiri']);
  });

  it('"DeAngelo Davis’ defense attorney" is the person named with that role; "Garda Geary" is Garda Colm Geary', async () => {
    const body =
      'Defense attorney Nicole James spoke after the hearing.\n\nProsecutors "dropped the ball," DeAngelo Davis’ defense attorney said.';
    expect(await speakers(body)).toEqual(['Nicole James']);
    const garda = 'Garda Colm Geary gave evidence.\n\n“Text him, I’ll let ya know about the case,” Garda Geary wrote.';
    expect(await speakers(garda)).toEqual(['Colm Geary']);
  });

  it('a description "regional organiser for …" after a name the tagger reads as a place makes it a person', async () => {
    const body =
      'Trevor Hall, regional industrial organiser for the Transport and General Workers Union, visited the plant.\n\n“It is devastating news,” he said.';
    expect(await speakers(body)).toEqual(['Trevor Hall']);
  });

  it('the department after "Minister for" is no part of the name; "Recorder Goodwin" is a title and a surname', async () => {
    expect(await speakers('“It is surprising that such a story was published,” said Second Minister for Finance Indranee Rajah.')).toEqual([
      'Indranee Rajah',
    ]);
    expect(
      await speakers('“Right now, the people are suffering,” said Minister for Information and Broadcasting Marriyum Aurangzeb.'),
    ).toEqual(['Marriyum Aurangzeb']);
    const goodwin = 'Recorder Caroline Goodwin heard the case.\n\nRecorder Goodwin called it a “complete and utter charade”.';
    expect(await speakers(goodwin)).toEqual(['Caroline Goodwin']);
  });

  it('a month read as a name is no antecedent of "he"', async () => {
    const body =
      'Cllr Shane O’Reilly raised the raid.\n\nSpeaking at the council’s January meeting, he claimed the family had been “effectively held prisoner in their own home”.';
    expect(await speakers(body)).toEqual(['Shane O’Reilly']);
  });
});
