import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle } from '../process.ts';

const quotesOf = (text: string) => {
  const article = processArticle('a.txt', text);
  return article.quotes.map((quote) => [text.slice(quote.start, quote.end), quote.speakerKey]);
};

/** The time expressions of an article dated `date`, as [text, value]. */
const timesOf = (date: string, body: string) =>
  processArticle('a.md', `---\ndate: ${date}\n---\n${body}\n`).times.map((time) => [time.text, time.value]);

/** The entity key of the first mention written `written` in the article. */
const keyIn = (text: string) => {
  const { mentions } = processArticle('a.txt', text);
  return (written: string) => mentions.find((mention) => mention.text === written)?.key;
};

test('quotes: curly, straight, attribution before and after, pronouns and continued paragraphs', () => {
  const text = [
    'Hanna Maliar, the deputy minister, spoke on television.',
    '“The enemy is not abandoning its plans,” Hanna Maliar said.',
    '“He is also encroaching on the region.”',
    'Officials met in Kyiv. Later, Maliar said that "we have to be ready for this." Then she added: "The war continues and we must be ready."',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['The enemy is not abandoning its plans,', 'Hanna Maliar'],
    ['He is also encroaching on the region.', 'Hanna Maliar'],
    ['we have to be ready for this.', 'Hanna Maliar'],
    ['The war continues and we must be ready.', 'Hanna Maliar'],
  ]);
});

test('quotes: a colon introduces the quote and its sentence\'s subject speaks; the one "quoted by" a paper speaks, not the paper', () => {
  const text = [
    'At the hearing, Rishi Sunak defended the plan and promised an update from the ministry: "We are working as quickly as possible."',
    'Maria Lopez has acknowledged the problem; she was quoted by the Daily Planet on the vote; "It is not over."',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['We are working as quickly as possible.', 'Rishi Sunak'],
    ['It is not over.', 'Maria Lopez'],
  ]);
});

test('quotes: a paragraph signed by a name is a pull quote; a paragraph that is only a quote is the words of the one person the paragraph before names; a paragraph ending in a semicolon introduces a quote', () => {
  const text = [
    'NASA chose four museums for its shuttles on Tuesday.',
    'This was a very difficult decision, but one made with the public in mind. Charles Bolden, NASA Administrator',
    'A senator once called the word a disgrace.',
    'The ruling is offensive beyond anything we should tolerate, and the media laughs about it. — Rick Santorum',
    'The vote was held on Monday. The results will follow. Nobody was named',
    'Nick Bos, of the University of Helsinki, studies ants. He began in 2012.',
    '"I have no doubt there will be more cases documented"',
    'Maria Lopez was asked about it on the radio;',
    '"It is not over."',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['This was a very difficult decision, but one made with the public in mind.', 'Charles Bolden'],
    ['The ruling is offensive beyond anything we should tolerate, and the media laughs about it.', 'Rick Santorum'],
    ['I have no doubt there will be more cases documented', 'Nick Bos'],
    ['It is not over.', 'Maria Lopez'],
  ]);
});

test('quotes: a statement a cue and a colon introduce, a quote run on past a caption, a name alone after the quote, a left mark typed for a right one, promises', () => {
  const text = [
    'In a statement, the Church of Scientology denied these allegations:',
    'She was never forced to be there. She left of her own free will.',
    'Governor Chris Gregoire said, "The museum put a tremendous effort into this. I am disappointed.',
    'In 2008, the shuttles await a journey on their launchpads. Image: NASA.',
    '"However, the trainer will soon call the museum home."',
    '"The future is only peace." Shimon Peres image: David Shankbone.',
    'Senator John Cornyn added, "It is an affront.“ However, the centre will get seats. Rishi Sunak defended the record whilst promising a "formal update" soon.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['She was never forced to be there. She left of her own free will.', 'Church of Scientology'],
    ['The museum put a tremendous effort into this. I am disappointed.', 'Chris Gregoire'],
    ['However, the trainer will soon call the museum home.', 'Chris Gregoire'],
    ['The future is only peace.', 'Shimon Peres'],
    ['It is an affront.', 'John Cornyn'],
    ['formal update', 'Rishi Sunak'],
  ]);
});

test('quotes: with no cue, the person the quote\'s sentence opens with speaks', () => {
  const text = 'Nick Bos, of the University of Helsinki, studies "the amazing adaptations social insects have evolved to fight parasites".\n\nIn the lab, the team found "a clear preference for food laced with poison".';
  assert.deepEqual(quotesOf(text), [
    ['the amazing adaptations social insects have evolved to fight parasites', 'Nick Bos'],
    ['a clear preference for food laced with poison', null],
  ]);
});

test('quotes: words quoted as words, and a few words quoted far from any cue, are not speech', () => {
  const text = 'The document added the words "and Emergency" to the name. The minister has asked officials how documents that are supposed to be stored in "approved security cabinets" wound up outside. What about the adage, "Those who forget history are doomed to repeat it"?';
  assert.deepEqual(quotesOf(text), []);
});

test('quotes: scare quotes and apostrophes are not speech', () => {
  const text = 'Russia fired more explosive “kamikaze” drones at the capital. Officials called it the ‘worst week’ yet, and it’s not over.';
  assert.deepEqual(quotesOf(text), []);
});

test('entities: titles and possessives are not part of the name, and surnames join full names', () => {
  const text = 'Russian President Vladimir Putin met officials in Minsk. Putin’s delegation was large. Mr Putin said little. The Kremlin denied it.';
  const article = processArticle('a.txt', text);
  const mentions = article.mentions.map((mention) => [mention.text, mention.key, mention.type]);
  assert.deepEqual(mentions, [
    ['Vladimir Putin', 'Vladimir Putin', 'person'],
    ['Minsk', 'Minsk', 'place'],
    ['Putin', 'Vladimir Putin', 'person'],
    ['Putin', 'Vladimir Putin', 'person'],
    ['Kremlin', 'Kremlin', 'organization'],
  ]);
});

test('entities: sentence-initial words, a quotation\'s first word, demonyms and dates are not entities', () => {
  const text = 'Despite the talks, Ukrainian forces advanced on Monday. Meanwhile, British-led patrols continued in June. The report concluded, "Usually, patrols stop."';
  const article = processArticle('a.txt', text);
  assert.deepEqual(article.mentions.map((mention) => mention.text), []);
});

test('times: weekdays resolve to the past against the article date; undated articles resolve nothing relative', () => {
  const dated = processArticle('a.md', '---\ndate: 2022-06-26\n---\nThey met on Saturday, 25 June, and again on Monday. In 2012 it began.\n');
  assert.deepEqual(dated.times.map((time) => [time.text, time.value]), [['on Saturday, 25 June', '2022-06-25'], ['on Monday', '2022-06-20'], ['2012', '2012']]);
  const undated = processArticle('b.txt', 'They met late Thursday and on March 3, 2021.\n');
  assert.deepEqual(undated.times.map((time) => [time.text, time.value]), [['March 3, 2021', '2021-03-03']]);
});

test('times: weeks and weekends as ranges, years by granularity, durations left out', () => {
  assert.deepEqual(timesOf('2015-09-22', 'The clock made news last week and this weekend, and last year too. He was held for two weeks in 1998.'), [
    ['last week', '2015-09-14/2015-09-20'],
    ['this weekend', '2015-09-19/2015-09-20'],
    ['last year', '2014'],
    ['1998', '1998'],
  ]);
});

test('times: ranges give both ends, the future tense the next date, decades and bare years their span, the next day the day after the last', () => {
  assert.deepEqual(timesOf('2015-05-07', 'The vote is to be held from November 20 to December 11. The flag of the 1960s was shown in a 2003 interview; 2000 people came. The next day it rained.'), [
    ['November 20', '2015-11-20'],
    ['December 11', '2015-12-11'],
    ['1960s', '1960-01-01/1969-12-31'],
    ['2003', '2003'],
    ['The next day', '2015-12-12'],
  ]);
});

test('times: "the next day" and "the year before" step from the last date of that unit in their paragraph, and without one they are no date', () => {
  const body = 'This year the poll fell to 35 percent, a decrease from the year before.\n\nThe next day it rained. The day after the vote, it snowed.\n\nIn 2010 it began, and last year it grew, a rise from the year before.';
  assert.deepEqual(timesOf('2015-05-07', body), [
    ['This year', '2015'],
    ['the year before', '2014'],
    ['2010', '2010'],
    ['last year', '2014'],
    ['the year before', '2013'],
  ]);
});

test('times: seasons, worded decades, relative centuries, year ranges and years after "back to", the weekend, and a date after a part of the day', () => {
  assert.deepEqual(timesOf('2023-02-23', 'Last summer was hot and this winter is cold. In the sixties, and in the past century, taxes rose from 2004 to 2009; up to 2000 people came. Their ties date back to 1979. Over the weekend it snowed. Opening night, January 23, 2014, was a success.'), [
    ['Last summer', '2022-06-01/2022-08-31'],
    ['this winter', '2022-12-01/2023-02-28'],
    ['the sixties', '1960-01-01/1969-12-31'],
    ['the past century', '1900-01-01/1999-12-31'],
    ['2004', '2004'],
    ['2009', '2009'],
    ['1979', '1979'],
    ['weekend', '2023-02-18/2023-02-19'],
    ['January 23, 2014', '2014-01-23'],
  ]);
});

test('entities: a name before a title is its own entity, and a surname that is also a word still counts', () => {
  const text = 'NASA Administrator Charles Bolden spoke. U.S. Senator John Cornyn disagreed. Senator Anita Hill listened, and Hill said nothing.';
  const article = processArticle('a.txt', text);
  assert.deepEqual(article.mentions.map((mention) => [mention.text, mention.key, mention.type]), [
    ['NASA', 'NASA', 'organization'],
    ['Charles Bolden', 'Charles Bolden', 'person'],
    ['U.S.', 'United States', 'place'],
    ['John Cornyn', 'John Cornyn', 'person'],
    ['Anita Hill', 'Anita Hill', 'person'],
    ['Hill', 'Anita Hill', 'person'],
  ]);
});

test('quotes: a role given instead of a name resolves to the person the article names in it', () => {
  const text = [
    'Flood defences are “close to breaking point”, according to the regional water authority director.',
    'Maria Novak, the director of the regional water authority, toured the dykes on Friday.',
    'The city spokesman said “we will open shelters tonight”. Tomas Berg, city spokesman since 2019, posted the list later.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['close to breaking point', 'Maria Novak'],
    ['we will open shelters tonight', 'Tomas Berg'],
  ]);
});

test('quotes: a description set off by commas after a name does not speak for it', () => {
  const text = 'Anna Berg, a spokeswoman for the Ministry of Health, said, "The clinics will open on Monday."';
  assert.deepEqual(quotesOf(text), [['The clinics will open on Monday.', 'Anna Berg']]);
});

test('quotes: a body named by a common noun speaks for the body named before it', () => {
  const text = [
    'The request was made by the Municipality of Livorno in 2010.',
    'The city reasoned, "this kind of activity is a commercial one."',
    'The Ministry of Health opened two clinics in Lyon. The ministry said "more will follow in spring."',
    'The UK Government sent a form. It "must be completed in English", the government recommending "online translation tools".',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['this kind of activity is a commercial one.', 'Municipality of Livorno'],
    ['more will follow in spring.', 'Ministry of Health'],
    ['must be completed in English', 'UK Government'],
    ['online translation tools', 'UK Government'],
  ]);
});

test('quotes: words one "has called" something are theirs; a thing called by a name is no quote', () => {
  const text = 'The bishop, Nunzio Galantino, has called the sentence "dangerous" and "ideological". A drone called "Shahed" flew over the town.';
  assert.deepEqual(quotesOf(text), [['dangerous', 'Nunzio Galantino'], ['ideological', 'Nunzio Galantino']]);
});

test('quotes: the one who saw a document does not speak for it', () => {
  const text = 'A leaked internal letter seen by the Daily Planet says "the plan will be extended next year."';
  assert.deepEqual(quotesOf(text), [['the plan will be extended next year.', null]]);
});

test('quotes: a name after a dash signs the quote before it', () => {
  const text = 'Shimon Peres spoke at length.\n\n“The future is only peace.” — Shimon Peres, on the talks';
  assert.deepEqual(quotesOf(text), [['The future is only peace.', 'Shimon Peres']]);
});

test('entities: a body named after its place is an organisation', () => {
  const article = processArticle('a.txt', 'The Kharkiv city council met, and the Odesa regional military administration agreed. Kharkiv is large.');
  assert.deepEqual(article.mentions.map((mention) => [mention.text, mention.type]), [
    ['Kharkiv city council', 'organization'],
    ['Kharkiv', 'place'],
    ['Odesa regional military administration', 'organization'],
    ['Kharkiv', 'place'],
  ]);
});

test('entities: two bodies joined by "and the" are two, and one the text tells something is an organisation', () => {
  const article = processArticle('a.txt', 'Both the Irving Water Board and the Irving Police Department denied it. The student told Zorbex about it.');
  assert.deepEqual(article.mentions.map((mention) => [mention.text, mention.type]), [
    ['Irving Water Board', 'organization'],
    ['Irving Police Department', 'organization'],
    ['Zorbex', 'organization'],
  ]);
});

test('entities: in a match report a country that plays is its team, wherever it is named; in other news it stays a place', () => {
  const match = processArticle('a.txt', 'Belgium fans filled the square. Sweden faced Belgium at the stadium. The referee gave a penalty and the match ended with two goals. Sweden won.');
  assert.deepEqual(match.mentions.filter((mention) => mention.text === 'Sweden').map((mention) => mention.type), ['organization', 'organization']);
  assert.deepEqual(match.mentions.filter((mention) => mention.text === 'Belgium').map((mention) => mention.type), ['organization', 'organization']);
  const war = processArticle('b.txt', 'Sweden faced new questions from Belgium on Monday. Sweden won support in Brussels.');
  assert.deepEqual(war.mentions.filter((mention) => mention.text === 'Sweden').map((mention) => mention.type), ['place', 'place']);
});

test('entities: a building or site is a place, whoever it is named after; a centre for something is a body', () => {
  const { mentions } = processArticle('a.txt', 'The shuttle flew from the Kennedy Space Center. Visitors queued at the Warhol Factory and near the Grand Mosque. The Centre for Policy Studies disagreed.');
  assert.deepEqual(mentions.map((mention) => [mention.text, mention.type]), [
    ['Kennedy Space Center', 'place'], ['Warhol Factory', 'place'], ['Grand Mosque', 'place'], ['Centre for Policy Studies', 'organization'],
  ]);
});

test('entities: a title\'s complement with no one named after it is a name of its own, not a titled person', () => {
  const { mentions } = processArticle('a.txt', 'Lawyers for the State of Texas filed the suit. The Governor of Texas said nothing.');
  assert.deepEqual(mentions.map((mention) => [mention.text, mention.type]), [['Texas', 'place'], ['Texas', 'place']]);
});

test('entities: an unknown name that does something is a body, one that speaks or takes a picture a person, one that only is something stays a place', () => {
  const { mentions } = processArticle('a.txt', 'At the count, Zentrix observed the queues. The donors are rare, said Kolbeck, in a letter. The square was full. Image: Varnholt. Travel to Ostrava was hard, and Ostrava was quiet.');
  assert.deepEqual(mentions.map((mention) => [mention.text, mention.type]), [
    ['Zentrix', 'organization'], ['Kolbeck', 'person'], ['Varnholt', 'person'], ['Ostrava', 'place'], ['Ostrava', 'place'],
  ]);
});

test('entities: a person named right after a body is a name of their own; a body\'s head before "for" outweighs a first name', () => {
  const { mentions } = processArticle('a.txt', 'The talk was given by a lecturer at Riverside State University Simon Novak. The Andy Warhol Foundation for the Visual Arts gave prints.');
  assert.deepEqual(mentions.filter((mention) => !mention.nested).map((mention) => [mention.text, mention.type]), [
    ['Riverside State University', 'organization'], ['Simon Novak', 'person'], ['Andy Warhol Foundation for the Visual Arts', 'organization'],
  ]);
});

test('entities: what the text calls a name types it, and a name whose member follows it is a body', () => {
  const { mentions } = processArticle('a.txt', 'Votes went to the localist group Zorvath. The prints show fashion designer Halbrook. Quellis\'s Nathan Law won a seat.');
  assert.deepEqual(mentions.map((mention) => [mention.text, mention.type]), [
    ['Zorvath', 'organization'], ['Halbrook', 'person'], ['Quellis', 'organization'], ['Nathan Law', 'person'],
  ]);
});

test('entities: what the text shows of a name\'s type outweighs guesses from its other mentions', () => {
  const { mentions } = processArticle('a.txt', 'The localist group Zorvath won two seats. Many voted for Zorvath. Others praised Zorvath.');
  assert.deepEqual(mentions.map((mention) => mention.type), ['organization', 'organization', 'organization']);
});

test('entities: one-word names listed together are of the kind the list shows; a country an acronym stands for is a place', () => {
  const { mentions } = processArticle('a.txt', 'They worship gods such as Zorvath, Quellis, and Athena. It happened after the Soviet Union fell.');
  assert.deepEqual(mentions.map((mention) => [mention.text, mention.type]), [['Zorvath', 'person'], ['Quellis', 'person'], ['Athena', 'person'], ['Soviet Union', 'place']]);
});

test('entities: a government named after a name makes it its leader, not a party\'s adjective; names joined by "&" are listed together', () => {
  const { mentions } = processArticle('a.txt', 'The fee was set by the Marvelli government. The Conservative government objected. Video: Varnholt & Quellis.');
  assert.deepEqual(mentions.filter((mention) => mention.text !== 'Conservative').map((mention) => [mention.text, mention.type]), [['Marvelli', 'person'], ['Varnholt', 'person'], ['Quellis', 'person']]);
  assert.notEqual(mentions.find((mention) => mention.text === 'Conservative')?.type, 'person');
});

test('entities: March, which the lexicon leaves out, is a month and no name', () => {
  const { mentions } = processArticle('a.txt', 'As of March 4, 2011, the show runs from January 23 through March 9 in Evansville.');
  assert.deepEqual(mentions.map((mention) => mention.text), ['Evansville']);
});

test('entities: an English word opening a sentence is no name unless the article writes it capitalised within one; an editor\'s "[George W.]" ends no sentence', () => {
  const names = (text: string) => processArticle('a.txt', text).mentions.map((mention) => mention.text);
  assert.deepEqual(names('Voters chose a new design. Gameplay was delayed for an hour.'), []);
  assert.deepEqual(names('Congress met on Monday. The bill failed in Congress.'), ['Congress', 'Congress']);
  assert.deepEqual(names('Candidates were Reagan in 1980 and [George W.] Bush in 2000.'), ['Reagan', '[George W.] Bush']);
});

test('entities: an acronym joins the name it abbreviates in the article', () => {
  const keyOf = keyIn('The University of Southern Indiana opened a show. USI said it would run until March. LibriVox records books, and LV volunteers read them. The KSC team met.');
  assert.equal(keyOf('USI'), 'University of Southern Indiana');
  assert.equal(keyOf('LV'), 'LibriVox');
  assert.equal(keyOf('KSC'), 'KSC');
});

test('entities: a known name keeps its first word at a sentence start; a first name alone and a misspelt first name join the full name', () => {
  const keyOf = keyIn('The flag was shown in Wellington. New Zealand voted on it. Ahmed Mohamed built a clock. Ahmed took it to school. Kristin Wilkins curated the show, and Kristen Wilkins spoke.');
  assert.equal(keyOf('New Zealand'), 'New Zealand');
  assert.equal(keyOf('Ahmed'), 'Ahmed Mohamed');
  assert.equal(keyOf('Kristen Wilkins'), 'Kristin Wilkins');
});

test('times: "today" meaning nowadays is no date', () => {
  const body = 'His pull is as strong today as it was. More magicians are working today than ever. The museum opened today.';
  const article = processArticle('a.md', `---\ndate: 2014-01-28\n---\n${body}\n`);
  assert.deepEqual(article.times.map((time) => [time.text, time.value]), [['today', '2014-01-28']]);
  assert.equal(article.times[0]!.start, article.original.lastIndexOf('today'));
});

test('times: periods up to the article\'s date, times ago by an untold count, the year end, editorial brackets, plurals and titles; a date after "on" restates the words before it', () => {
  const body = 'Over the past 30 days sales fell, as for the last 30 years, but not in the last five months of her life. A few months ago it began. "[Ten] years ago, a browser was born." It ends by year end. In last years prices rose. She drew Saturday Night Live. It launches at the end of the month on April 29.';
  assert.deepEqual(timesOf('2011-03-08', body), [
    ['the past 30 days', '2011-02-06/2011-03-08'],
    ['the last 30 years', '1981/2011'],
    ['A few months ago', '/2011-03'],
    ['[Ten] years ago', '2001'],
    ['year end', '2011-12-31'],
    ['April 29', '2011-04-29'],
  ]);
});

test('entities: a body named after its country or opening with a demonym is an organisation, awards and wars are things, and a name the article writes within a sentence keeps its first word at a sentence start', () => {
  const text = 'A sensitive Environment Canada document was found.\n\nEnvironment Canada spokeswoman Sujata Raisinghani spoke. The British Red Cross and the Italian Episcopal Conference gave the Nobel Peace Prize a look.';
  const typeOf = (written: string) => processArticle('a.txt', text).mentions.filter((mention) => mention.text === written).map((mention) => mention.type);
  assert.deepEqual(typeOf('Environment Canada'), ['organization', 'organization']);
  assert.deepEqual(typeOf('British Red Cross'), ['organization']);
  assert.deepEqual(typeOf('Italian Episcopal Conference'), ['organization']);
  assert.deepEqual(typeOf('Nobel Peace Prize'), ['misc']);
  assert.deepEqual(typeOf('Sujata Raisinghani'), ['person']);
});

test('entities: "the Church" after "the Church of Scientology" is that organisation', () => {
  const keyOf = keyIn('She left the Church of Scientology in 2007. The Church denied the claims.');
  assert.equal(keyOf('Church'), 'Church of Scientology');
});

/** The mentions of an article as [text, key, type], nested ones marked. */
const mentionsOf = (text: string) =>
  processArticle('a.txt', text).mentions.map((mention) => [mention.text, mention.key, mention.type, ...(mention.nested ? ['nested'] : [])]);
/** The article's mentions, nested ones left out, as [text, type]. */
const typesOf = (text: string) => mentionsOf(text).filter((mention) => !mention[3]).map(([written, , type]) => [written, type]);

test('entities: a place followed by its region and country is one mention of the place, except in a list of places', () => {
  assert.deepEqual(mentionsOf('Ahmed Mohamed, a boy from Irving, Texas, was arrested. The museum is in Evansville, Indiana, United States.'), [
    ['Ahmed Mohamed', 'Ahmed Mohamed', 'person'],
    ['Irving, Texas', 'Irving', 'place'],
    ['Texas', 'Texas', 'place', 'nested'],
    ['Evansville, Indiana, United States', 'Evansville', 'place'],
    ['Indiana', 'Indiana', 'place', 'nested'],
    ['United States', 'United States', 'place', 'nested'],
  ]);
  assert.deepEqual(mentionsOf('The tour visits Boston, Chicago, Illinois and Denver.').map(([text]) => text), ['Boston', 'Chicago', 'Illinois', 'Denver']);
  // A list of other things goes on after the region.
  assert.deepEqual(mentionsOf('I went to the Ring Convention in Buxton, England and the Magic Circle in London.').filter((mention) => !mention[3]).map(([text]) => text), ['Ring Convention', 'Buxton, England', 'Magic Circle', 'London']);
});

test('entities: a name inside a longer one is a nested mention when the article names it alone or it is a known place', () => {
  const nested = (text: string) => mentionsOf(text).filter((mention) => mention[3] === 'nested').map(([written, key]) => [written, key]);
  assert.deepEqual(nested('Google gave a prize. The Google Science Fair is open. She studied at the University of Helsinki.'), [['Google', 'Google'], ['Helsinki', 'Helsinki']]);
  // A body's shorter name inside its full name is the same body; a person's full name is nested in it.
  assert.deepEqual(nested('Andy Warhol was there. The Andy Warhol Foundation gave it. The Andy Warhol Foundation for the Visual Arts said so.'), [['Andy Warhol', 'Andy Warhol'], ['Andy Warhol', 'Andy Warhol']]);
  // Not parts of a place's own name, nor a place in a person's name.
  assert.deepEqual(nested('Korea and Japan met. North Korea fired. He flew to New York. Jack London wrote it.'), []);
});

test('entities: two fields sharing a head word are one name, two names joined by "and" stay two; a name after a hyphen is part of a name', () => {
  const names = (text: string) => mentionsOf(text).filter((mention) => mention[3] !== 'nested').map(([written]) => written);
  assert.deepEqual(names('The orbiter goes to the National Air and Space Museum and the Evergreen Aviation & Space Museum. Stan Lee and Marvel Studios met.'), [
    'National Air and Space Museum', 'Evergreen Aviation & Space Museum', 'Stan Lee', 'Marvel Studios',
  ]);
  assert.deepEqual(names('The goal came from Kim Min-Woo. Jean-Pierre Raffarin spoke. Pro-Russian forces came. Twenty-Eight died.'), ['Kim Min-Woo', 'Jean-Pierre Raffarin']);
  // The shared head may come before more words of the name.
  assert.deepEqual(names('It goes to the Evergreen Aviation & Space Museum of McMinnville today.'), ['Evergreen Aviation & Space Museum of McMinnville']);
});

test('entities: a country\'s official name or abbreviation is the country, by its short name; a short name two countries share joins neither', () => {
  const key = keyIn('Russia and the Russian Federation met the Republic of Korea, the USA and Turkey. The Democratic Republic of the Congo sent no one.');
  assert.deepEqual(['Russian Federation', 'Republic of Korea', 'USA', 'Turkey', 'Democratic Republic of the Congo'].map(key), [
    'Russia', 'South Korea', 'United States', 'Turkey', 'Democratic Republic of the Congo',
  ]);
  const match = mentionsOf('Sweden beat the USA 1 – 0 in the World Cup match. The USA goal came late; the penalty was saved in the tournament.');
  assert.deepEqual(match.filter(([text]) => text === 'USA').map(([, , type]) => type), ['organization', 'organization']);
});

test('entities: a work, a product, a craft or a species the text names as one is a thing, not a person or a place', () => {
  const types = mentionsOf('He starred in the 1969 film Easy Rider. Few still use Internet Explorer 6 browser. The Space Shuttle Atlantis flew. The Jane Smith exhibit opened.')
    .map(([text, , type]) => [text, type]);
  assert.deepEqual(types, [['Easy Rider', 'misc'], ['Internet Explorer', 'misc'], ['Space Shuttle Atlantis', 'misc'], ['Jane Smith', 'person']]);
  assert.deepEqual(mentionsOf('The ants were fed Beauveria bassiana in Kyiv oblast.').map(([text, , type]) => [text, type]), [['Beauveria bassiana', 'misc'], ['Kyiv', 'place']]);
});

test('entities: an editor\'s insertion in brackets is part of the name it completes, and the name is the same without them', () => {
  assert.deepEqual(mentionsOf('He said that [George W.] Bush was wrong, and [Phil] Gramm agreed. Jeff [Drake] laughed. George W. Bush left. The [Ukrainian] army held.'), [
    ['[George W.] Bush', 'George W. Bush', 'person'], ['[Phil] Gramm', 'Phil Gramm', 'person'], ['Jeff [Drake]', 'Jeff Drake', 'person'], ['George W. Bush', 'George W. Bush', 'person'],
  ]);
});

test('entities: a common word after a title is a surname; "the" and a body\'s head word within a sentence are the one body with that head', () => {
  const key = keyIn('Prime Minister John Key spoke. Later Mr Key left. He reads The New York Times daily, and the Times agreed. The Church of Scientology replied.');
  assert.deepEqual(['Key', 'Times'].map(key), ['John Key', 'New York Times']);
  // Two bodies share the head word: "the Court" is neither.
  assert.equal(keyIn('The Supreme Court ruled. The Court of Appeal agreed. Then the Court adjourned.')('Court'), undefined);
});

test('quotes: a name\'s possessive before the subject does not speak ("Putin’s spokesman said") unless the subject is what they wrote; the one named in the subject does', () => {
  assert.deepEqual(quotesOf('Vladimir Putin met the press. Putin’s spokesman said "there will be no talks."'), [['there will be no talks.', null]]);
  assert.deepEqual(quotesOf('Vladimir Putin met the press. Putin’s spokesman Dmitry Peskov said "there will be no talks."'), [['there will be no talks.', 'Dmitry Peskov']]);
  // What one wrote or found is theirs.
  assert.deepEqual(quotesOf('Senator John Cornyn was angry. Cornyn\'s statement added, "Houston should have been selected."'), [['Houston should have been selected.', 'John Cornyn']]);
  assert.deepEqual(quotesOf('The magazine PC World\'s recent analysis of its traffic concluded, "Usually, Internet Explorer is the second browser."'), [['Usually, Internet Explorer is the second browser.', 'PC World']]);
});

test('entities: a greeting before a name is not part of it', () => {
  assert.deepEqual(mentionsOf("They say, 'Hey John Smith, good to see you.' The note read: Dear Maria, hello.").map(([text]) => text), ['John Smith', 'Maria']);
});

test('entities: letters after a name are part of its mention, and a manager is a title', () => {
  assert.deepEqual(mentionsOf('The crown prosecutor, Mark Tedeschi, QC, said it. General Manager John Smith spoke.'), [
    ['Mark Tedeschi, QC', 'Mark Tedeschi', 'person'], ['John Smith', 'John Smith', 'person'],
  ]);
});

test('entities: a common word opening a sentence heads a name when "of" follows it', () => {
  assert.deepEqual(mentionsOf('University of Texas Arlington Muslim Student Association president Sehar Memon said it. Voters of Texas chose.').filter((mention) => mention[3] !== 'nested').map(([text]) => text), [
    'University of Texas Arlington Muslim Student Association', 'Sehar Memon', 'Texas',
  ]);
});

test('quotes: the one who issued a statement speaks the quote that opens the next sentence', () => {
  assert.deepEqual(quotesOf('Not all were pleased. Senator John Cornyn, Republican from Texas, issued a statement regarding the choice. "Like many Texans, I am disappointed with the decision."'), [
    ['Like many Texans, I am disappointed with the decision.', 'John Cornyn'],
  ]);
});

test('quotes: a quote that is a sentence of its own goes on from the sentence before that reports someone\'s words, unless it names its own speaker', () => {
  assert.deepEqual(quotesOf('Kristin Wilkins also said Warhol was both an artist and a businessperson. "As a way to commercialize his work, he made prints."'), [
    ['As a way to commercialize his work, he made prints.', 'Kristin Wilkins'],
  ]);
  assert.deepEqual(quotesOf('Kristin Wilkins said the plan was flawed. "We will fight it," Jones Smith said.'), [['We will fight it,', 'Jones Smith']]);
});

test('entities: a headline names a person by first name and surname up to its verb, and the text\'s surname joins them', () => {
  const key = keyIn('Boris Johnson Resigns As Prime Minister\n\nThe prime minister left office. Later, Johnson said it was over.');
  assert.deepEqual(['Boris Johnson', 'Johnson', 'Resigns', 'Prime Minister'].map(key), ['Boris Johnson', 'Boris Johnson', undefined, undefined]);
});

test('entities: a body\'s shorter name is its full name; a headline links the longest names the text established', () => {
  const text = 'Group G — Belgium 3 – 0 Panama\n\nIn the first game of Group G, Belgium faced Panama. The Andy Warhol Foundation for the Visual Arts gave prints, and the Andy Warhol Foundation gave more.';
  const { mentions } = processArticle('a.txt', text);
  assert.deepEqual(mentions.filter((mention) => mention.start < text.indexOf('\n')).map((mention) => [mention.text, mention.key]), [['Group G', 'Group G'], ['Belgium', 'Belgium'], ['Panama', 'Panama']]);
  assert.equal(keyIn(text)('Andy Warhol Foundation'), 'Andy Warhol Foundation for the Visual Arts');
});

test('entities: a name of unknown kind opening with a place is no person, and holds the place', () => {
  assert.deepEqual(mentionsOf('Fans dressed as the Ontario Ghostbusters posed.'), [['Ontario Ghostbusters', 'Ontario Ghostbusters', 'misc'], ['Ontario', 'Ontario', 'place', 'nested']]);
});

test('entities: the place a civic body is named after is a nested place', () => {
  assert.deepEqual(mentionsOf('The request was made by the Municipality of Bogliasco in 2010.'), [
    ['Municipality of Bogliasco', 'Municipality of Bogliasco', 'organization'], ['Bogliasco', 'Bogliasco', 'place', 'nested'],
  ]);
});

test('entities: a word that is a first name too is a name when capitalised within a sentence, and opens a name at a sentence start', () => {
  const key = keyIn('Frank Rack got in touch after the trip. The tools that Frank and his colleagues use are new. It was frank advice.');
  assert.deepEqual(['Frank Rack', 'Frank', 'frank'].map(key), ['Frank Rack', 'Frank Rack', undefined]);
  assert.deepEqual(mentionsOf('Rich Countries Pledge Aid\n\nRich countries pledged aid.'), []);
});

test('entities: "America" is the United States, "Britain" the United Kingdom, "DPRK" North Korea; a body a country or its adjective qualifies is the body without it', () => {
  const key = keyIn('Voters in America went to the polls. The UK Home Office published a form, and the Home Office will read it. The Italian Supreme Court of Cassation ruled, and the Supreme Court gave reasons. Britain and the DPRK met.');
  assert.deepEqual(['America', 'Home Office', 'Supreme Court', 'Britain', 'DPRK'].map(key), ['United States', 'UK Home Office', 'Italian Supreme Court of Cassation', 'United Kingdom', 'North Korea']);
});

test('entities: a word counted or after "a" is a thing; "the" before a name that heads its phrase makes it no person\'s', () => {
  assert.deepEqual(mentionsOf('The gallery shows roughly 100 Zorbles from its collection.').map(([text, , type]) => [text, type]), [['Zorbles', 'misc']]);
  assert.deepEqual(mentionsOf('Later the Velvet Quorum played, and the Tom Hadley trial began.').map(([text, , type]) => [text, type]), [['Velvet Quorum', 'organization'], ['Tom Hadley', 'person']]);
});

test('entities: several capitalised words after "a" that head their phrase are a thing, a first name aside', () => {
  assert.deepEqual(mentionsOf('He trained as a Fighter Pilot in the war. It was an Edward Steichen and Andy Warhol exhibit.').map(([text, , type]) => [text, type]), [
    ['Fighter Pilot', 'misc'], ['Edward Steichen', 'person'], ['Andy Warhol', 'person'],
  ]);
});

test('entities: one capitalised plural of an English noun is no name, unless "the" comes before it, it is a surname or it is listed with names', () => {
  const text = 'She ran a project on learning in Ants. Later the Giants won. Shimon Peres spoke, and Peres left. The teams Cloud9 and Immortals played, and Immortals won.';
  assert.deepEqual(processArticle('a.txt', text).mentions.map((mention) => mention.text), ['Giants', 'Shimon Peres', 'Peres', 'Cloud9', 'Immortals', 'Immortals']);
});

test('entities: a name followed by a number that is no score is a version or a model, a thing; a craft\'s last name stands for the craft', () => {
  assert.deepEqual(mentionsOf('Users of Zorbex Navigator 6 moved on. Zorbex Navigator was slow.').map(([text, , type]) => [text, type]), [['Zorbex Navigator', 'misc'], ['Zorbex Navigator', 'misc']]);
  const key = keyIn('The Space Shuttle Atlantis flew in 2011. Later, Atlantis went to Florida.');
  assert.deepEqual(['Space Shuttle Atlantis', 'Atlantis'].map(key), ['Space Shuttle Atlantis', 'Space Shuttle Atlantis']);
});

test('entities: a role of common words ending in a title names no one, nor does a demonym after a title\'s "of the"; a brotherhood heads a body\'s name', () => {
  const text = 'Wikinews interviewed Assistant Professor Simon Ličen. He was the Team Manager of the Slovenian team and joined the International Brotherhood of Magicians. She speaks Danish.';
  assert.deepEqual(typesOf(text), [
    ['Wikinews', 'organization'], ['Simon Ličen', 'person'], ['International Brotherhood of Magicians', 'organization'],
  ]);
  assert.deepEqual(mentionsOf('Later, Ličen became Assistant Professor at the college.').map(([written]) => written), ['Ličen']);
});

test('entities: a common noun\'s possessive inside a name is part of it; a name\'s possessive ends it', () => {
  assert.deepEqual(mentionsOf("Commanders of the Korean People's Army moved, and Russia's Defence Ministry spoke.").map(([written, , type]) => [written, type]), [
    ["Korean People's Army", 'organization'], ['Russia', 'place'], ['Defence Ministry', 'organization'],
  ]);
});

test('quotes: a quote joined to the one before by "and" is speech of the same speaker, across an aside in brackets', () => {
  assert.deepEqual(quotesOf('The bishop, Marco Ferri, has called the ruling "dangerous" (in Italian) and "ideological".'), [
    ['dangerous', 'Marco Ferri'], ['ideological', 'Marco Ferri'],
  ]);
});

test('entities: a headline links a name the text established under a longer form ("Irving" of "Irving, Texas")', () => {
  assert.deepEqual(mentionsOf('Protests Grow Across Irving Schools\n\nA boy from Irving, Texas, was arrested on Monday.').filter((mention) => !mention[3]), [
    ['Irving', 'Irving', 'place'], ['Irving, Texas', 'Irving', 'place'],
  ]);
});

test('entities: a dateline\'s place in capitals is the place; a storm is a thing; a body\'s fields after "of" go on after "and"', () => {
  assert.deepEqual(mentionsOf('NEW YORK (Reuters) - Hurricane Ian reached New York. Scientists at the National Institute of Allergy and Infectious Diseases left, and the Ministry of Defence and Foreign Office agreed.').filter((mention) => !mention[3]), [
    ['NEW YORK', 'New York', 'place'], ['Reuters', 'Reuters', 'organization'], ['Hurricane Ian', 'Hurricane Ian', 'misc'], ['New York', 'New York', 'place'],
    ['National Institute of Allergy and Infectious Diseases', 'National Institute of Allergy and Infectious Diseases', 'organization'],
    ['Ministry of Defence', 'Ministry of Defence', 'organization'], ['Foreign Office', 'Foreign Office', 'organization'],
  ]);
});

test('entities: a name followed by the people it employs is a body ("a White House official"), and "he" then passes it by', () => {
  const text = 'A senior White House official said Biden had "no plans" to go. Volodymyr Zelenskiy said on Wednesday that Kyiv would stay away. "Ukraine will not take part," he told a news conference.';
  assert.equal(mentionsOf(text).find(([written]) => written === 'White House')?.[2], 'organization');
  assert.deepEqual(quotesOf(text).at(-1), ['Ukraine will not take part,', 'Volodymyr Zelenskiy']);
});

test('entities: a title\'s portfolio of common words is no name ("Climate Change Minister"); "Secretary-General" is a title; a hyphenated name gives the capitals of its parts', () => {
  const text = 'Climate Change Minister Sherry Rehman spoke. UN Secretary-General António Guterres will visit. Khan\'s party, Pakistan Tehreek-e-Insaf (PTI), said relief was slow, and the PTI will march.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Sherry Rehman', 'Sherry Rehman', 'person'], ['UN', 'United Nations', 'organization'], ['António Guterres', 'António Guterres', 'person'], ['Khan', 'Khan', 'person'],
    ['Pakistan Tehreek-e-Insaf', 'Pakistan Tehreek-e-Insaf', 'organization'], ['PTI', 'Pakistan Tehreek-e-Insaf', 'organization'], ['PTI', 'Pakistan Tehreek-e-Insaf', 'organization'],
  ]);
});

test('entities: an initialism of a common noun is no name, nor is one qualifying a word; one opening a sentence is a name', () => {
  assert.deepEqual(typesOf('US scientists found DNA in a DNA-suitable sample stored on old CDs.'), [['US', 'place']]);
});

test('entities: a company is its name without its legal form; a common word and a letter is a model; securities head a body', () => {
  const text = 'Tesla Inc. is recalling the Model S, and Tesla\'s shares fell. Analysts at Wedbush Securities were calm.';
  assert.deepEqual(mentionsOf(text).map(([written, key, type]) => [written, key, type]), [
    ['Tesla Inc', 'Tesla Inc', 'organization'], ['Model S', 'Model S', 'misc'], ['Tesla', 'Tesla Inc', 'organization'], ['Wedbush Securities', 'Wedbush Securities', 'organization'],
  ]);
});

test('entities: where someone wrote is a platform, a body', () => {
  assert.deepEqual(typesOf('Oleksandr Prokudin wrote on Zorgram that a hospital was hit.'), [['Oleksandr Prokudin', 'person'], ['Zorgram', 'organization']]);
});

test('quotes: a few words ending in their own punctuation and attributed after are said; a scare quote is not', () => {
  assert.deepEqual(quotesOf('"Leo is unique," Gerardo Martino told reporters. "We enjoy him every day." Critics called the plan "bold" on Monday.'), [
    ['Leo is unique,', 'Gerardo Martino'], ['We enjoy him every day.', 'Gerardo Martino'],
  ]);
});

test('entities: a side that beat another by a score, or a club\'s letters, make a team', () => {
  assert.deepEqual(typesOf('Lionel Messi scored as Inter Zorvani beat Philadelphia Union 4-1. They face Nashville SC next.'), [
    ['Lionel Messi', 'person'], ['Inter Zorvani', 'organization'], ['Philadelphia Union', 'organization'], ['Nashville SC', 'organization'],
  ]);
});

test('entities: particles come in pairs inside a name, and a surname with its particles joins the full name', () => {
  const key = keyIn('She met European Commission President Ursula von der Leyen. Later von der Leyen spoke.');
  assert.deepEqual(['Ursula von der Leyen', 'von der Leyen'].map(key), ['Ursula von der Leyen', 'Ursula von der Leyen']);
});

test('entities: a brand opening a sentence stays a name however the text writes it; titles before a body before a title are the person\'s; a company\'s officer makes it a body', () => {
  const text = 'ZorbAI names a new chief executive. Sam Altman posted that he loves zorbai. Former U.S. Treasury Secretary Larry Summers joined, with Quovia CEO Adam Dane.';
  assert.deepEqual(typesOf(text), [
    ['ZorbAI', 'organization'], ['Sam Altman', 'person'], ['U.S. Treasury', 'organization'], ['Larry Summers', 'person'], ['Quovia', 'organization'], ['Adam Dane', 'person'],
  ]);
});

test('entities: a name the article writes in the singular and the plural is a thing counted, not a person or a place', () => {
  const text = 'The Zorblaxes were donated by the foundation. Zorblaxes of actors hang in the hall, and the Warhol Zorblax camera sits beside them.';
  assert.deepEqual(typesOf(text), [['Zorblaxes', 'misc'], ['Zorblaxes', 'misc'], ['Warhol Zorblax', 'misc']]);
});

test('entities: a capitalised field, doctrine or quality is no name', () => {
  assert.deepEqual(mentionsOf('She studied Biology and Philosophy at Harvard University, for Peace and Security.').map(([written]) => written), ['Harvard University']);
});

test('entities: a person a body is named after is a nested mention, even where the article never names them alone', () => {
  assert.deepEqual(mentionsOf('I have been to the Jeff Zorbride Experience in Ohio.'), [
    ['Jeff Zorbride Experience', 'Jeff Zorbride Experience', 'organization'], ['Jeff Zorbride', 'Jeff Zorbride', 'person', 'nested'], ['Ohio', 'Ohio', 'place'],
  ]);
});

test('entities: "First" is no title ("the First Amendment"), an amendment is a thing, and one word shares a head after "&"', () => {
  assert.deepEqual(typesOf('He cited the First Amendment, backed by the Computer & Communications Industry Association.'), [
    ['First Amendment', 'misc'], ['Computer & Communications Industry Association', 'organization'],
  ]);
});

test('quotes: "he" is no one named inside the quote, and one named earlier in the paragraph comes before the last quote\'s speaker', () => {
  const text = [
    'Judge Andrew Oldham dissented, calling the platforms "common carriers" in his opinion.',
    'Chris Marchese, counsel for the group, said the ruling protected speech. "The First Amendment and Judge Oldham cannot force platforms to host content," he said.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text).at(-1), ['The First Amendment and Judge Oldham cannot force platforms to host content,', 'Chris Marchese']);
});

test('entities: an accented surname ending in "s" is no plural; a journal is a body, a vehicle a thing, an outcrop a place', () => {
  const text = 'The team, led by Jorge Cortés, used the vehicle SuBastian to explore the Dorado Outcrop. According to Cortés, the findings will appear in the journal Nature.';
  assert.deepEqual(mentionsOf(text).map(([written, key, type]) => [written, key, type]), [
    ['Jorge Cortés', 'Jorge Cortés', 'person'], ['SuBastian', 'SuBastian', 'misc'], ['Dorado Outcrop', 'Dorado Outcrop', 'place'], ['Cortés', 'Jorge Cortés', 'person'], ['Nature', 'Nature', 'organization'],
  ]);
});

test('entities: a common word is a body\'s name where a role it owns or an apposition says so ("Labour\'s shadow health secretary", "Unison, the largest union")', () => {
  const text = 'Unison, the UK\'s largest union, is balloting its members. Labour\'s shadow health secretary Wes Streeting spoke. The labour market is tight.';
  assert.deepEqual(typesOf(text), [['Unison', 'organization'], ['UK', 'place'], ['Labour', 'organization'], ['Wes Streeting', 'person']]);
});

test('entities: a dateline\'s unknown place in capitals is that place; a year ending the line above counts nothing', () => {
  const text = 'Published 14 March 2024\n\nKORVALLA, Australia (AP) — Zentravia cancelled 800 flights. Workers at Korvalla airport waited.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['KORVALLA, Australia', 'Korvalla', 'place'], ['AP', 'AP', 'organization'], ['Zentravia', 'Zentravia', 'organization'], ['Korvalla', 'Korvalla', 'place'],
  ]);
});

test('entities: "the X union" and "subsidiary X" are bodies, so is a name whose chair it owns; two companies before a shared legal form stay two', () => {
  const text = 'The Brevani union said the strike would go on, said Anna Holt, Brevani\'s deputy chair. Glencore subsidiary Tarvel River Mining objected. Soraki Chip Solutions and Mekato Motor Corp will invest.';
  assert.deepEqual(typesOf(text), [
    ['Brevani', 'organization'], ['Anna Holt', 'person'], ['Brevani', 'organization'], ['Glencore', 'organization'], ['Tarvel River Mining', 'organization'],
    ['Soraki Chip Solutions', 'organization'], ['Mekato Motor Corp', 'organization'],
  ]);
});

test('entities: a name before a craft\'s or a programme\'s noun is a thing ("the Orion capsule", "its Artemis program")', () => {
  assert.deepEqual(typesOf('NASA said its Velmora program was late, and the Quindar capsule failed a test.'), [
    ['NASA', 'organization'], ['Velmora', 'misc'], ['Quindar', 'misc'],
  ]);
});

test('quotes: one of a body speaks, not the body ("James Gibbs of the State University of New York said"); "the agency" is the body named just before', () => {
  const text = [
    'Dr James Gibbs of the State University of New York said the study was "a model of how genetics can guide conservation".',
    'The National Weather Service warned of more fires. "Any new fire could spread very quickly," the agency said in a statement.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['a model of how genetics can guide conservation', 'James Gibbs'],
    ['Any new fire could spread very quickly,', 'National Weather Service'],
  ]);
});

test('entities: an age, a role or an occupation after a comma makes a person; a place\'s noun after a name makes a place', () => {
  const text = 'Washington Tapia, director of the tortoise programme, spoke. Dallas Orvelle, 64, fled. The tortoise lives on Santa Cruz island.';
  assert.deepEqual(typesOf(text), [
    ['Washington Tapia', 'person'], ['Dallas Orvelle', 'person'], ['Santa Cruz', 'place'],
  ]);
});

test('entities: scores of sets make a player, not a team; an event\'s head outweighs "in the"; "union" before a code makes a body; a body\'s head owning a name ends the body', () => {
  const text = 'Novak Zelvic won, beating Daniil Oravets 6-3 7-6 6-3 in the Korvana Open final. Fran Dale leads the actors\' union SAG-AFTRA. The Bank\'s Monetary Policy Committee met.';
  assert.deepEqual(typesOf(text), [
    ['Novak Zelvic', 'person'], ['Daniil Oravets', 'person'], ['Korvana Open', 'misc'], ['Fran Dale', 'person'], ['SAG-AFTRA', 'organization'], ['Bank', 'organization'], ['Monetary Policy Committee', 'organization'],
  ]);
});

test('quotes: an epithet speaks as "he" would ("the Russian joked", "The 19-year-old American said:"), and a quoted question does not end the sentence of its attribution', () => {
  const text = [
    'Daniil Oravets, who lost the final, paid tribute to his opponent. "What are you still doing here?" the Russian joked.',
    'In the women\'s final, Coco Gauff won her first major title. The 19-year-old American said: "This means the world to me."',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['What are you still doing here?', 'Daniil Oravets'],
    ['This means the world to me.', 'Coco Gauff'],
  ]);
});

test('quotes: a word quoted in what a cue reports after "that" is speech however far the cue is ("said in an email to members that the deal was “exceptional”")', () => {
  assert.deepEqual(quotesOf('The Writers Guild of America said in an email to its members on Sunday that the deal was "exceptional".'), [
    ['exceptional', 'Writers Guild of America'],
  ]);
});

test('entities: "the village of" makes a place of a person-like name', () => {
  assert.deepEqual(typesOf('In the village of Moulay Brahim, the Korvel Geological Survey counted the dead.'), [
    ['Moulay Brahim', 'place'], ['Korvel Geological Survey', 'organization'],
  ]);
});

test('times: a weekday the sentence puts in the future is the next one ("was due to expire on Tuesday", "hostages to be released on Tuesday")', () => {
  assert.deepEqual(timesOf('2023-11-27', 'The truce, which began on Friday, was due to expire on Tuesday. Hostages to be released on Tuesday were named. He was said to be hiding on Sunday.'), [
    ['on Friday', '2023-11-24'], ['on Tuesday', '2023-11-28'], ['on Tuesday', '2023-11-28'], ['on Sunday', '2023-11-26'],
  ]);
});

test('entities: a title\'s possessive before a body\'s head is the body\'s name ("Prime Minister’s Office"); so is a plural noun\'s ("Prisoners’ Society")', () => {
  assert.deepEqual(typesOf('Israel’s Prime Minister’s Office confirmed it, according to the Palestinian Prisoners’ Society.'), [
    ['Israel', 'place'], ['Prime Minister’s Office', 'organization'], ['Palestinian Prisoners’ Society', 'organization'],
  ]);
});

test('entities: a type taken from a list is a guess, which evidence elsewhere outweighs; a name that says "in a statement" or has fighters is a body', () => {
  const text = 'Israel and Zorvat have agreed to a truce. Israel and Zorvat have met. Zorvat said in a statement that the truce holds "under the same conditions". Drevka fighters left.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => written !== 'Israel').map(([written, , type]) => [written, type]), [
    ['Zorvat', 'organization'], ['Zorvat', 'organization'], ['Zorvat', 'organization'], ['Drevka', 'organization'],
  ]);
  assert.deepEqual(quotesOf(text), [['under the same conditions', 'Zorvat']]);
});

test('entities: a surname after a title is a name even when it looks like a plural ("Mr Justice Goss"); a version outweighs a first name; those working "at" a name make it a body', () => {
  const text = 'Mr Justice Goss said she acted with "a deep malevolence". The firm released Claude Orvik 4.1, and its Zentra assistant. Analysts at Morgan Vellacott were calm.';
  assert.deepEqual(typesOf(text), [
    ['Goss', 'person'], ['Claude Orvik 4.1', 'misc'], ['Zentra', 'misc'], ['Morgan Vellacott', 'organization'],
  ]);
  assert.deepEqual(quotesOf(text), [['a deep malevolence', 'Goss']]);
});

test('quotes: a person described, with a clause after the description, speaks, not the body named in it', () => {
  assert.deepEqual(quotesOf('Paul Whiteman, general secretary of the NAHT school leaders\' union, which did not reach the threshold, said: ‘Our members are angry.’'), [
    ['Our members are angry.', 'Paul Whiteman'],
  ]);
});

test('entities: a capitalised particle and surname are the full name\'s ("De Clercq"); "weather service" and "grid operator" before a name make a body', () => {
  const text = 'The mayor, Mathias De Clercq, spoke, as did the weather service Zorvani-France and grid operator Velnedis. "It is a tragedy," De Clercq said.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Mathias De Clercq', 'Mathias De Clercq', 'person'], ['Zorvani-France', 'Zorvani-France', 'organization'], ['Velnedis', 'Velnedis', 'organization'], ['De Clercq', 'Mathias De Clercq', 'person'],
  ]);
});

test('entities: a surname-like name with fighters, a chief or a "mercenary group" is a body; common words between titles and a first name are the title\'s; a body\'s name takes one more "of"; a day is a thing', () => {
  const text = 'Yevgeny Prigozhin, the head of Russia’s Wagner mercenary group, spoke before Victory Day. Wagner fighters left. He addressed Chief of the General Staff Valery Gerasimov. The Institute for the Study of War agreed.';
  assert.deepEqual(typesOf(text), [
    ['Yevgeny Prigozhin', 'person'], ['Russia', 'place'], ['Wagner', 'organization'], ['Victory Day', 'misc'], ['Wagner', 'organization'],
    ['Valery Gerasimov', 'person'], ['Institute for the Study of War', 'organization'],
  ]);
});

test('quotes: "he shouted" attributes a quote', () => {
  assert.deepEqual(quotesOf('Yevgeny Prigozhin stood in front of the bodies. "Where is the ammunition?" he shouted.'), [['Where is the ammunition?', 'Yevgeny Prigozhin']]);
});

test('quotes: "the 87-year-old pontiff said:" speaks for the one named before, across paragraphs of one quote; "calling it" attributes', () => {
  const text = [
    'Pope Francis spoke from the balcony of St Peter\'s Basilica. The 87-year-old pontiff said: "I plead for an end to the military operations.',
    '"I call for a solution to the humanitarian situation."',
    'He also condemned the attack, calling it "abominable".',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['I plead for an end to the military operations.', 'Francis'], ['I call for a solution to the humanitarian situation.', 'Francis'], ['abominable', 'Francis'],
  ]);
  assert.deepEqual(typesOf(text), [['Francis', 'person'], ['St Peter\'s Basilica', 'place']]);
});

test('entities: one word after "the" that said something is a body, not a person ("the Vatican said")', () => {
  assert.deepEqual(typesOf('Last week, the Zorvatican said two women had been killed.'), [['Zorvatican', 'organization']]);
});

test('entities: a contraction opening a sentence is no name; an apposition calling a name an agency makes a body; "the X summit" is a body\'s', () => {
  const text = 'Zorvacosmos, the Russian space agency, lost the probe before the Bravics summit. "We\'re glad," Bill Nelson wrote. "It\'s over."';
  assert.deepEqual(typesOf(text), [['Zorvacosmos', 'organization'], ['Bravics', 'organization'], ['Bill Nelson', 'person']]);
});

test('entities: "the company\'s founder" after a name describes a person, not a body', () => {
  assert.deepEqual(typesOf('Elon Musk, the company\'s founder, wrote that it would be ready.'), [['Elon Musk', 'person']]);
});

test('entities: a work named in apposition to its noun is a thing ("Her book, Saving Us, was published"), and publishers are a body', () => {
  assert.deepEqual(typesOf('Her book, Saving Us, was published by One Signal Publishers. In the film, Marta Lind plays a nurse.'), [
    ['Saving Us', 'misc'], ['One Signal Publishers', 'organization'], ['Marta Lind', 'person'],
  ]);
});

test('entities: in a match report, a common word with a manager is the club throughout, and the sides that drew, lost or host are teams; "Erling" opens a name', () => {
  const text = [
    'Arsenal went top of the league after a late goal in the match against Corvale.',
    '"We showed our character," Arsenal manager Mikel Arteta told Sky Sports. Erling Haaland missed a header.',
    'Liverpool, who drew 1-1 at Brighton, are second. Arsenal host Sevilla next.',
  ].join('\n\n');
  assert.deepEqual(typesOf(text), [
    ['Arsenal', 'organization'], ['Corvale', 'organization'], ['Arsenal', 'organization'], ['Mikel Arteta', 'person'], ['Sky Sports', 'organization'], ['Erling Haaland', 'person'],
    ['Liverpool', 'organization'], ['Brighton', 'organization'], ['Arsenal', 'organization'], ['Sevilla', 'organization'],
  ]);
});

test('quotes: "the spokesperson said" speaks for the body a spokesperson was said to speak for; "called the move" attributes; "a statement on Telegram" names a platform, which does not speak', () => {
  const text = [
    'A spokesperson for the US State Department said Washington saw no reason to act. "We will continue to monitor the situation," the spokesperson said.',
    'Lithuania\'s foreign minister, Gabrielius Landsbergis, called the move "a direct threat to Europe".',
    'His office said in a statement on Zorgram that the deployment was "a response to the West".',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['We will continue to monitor the situation,', 'US State Department'], ['a direct threat to Europe', 'Gabrielius Landsbergis'], ['a response to the West', null],
  ]);
  assert.equal(mentionsOf(text).find(([written]) => written === 'Zorgram')?.[2], 'organization');
});

test('quotes: a few words that are a sentence of their own go on with the quote before them in the paragraph', () => {
  assert.deepEqual(quotesOf('Pep Guardiola spoke. "We lost," he said. "They deserved it." Critics found the "shock" result fair.'), [
    ['We lost,', 'Pep Guardiola'], ['They deserved it.', 'Pep Guardiola'],
  ]);
});

test('entities: a full name\'s first word that the text shows to be a person is that person ("Tedros told reporters"); centres head a body; "which makes" follows a body', () => {
  const text = 'Director-General Tedros Adhanom Ghebreyesus spoke. Tedros told reporters about the Africa Centres for Disease Control and Prevention. Halvorsen Nordic, which makes a vaccine, agreed.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Tedros Adhanom Ghebreyesus', 'Tedros Adhanom Ghebreyesus', 'person'], ['Tedros', 'Tedros Adhanom Ghebreyesus', 'person'],
    ['Africa Centres for Disease Control and Prevention', 'Africa Centres for Disease Control and Prevention', 'organization'], ['Halvorsen Nordic', 'Halvorsen Nordic', 'organization'],
  ]);
});

test('quotes: "it said" looks back one sentence for a body, not to one named three sentences before, nor to the person who spoke before', () => {
  const text = 'Senator Ted Cruz accused Alejandro Mayorkas of lying to Congress. "The secretary should resign," Cruz said. The department said in a statement that every question was answered. "We look forward to our work," it said.';
  assert.deepEqual(quotesOf(text), [['The secretary should resign,', 'Ted Cruz'], ['We look forward to our work,', null]]);
});

test('entities: a US legislator\'s party and state are no name; a body\'s head before a title or after "the" is the body ("Senate Majority Leader", "the Senate floor"); what one flies aboard is a thing', () => {
  const text = 'Senate Majority Leader Chuck Schumer, D-N.Y., spoke on the Senate floor. Sen. Rand Paul, R-Ky., who opposed it, flew aboard Air Force One. Press secretary Karine Jean-Pierre agreed.';
  assert.deepEqual(typesOf(text), [
    ['Senate', 'organization'], ['Chuck Schumer', 'person'], ['Senate', 'organization'], ['Rand Paul', 'person'], ['Air Force One', 'misc'], ['Karine Jean-Pierre', 'person'],
  ]);
});

test('entities: brands written with a lower-case first letter are names, "i" before capitals a product\'s; "shares in" a name make a company; "al-" joins a name; a span of months is no name', () => {
  const text = 'Zentrix on Monday unveiled new iPhone cases. Shares in Zentrix fell 2% in the April-June quarter, while eBay was flat. Syrian President Bashar al-Assad did not comment.';
  assert.deepEqual(typesOf(text), [
    ['Zentrix', 'organization'], ['iPhone', 'misc'], ['Zentrix', 'organization'], ['eBay', 'organization'], ['Bashar al-Assad', 'person'],
  ]);
});

test('entities: in a match report, a city that a side beat, with a coach, or travelling is the club; a guessed name with a city in it that is named as a side is a club', () => {
  const text = 'Corvale Rovers beat Barcelona 3-1 after a goal in stoppage time. Barcelona coach Hansi Flick said it was offside. Barcelona travel to Bayern Munich next.';
  assert.deepEqual(typesOf(text), [
    ['Corvale Rovers', 'organization'], ['Barcelona', 'organization'], ['Barcelona', 'organization'], ['Hansi Flick', 'person'], ['Barcelona', 'organization'], ['Bayern Munich', 'organization'],
  ]);
});

test('entities: a thing named after someone the article does not name goes by their surname; a guessed word opening a shown person\'s full name is that person; a numbered series is a thing; "said it had" makes a body', () => {
  const text = [
    'China\'s Xi agrees to restore military talks with the US',
    'Astronomers using the James Webb Space Telescope found it. Jane Rigby, who works on Webb, was not surprised. Chinese President Xi Jinping said the Korvani II mission would fly.',
    'Korvanistan said on Sunday it had fired rockets, which the Iron Dome system intercepted. The radio station Cadena Norte reported it.',
  ].join('\n\n');
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['China', 'China', 'place'], ['Xi', 'Xi Jinping', 'person'], ['US', 'United States', 'place'],
    ['James Webb Space Telescope', 'James Webb Space Telescope', 'misc'], ['Jane Rigby', 'Jane Rigby', 'person'], ['Webb', 'James Webb Space Telescope', 'misc'],
    ['Xi Jinping', 'Xi Jinping', 'person'], ['Korvani II', 'Korvani II', 'misc'],
    ['Korvanistan', 'Korvanistan', 'organization'], ['Iron Dome', 'Iron Dome', 'misc'], ['Cadena Norte', 'Cadena Norte', 'organization'],
  ]);
});

test('quotes: an epithet nearer the cue than a name speaks for the person it describes, not one named after a preposition in its sentence; a long description before a relative clause is the person\'s', () => {
  const text = [
    'Carlo Ancelotti praised his side. Asked about Marco Verdi, who was injured, the Italian said: "It is nothing serious."',
    'Dr Jane Rigby, senior project scientist for the telescope at the Goddard Space Flight Center in Maryland, who was not involved in the study, said the finding was "astonishing".',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['It is nothing serious.', 'Carlo Ancelotti'], ['astonishing', 'Jane Rigby']]);
});

test('entities: a plural body noun before a name makes a body; a suburb\'s name and a guessed name ending in it are places; a sentence\'s first word opening a title\'s portfolio is the title\'s; "codenamed" names a thing', () => {
  const text = [
    'Mortgage lenders Zellwide and Halifax cut rates. Flames reached the suburbs of Korveli and Nea Korveli.',
    'Civil Protection Minister Vassilis Kikilias said a hospital in Korveli was evacuated. A cheaper model codenamed Redwood will follow.',
  ].join('\n\n');
  assert.deepEqual(typesOf(text), [
    ['Zellwide', 'organization'], ['Halifax', 'place'], ['Korveli', 'place'], ['Nea Korveli', 'place'],
    ['Vassilis Kikilias', 'person'], ['Korveli', 'place'], ['Redwood', 'misc'],
  ]);
});

test('entities: a dateline\'s accented capitals keep their letters ("BRASÍLIA"); a word within a full name stands for it ("Lula")', () => {
  const key = keyIn('BRASÍLIA, Brazil (Reuters) - Jair Bolsonaro lost to Luiz Inácio Lula da Silva in 2022. Lula said Brazil would not accept interference.');
  assert.deepEqual(['BRASÍLIA, Brazil', 'Lula'].map(key), ['Brasília', 'Luiz Inácio Lula da Silva']);
});

test('entities: one of a people ("the Dutchman", "the Monegasque") is no name; an event\'s head outweighs a place\'s first word; no one\'s name ends in a number; "House of Commons" is a body; a platform is a thing', () => {
  const text = 'The Dutchman passed the Monegasque to win the Las Vegas Grand Prix. The Formula One season ends soon. The House of Commons met. He posted on his Truth Social platform.';
  assert.deepEqual(typesOf(text), [['Las Vegas Grand Prix', 'misc'], ['Formula One', 'misc'], ['House of Commons', 'organization'], ['Truth Social', 'misc']]);
});

test('quotes: the one a relative clause describes speaks, not a name within the clause; "the seven-time world champion" speaks as "he" would', () => {
  const text = [
    'Charles Leclerc, who took second place from Sergio Pérez on the final lap, said: "I gave everything."',
    'Lewis Hamilton finished seventh. The seven-time world champion said the team had "a lot of work to do".',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['I gave everything.', 'Charles Leclerc'], ['a lot of work to do', 'Lewis Hamilton']]);
});

test('entities: an acronym written as a word in brackets after a name is that name throughout ("UN Environment Programme (Unep)"); a chamber heads a body; "Passers-by" is no name; one word before "Minister" is its portfolio', () => {
  const key = keyIn('The UN Environment Programme (Unep) said so. Unep\'s director agreed. Passers-by helped. Brian Holm of the Danish Chamber of Commerce spoke, and Denmark\'s Culture Minister Jakob Engel-Schmidt wrote on X.');
  assert.deepEqual(['UN Environment Programme', 'Unep', 'Danish Chamber of Commerce', 'Jakob Engel-Schmidt'].map(key), ['UN Environment Programme', 'UN Environment Programme', 'Danish Chamber of Commerce', 'Jakob Engel-Schmidt']);
  assert.deepEqual(['Passers-by', 'Culture'].map(key), [undefined, undefined]);
});

test('quotes: a description or a relative clause before "has said" is the subject\'s', () => {
  const text = 'Its president, Sultan Al Jaber, who also heads the state oil company Adnoc, has said the phasing down of fossil fuels is "inevitable".';
  assert.deepEqual(quotesOf(text), [['inevitable', 'Al Jaber']]);
});

test('entities: "President-elect" is a title; handles and hashtags are no names; a portfolio after an acronym is the title\'s; a body for a subject takes "on"; a title-like word before "Bill" is the law\'s; "posted" attributes a quote', () => {
  const text = [
    'President-elect Donald Trump posted on his @Zorvex account. Protesters used #RejectZorvBill.',
    'EU Trade Commissioner Maros Sefcovic spoke to the Kenya National Commission on Human Rights on Tuesday about the Finance Bill.',
    '"This is not over," activist Boniface Mwangi posted on X. NASA Administrator Bill Nelson agreed.',
  ].join('\n\n');
  assert.deepEqual(typesOf(text).map(([written]) => written), ['Donald Trump', 'EU', 'Maros Sefcovic', 'Kenya National Commission on Human Rights', 'Finance Bill', 'Boniface Mwangi', 'NASA', 'Bill Nelson']);
  assert.deepEqual(quotesOf(text), [['This is not over,', 'Boniface Mwangi']]);
});

test('quotes: a statement in single marks runs over paragraphs when each opens with a mark, and a paragraph ending ".\'" is prose, not a heading', () => {
  const text = [
    'Sir Mark Rowley resigned. In a statement on Friday, he said: \'I have always tried to police without fear or favour. But I no longer have the confidence of the public I serve.',
    '\'I am proud of the officers who worked through that weekend in very difficult circumstances.\'',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text).map(([quoted, speaker]) => [quoted!.slice(0, 20), speaker]), [['I have always tried ', 'Mark Rowley'], ['I am proud of the of', 'Mark Rowley']]);
});

test('entities: those who live in a place ("Londoners") are no name; a country before a body\'s name is left out of its acronym ("NSIDC")', () => {
  const key = keyIn('Data from the US National Snow and Ice Data Center (NSIDC) show it, and 61% of Londoners agree. The NSIDC said so.');
  assert.deepEqual(['NSIDC', 'Londoners'].map(key), ['US National Snow and Ice Data Center', undefined]);
});

test('entities: a start-up in apposition, money invested in a name and its boss make a company; "the chatbot" outweighs a first name; an acronym that spells out two runs joins them; a possessive within a sentence shows a name', () => {
  const text = 'Mosaic will invest up to $4bn (£3.3bn) in Korvix, the artificial intelligence start-up behind the chatbot Claude. Andy Jassy, Mosaic\'s boss, agreed. The Competition and Markets Authority (CMA) is looking into it.';
  assert.deepEqual(typesOf(text), [
    ['Mosaic', 'organization'], ['Korvix', 'organization'], ['Claude', 'misc'], ['Andy Jassy', 'person'], ['Mosaic', 'organization'], ['Competition and Markets Authority', 'organization'], ['CMA', 'organization'],
  ]);
});

test('entities: a name that runs or leads something elsewhere in the text ("the Zorvan-run ministry") is a body, wherever it stands; a title keeps its complement as written', () => {
  const text = 'Fighting between Israel and Zorvan has resumed. Aid reached Gaza from Zorvan, and the Zorvan-run ministry counted the dead. Secretary of State Antony Blinken welcomed it.';
  assert.deepEqual(typesOf(text).filter(([written]) => written === 'Zorvan').map(([, type]) => type), ['organization', 'organization', 'organization']);
  assert.equal(processArticle('a.txt', text).mentions.find((mention) => mention.text === 'Antony Blinken')?.titles, 'Secretary of State');
});

test('quotes: a body described by a clause or an apposition before the cue speaks, not a name in the description; a sentence may open with a described name ("Meta, which owns …")', () => {
  const text = [
    'Meta, which owns Facebook and Zorvagram, said it was "concerned about the process".',
    'A spokesperson for Snap, the parent company of Snapchat, said there were "many unanswered questions".',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['concerned about the process', 'Meta'], ['many unanswered questions', 'Snap']]);
  assert.equal(typesOf(text).find(([written]) => written === 'Zorvagram')?.[1] === 'person', false);
});

test('entities: a two-word demonym before a title is the title\'s, and alone no name; a given name after a surname may be hyphenated; a word right after a title is the first name; two surnames stand for the full name they end; "whose X party" is a body', () => {
  const text = [
    'South Korean President Yoon Suk Yeol lifted it, and the South Korean government agreed. Speaker Woo Won-shik spoke, and Yoon left.',
    'Outgoing President Andrés Manuel López Obrador, whose Morena party won, congratulated her. López Obrador smiled.',
  ].join('\n\n');
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Yoon Suk Yeol', 'Yoon Suk Yeol', 'person'], ['Woo Won-shik', 'Woo Won-shik', 'person'], ['Yoon', 'Yoon Suk Yeol', 'person'],
    ['Andrés Manuel López Obrador', 'Andrés Manuel López Obrador', 'person'], ['Morena', 'Morena', 'organization'], ['López Obrador', 'Andrés Manuel López Obrador', 'person'],
  ]);
});

test('times: "would" and a schedule\'s present tense put a weekday in the future ("said the ceasefire would come into effect on Sunday", "who takes office on Monday")', () => {
  assert.deepEqual(timesOf('2025-01-16', 'He said the ceasefire would come into effect on Sunday. Trump, who takes office on Monday, claimed credit. Talks began on Tuesday.'), [
    ['on Sunday', '2025-01-19'], ['on Monday', '2025-01-20'], ['on Tuesday', '2025-01-14'],
  ]);
});

test('quotes: "a spokesman said" after a paragraph about a body speaks for that body; with no body named nearby, for no one', () => {
  const text = [
    'The Rail Delivery Group, which represents train operators, said passengers should check before they travel. A spokesman said: "We apologise for the disruption."',
    'Trains were cancelled. Some stations closed early on Monday.',
    'Nobody knew when they would reopen. A spokeswoman said: "We are looking into it."',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['We apologise for the disruption.', 'Rail Delivery Group'], ['We are looking into it.', null]]);
});

test('entities: a name\'s spokesperson makes it a body, which speaks through them; one that owns something is a body; a service in apposition is a thing', () => {
  const text = 'The Commission fined Zorvex for tying its classified ads service, Zorvex Marketplace, to its network. "We will appeal," a Zorvex spokesperson said. The refinery is one of the largest owned by Korneft.';
  assert.deepEqual(typesOf(text), [['Commission', 'organization'], ['Zorvex', 'organization'], ['Zorvex Marketplace', 'misc'], ['Zorvex', 'organization'], ['Korneft', 'organization']]);
  assert.deepEqual(quotesOf(text), [['We will appeal,', 'Zorvex']]);
});

test('entities: a building\'s name that speaks is a body; a party\'s member before a first name is a title; accords are a thing; "a book called" names a thing', () => {
  const text = 'He died at home, the Korvan Center said. He lost to Republican Ronald Reagan. He brokered the Camp Zorvid Accords. His father gave him a book called The Double Helix.';
  assert.deepEqual(typesOf(text), [['Korvan Center', 'organization'], ['Ronald Reagan', 'person'], ['Camp Zorvid Accords', 'misc'], ['Double Helix', 'misc']]);
});

test('entities: bodies named in other languages ("Istituto", "Universidad") and schools named after "schools" or described as one are bodies', () => {
  const text = 'Pupils at the religious schools Santa Corvina and Immacorvata protested. Istituto Zorvaga, a catholic school in Milan, agreed. Universidad Korvena said nothing.';
  assert.deepEqual(typesOf(text), [['Santa Corvina', 'organization'], ['Immacorvata', 'organization'], ['Istituto Zorvaga', 'organization'], ['Milan', 'place'], ['Universidad Korvena', 'organization']]);
});

test('entities: a dateline may give a day ("OUAGADOUGOU, June 3 (Reuters) -"); "al" opens a name; a name\'s possessive ends it ("Taylor Swift\'s Eras Tour"); a sentence may open with a name of common words ("Human Rights Watch said in a report"); a trade publication is a body', () => {
  const text = [
    'OUAGADOUGOU, June 3 (Reuters) - Groups linked to al Qaeda attacked.',
    'Human Rights Watch said in a report that Taylor Swift\'s Eras Tour grossed $1bn, according to the trade publication Zollstar.',
  ].join('\n\n');
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['OUAGADOUGOU', 'Ouagadougou', 'place'], ['Reuters', 'Reuters', 'organization'], ['al Qaeda', 'al Qaeda', 'organization'],
    ['Human Rights Watch', 'Human Rights Watch', 'organization'], ['Taylor Swift', 'Taylor Swift', 'person'], ['Eras Tour', 'Eras Tour', 'misc'], ['Zollstar', 'Zollstar', 'organization'],
  ]);
});

test('quotes: words within a quote do not attribute the next one ("“They arrived,” a resident told Reuters"); the one told listens; a surname alone that speaks is the full name\'s', () => {
  const text = [
    'Taylor Swift played Miami. "It has been the experience of my life," Swift wrote on Instagram.',
    '"They arrived on motorbikes," a resident told Reuters by phone. "We buried 12 bodies on Sunday."',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['It has been the experience of my life,', 'Taylor Swift'], ['They arrived on motorbikes,', null], ['We buried 12 bodies on Sunday.', null]]);
});

test('entities: the name one is known as is theirs; an acronym after "Former" is a body; a one-word court before "Judge" is the title\'s; an exchange is a body. Quotes: a cue after "but" shares the first cue\'s subject', () => {
  const text = [
    'The paramilitary forces, commanded by Gen Mohamed Hamdan Dagalo, known as Hemedti, agreed. Former ZTX boss Sam Bankman-Fried ran the exchange ZTX.',
    'U.S. District Judge Lewis Kaplan spoke. Volker Perthes, the UN envoy, said both sides had shown willingness, but warned that "neither side is ready to negotiate".',
  ].join('\n\n');
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Mohamed Hamdan Dagalo', 'Mohamed Hamdan Dagalo', 'person'], ['Hemedti', 'Mohamed Hamdan Dagalo', 'person'], ['ZTX', 'ZTX', 'organization'], ['Sam Bankman-Fried', 'Sam Bankman-Fried', 'person'], ['ZTX', 'ZTX', 'organization'],
    ['U.S.', 'United States', 'place'], ['Lewis Kaplan', 'Lewis Kaplan', 'person'], ['Volker Perthes', 'Volker Perthes', 'person'], ['UN', 'United Nations', 'organization'],
  ]);
  assert.deepEqual(quotesOf(text), [['neither side is ready to negotiate', 'Volker Perthes']]);
});

test('entities: an acronym may keep its connectors ("BOJ") or skip small words ("BCCI"), and bracketed after runs it spells out it joins them; a share index is a thing; in a match report a country a side will play is a team, one it travels to a place; an unknown word opening a full name is that person', () => {
  const text = [
    'Virat Kohli scored 84 as India beat Australia in the match. "Virat showed again why he is the best," the captain said. India will play New Zealand in the final, after a goal-less stoppage time.',
    'The Board of Control for Cricket in India (BCCI) refused to travel to Pakistan. When the Bank of Japan raised rates, Japan\'s Nikkei share average plunged. The BOJ said nothing.',
  ].join('\n\n');
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Virat Kohli', 'Virat Kohli', 'person'], ['India', 'India', 'organization'], ['Australia', 'Australia', 'organization'], ['Virat', 'Virat Kohli', 'person'], ['India', 'India', 'organization'], ['New Zealand', 'New Zealand', 'organization'],
    ['Board of Control for Cricket in India', 'Board of Control for Cricket in India', 'organization'], ['BCCI', 'Board of Control for Cricket in India', 'organization'], ['Pakistan', 'Pakistan', 'place'],
    ['Bank of Japan', 'Bank of Japan', 'organization'], ['Japan', 'Japan', 'place'], ['Nikkei', 'Nikkei', 'misc'], ['BOJ', 'Bank of Japan', 'organization'],
  ]);
});

test('entities: parties by the names news gives them are bodies, a party alone is its full name, and party adjectives are no names', () => {
  const key = keyIn('Labour won 412 seats and the Conservatives 121. The Labour Party will govern. The Tory chancellor and Democratic votes helped. A Democrat, Mr Carter served one term.');
  assert.deepEqual(['Labour', 'Conservatives', 'Labour Party', 'Tory', 'Democratic', 'Democrat'].map(key), ['Labour Party', 'Conservatives', 'Labour Party', undefined, undefined, undefined]);
});

test('quotes: "and said" after a quote goes on with its speaker, as a cue with no subject does', () => {
  const text = 'Labour\'s Shadow Home Secretary Yvette Cooper said her party had backed the idea "for months", and said it was "damning that nothing was done".';
  assert.deepEqual(quotesOf(text), [['for months', 'Yvette Cooper'], ['damning that nothing was done', 'Yvette Cooper']]);
});

test('entities: a first name that is also a people opens a person\'s name ("Christian Lindner"); parties named for their members are bodies ("Free Democrats"). Quotes: a role of one word is the one person named with it', () => {
  const text = 'German Chancellor Olaf Scholz fired Christian Lindner, the leader of the Free Democrats. "We need a government that acts," the chancellor told reporters.';
  assert.deepEqual(typesOf(text), [['Olaf Scholz', 'person'], ['Christian Lindner', 'person'], ['Free Democrats', 'organization']]);
  assert.deepEqual(quotesOf(text), [['We need a government that acts,', 'Olaf Scholz']]);
  assert.deepEqual(quotesOf('Finance Minister Ana Ruiz met Health Minister Jo Bell. "We agree," the minister said.'), [['We agree,', null]]);
});

test('entities: a common word and a known place name a part of it ("Central Europe"), not a person; a first name before a place stays a person\'s', () => {
  const key = keyIn('Floods hit Central Europe on Tuesday. Europe braced for more. Frank Messina wrote about it.');
  assert.deepEqual(typesOf('Floods hit Central Europe on Tuesday. Frank Messina wrote about it.'), [['Central Europe', 'place'], ['Frank Messina', 'person']]);
  assert.equal(key('Europe'), 'Europe');
});

test('entities: a body named after someone takes the possessive ("Alzheimer\'s Association"); a disease named after someone is a thing; a drug in apposition is a thing; a country\'s acronym before fields shared by a head joins them; "on" names a body\'s subject; a Serb is one of a people', () => {
  const text = [
    'The U.S. Food and Drug Administration approved Zorvembi, the Korvheimer\'s drug developed by Eisai, to treat early Korvheimer\'s disease.',
    'The Korvheimer\'s Association praised it. The National Institute on Aging was cautious. "He played well," the Serb said of Carlos Alcaraz.',
  ].join('\n\n');
  assert.deepEqual(typesOf(text).map(([written, type]) => `${written}:${type}`), [
    'U.S. Food and Drug Administration:organization', 'Zorvembi:misc', 'Korvheimer:misc', 'Eisai:organization', 'Korvheimer:misc',
    'Korvheimer\'s Association:organization', 'National Institute on Aging:organization', 'Carlos Alcaraz:person',
  ]);
});

test('entities: a dateline\'s state may be abbreviated ("TALLAHASSEE, Fla. (AP) —"); a sheriff is a title; a booster is a thing; "D-Day" after a comma is no party and state', () => {
  const text = 'TALLAHASSEE, Fla. (AP) — Leon County Sheriff Walt McNeil spoke. The Super Heavy booster landed.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['TALLAHASSEE, Fla', 'Tallahassee', 'place'], ['AP', 'AP', 'organization'], ['Leon County', 'Leon County', 'place'], ['Walt McNeil', 'Walt McNeil', 'person'], ['Super Heavy', 'Super Heavy', 'misc'],
  ]);
  assert.deepEqual(mentionsOf('In June, D-Day, the landings began.').map(([written]) => written), ['D-Day']);
});

test('quotes: a few words reported after "that" may follow a clause of its own; "she" does not stand for the one whose spokeswoman spoke before', () => {
  const text = [
    'His wife, Yulia Navalnaya, said at the conference that if the news was true, Vladimir Putin would "bear responsibility".',
    'Navalny\'s spokeswoman, Kira Yarmysh, said the team had no confirmation. "His lawyer is now flying to Kharp," she wrote on X.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['bear responsibility', 'Yulia Navalnaya'], ['His lawyer is now flying to Kharp,', 'Kira Yarmysh']]);
});

test('entities: a body named after a preposition in an apposition does not make the name before it a body ("Mahmoud Basal, a spokesperson for the agency")', () => {
  const text = 'Mahmoud Basal, a spokesperson for the agency, spoke. Oleksandr Tarnavskyi, the commander of Ukraine\'s southern group of forces, spoke.';
  assert.deepEqual(typesOf(text), [['Mahmoud Basal', 'person'], ['Oleksandr Tarnavskyi', 'person'], ['Ukraine', 'place']]);
});

test('entities: where a correspondent reports from is a place ("reporting from Deir el-Balah")', () => {
  assert.deepEqual(typesOf('Hind Khoudary, reporting from Deir el-Balah, said hospitals were full.'), [['Hind Khoudary', 'person'], ['Deir el-Balah', 'place']]);
});

test('entities: a dateline\'s province may be abbreviated ("JASPER, Alta. —"), and a place\'s mayor shows it a place, a first name too ("Jasper Mayor Richard Ireland")', () => {
  const text = 'Fire nears Jasper\n\nJASPER, Alta. — Residents fled to Valemount, B.C., on Monday. Jasper is a jewel. Jasper Mayor Richard Ireland spoke.';
  assert.deepEqual(typesOf(text), [['Jasper', 'place'], ['JASPER, Alta', 'place'], ['Valemount, B.C.', 'place'], ['Jasper', 'place'], ['Jasper', 'place'], ['Richard Ireland', 'person']]);
});

test('entities: a sentence may open with a body named by a noun before its head or its country ("Amnesty International said", "Parks Canada said"), or with a given name before a particle ("Marine Le Pen")', () => {
  const text = 'Amnesty International said police fired. Parks Canada said the fire grew. Security Council members met. Marine Le Pen spoke. Meanwhile Canada said no.';
  assert.deepEqual(typesOf(text), [['Amnesty International', 'organization'], ['Parks Canada', 'organization'], ['Security Council', 'organization'], ['Marine Le Pen', 'person'], ['Canada', 'place']]);
});

test('quotes: the one described speaks, not a name within the description; a cue after "and" has the subject its sentence opens with; a cue in the passive names no speaker; "quoting" names the source', () => {
  const text = [
    'Peter Walsh, a former teacher from Wagga Wagga, said he was running because "neither of the major parties is listening".',
    'He criticised the plans for the National Broadband Network and said the proposals were "no better".',
    'China\'s Taiwan Affairs Office called Lai Ching-te\'s speech a provocation and said he was pushing Taiwan "toward the abyss of war".',
    'The Elysée Palace said in a statement that Michel Barnier had been asked "to form a unifying government".',
    'According to Yonhap, quoting the Korean Central News Agency, the army has been told to prepare for "a quasi-state of war".',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['neither of the major parties is listening', 'Peter Walsh'], ['no better', 'Peter Walsh'], ['toward the abyss of war', 'Taiwan Affairs Office'],
    ['to form a unifying government', 'Elysée Palace'], ['a quasi-state of war', 'Korean Central News Agency'],
  ]);
});

test('quotes: whole sentences quoted may be attributed by a short sentence after them', () => {
  assert.deepEqual(quotesOf('"Another jet is down. Glory to the soldiers!" Air Force commander Mykola Oleshchuk wrote on Telegram.'), [['Another jet is down. Glory to the soldiers!', 'Mykola Oleshchuk']]);
});

test('quotes: a politician named by party speaks as "he" would; "he" after a cue whose subject is not named reports him, and speaks for no one', () => {
  const text = [
    'Economy Minister Robert Habeck spoke to ZDF. "We have a structural problem," the Green politician said.',
    'Keir Starmer visited the town. The King said he and the Queen were "utterly horrified" by the attack.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['We have a structural problem,', 'Robert Habeck'], ['utterly horrified', null]]);
});

test('entities: an unknown word that speaks is a body unless it ends a longer name ("Roscosmos said", "Amneh Jafari … Jafari said"); "has said it wants" speaks of a body', () => {
  const text = 'The probe crashed, Roscosmos said. Student Amneh Jafari posted. Jafari said she was upset. Hamas has said it wants a deal.';
  assert.deepEqual(typesOf(text), [['Roscosmos', 'organization'], ['Amneh Jafari', 'person'], ['Jafari', 'person'], ['Hamas', 'organization']]);
});

test('entities: a name\'s type for its short forms is what most of its occurrences show, and a thing named after its maker goes by its own name ("Boeing Starliner" … "Starliner")', () => {
  const text = 'Boeing Starliner returns without its crew\n\nThe Boeing Starliner capsule landed on Saturday. The crew will not fly on Starliner again.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Boeing Starliner', 'Boeing Starliner', 'misc'], ['Boeing Starliner', 'Boeing Starliner', 'misc'], ['Starliner', 'Boeing Starliner', 'misc'],
  ]);
});

test('entities: bodies by what precedes or follows them ("the opposition Kuomintang", "the Ifo institute", "Anatel, the telecoms regulator", "Starlink, Musk\'s internet firm") and by business plurals ("Advanced Micro Devices"); a chip is a thing; "X-based" marks a place', () => {
  const text = 'The opposition Kuomintang objected. The Ifo institute\'s index fell. Anatel, the telecoms regulator, spoke. Elon Musk spoke. Starlink, Musk\'s internet firm, spoke. '
    + 'It came after Advanced Micro Devices agreed. He changed the Blackwell chip design. The Santa Clara, California-based company grew.';
  assert.deepEqual(typesOf(text), [
    ['Kuomintang', 'organization'], ['Ifo', 'organization'], ['Anatel', 'organization'], ['Elon Musk', 'person'], ['Starlink', 'organization'], ['Musk', 'person'],
    ['Advanced Micro Devices', 'organization'], ['Blackwell', 'misc'], ['Santa Clara, California', 'place'],
  ]);
});

test('entities: a sentence may open with a noun in a body\'s name that ends in its head ("Transport Workers Union said")', () => {
  assert.deepEqual(typesOf('Transport Workers Union said it would strike.'), [['Transport Workers Union', 'organization']]);
});

test('entities: the text\'s acronym is of its name\'s type, whatever else the lexicon knows it for ("Serious Fraud Office (SFO)"); "River" opens a place; a shield is a thing won; an adjective may come between "the" and a body\'s name before its noun', () => {
  const text = 'The Serious Fraud Office (SFO) brought the case. The SFO\'s director spoke. The River South Esk burst its banks. City won the Community Shield. He is a veteran of the conservative Les Républicains party.';
  assert.deepEqual(typesOf(text), [['Serious Fraud Office', 'organization'], ['SFO', 'organization'], ['SFO', 'organization'], ['River South Esk', 'place'], ['Community Shield', 'misc'], ['Les Républicains', 'organization']]);
});

test('entities: the planets are places, and "Martian" is their people\'s word, no name', () => {
  assert.deepEqual(typesOf('Water lies beneath the surface of Mars. The Martian water cycle differs from Earth\'s.'), [['Mars', 'place'], ['Earth', 'place']]);
});

test('entities: a name of several words in brackets after a body\'s is its other name, the shorter standing for the longer; a name led or joined is a body\'s; a military unit takes its ordinal', () => {
  const text = 'The Africa Centres for Disease Control and Prevention (Africa CDC) acted. Africa CDC said more. The head of CEI (Italian Episcopal Conference) spoke. '
    + 'Jean-Luc Mélenchon, the leader of France Unbowed, objected. Glory to the 110th Brigade, not the 97th Academy Awards.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Africa Centres for Disease Control and Prevention', 'Africa Centres for Disease Control and Prevention', 'organization'],
    ['Africa CDC', 'Africa Centres for Disease Control and Prevention', 'organization'], ['Africa CDC', 'Africa Centres for Disease Control and Prevention', 'organization'],
    ['CEI', 'Italian Episcopal Conference', 'organization'], ['Italian Episcopal Conference', 'Italian Episcopal Conference', 'organization'],
    ['Jean-Luc Mélenchon', 'Jean-Luc Mélenchon', 'person'], ['France Unbowed', 'France Unbowed', 'organization'],
    ['110th Brigade', '110th Brigade', 'organization'], ['Academy Awards', 'Academy Awards', 'organization'],
  ]);
});

test('entities: honours after a full name are no part of it ("Clare Montgomery KC")', () => {
  assert.deepEqual(mentionsOf('His barrister, Clare Montgomery KC, spoke. Montgomery said no.').map(([written, key]) => [written, key]), [['Clare Montgomery', 'Clare Montgomery'], ['Montgomery', 'Clare Montgomery']]);
});

test('entities: initials whose last stop a tokeniser split off are the same name ("the U.S .")', () => {
  assert.deepEqual(mentionsOf('He lives in the U.S . The U.K . voted.').map(([written, key, type]) => [written, key, type]), [['U.S', 'United States', 'place'], ['U.K', 'United Kingdom', 'place']]);
});

test('entities: a web domain is part of the name ("Secunia.com"); a country\'s letters before a currency sign, small words in capitals for emphasis and "Emeritus" are no names', () => {
  const text = 'The security firm Secunia.com warned. It cost NZ$26 million. I will serve ALL of the people. Emeritus Professor John Burrows spoke.';
  assert.deepEqual(typesOf(text), [['Secunia.com', 'organization'], ['John Burrows', 'person']]);
});

test('quotes: a pull quote repeated without marks at a paragraph\'s start is the same quote by the same speaker, except as an interview\'s answer', () => {
  const pull = 'I was hauled in and told that my mother had attacked the church and was suppressive.';
  const text = [`${pull} Valeska Paris`, `${pull} Her mother had spoken out against the church.`, 'Do you still think so?', `${pull} That is why.`].join('\n\n');
  assert.deepEqual(quotesOf(text), [[pull, 'Valeska Paris'], [pull, 'Valeska Paris']]);
});

test('entities: a coalition, a firm ending in "Management", a body\'s lawmakers, a post at a body, a drug, a Test match, places listed after "provinces of" and a city named "de" a country', () => {
  const text = 'The Peronist coalition Fuerza Patria won. She works at UBS Global Wealth Management. Hezbollah lawmaker Mohammad Raad spoke. '
    + 'Emily Field, head of pharmaceuticals research at Barclays, spoke. It makes the weight-loss drug Wegovy. England won the Ashes Test. '
    + 'Authorities evacuated the provinces of Santiago de Cuba, Granma and Holguín. Solicitor General John Sauer argued.';
  assert.deepEqual(typesOf(text).filter(([written]) => written !== 'Peronist'), [
    ['Fuerza Patria', 'organization'], ['UBS Global Wealth Management', 'organization'], ['Hezbollah', 'organization'], ['Mohammad Raad', 'person'],
    ['Emily Field', 'person'], ['Barclays', 'organization'], ['Wegovy', 'misc'], ['England', 'place'], ['Ashes Test', 'misc'],
    ['Santiago de Cuba', 'place'], ['Granma', 'place'], ['Holguín', 'place'], ['John Sauer', 'person'],
  ]);
});

test('quotes: the head of a sentence\'s opening phrase is the subject of a cue after "and"; a place after a comma in an affiliation; "the hurricane center"; "the pontiff"; a title in capitals and a word after a preposition are no speech', () => {
  const text = [
    'UN Secretary-General António Guterres welcomed the deal and urged both sides to "respect international law".',
    'Co-author Rebecca Brunner of the University of California, Berkeley said the find showed "how much remains unknown".',
    'The U.S. National Hurricane Center issued a warning. The hurricane center warned of "catastrophic flash flooding".',
    'Pope Leo XIV spoke. "There can be no peace without disarmament," the pontiff said in his "Urbi et Orbi" blessing.',
    'The report said the switches moved from "run" to "cutoff" one second apart.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [
    ['respect international law', 'António Guterres'], ['how much remains unknown', 'Rebecca Brunner'], ['catastrophic flash flooding', 'U.S. National Hurricane Center'],
    ['There can be no peace without disarmament,', 'Leo XIV'],
  ]);
});

test('entities: a product\'s name before common words names a product too ("iPhone Air")', () => {
  assert.deepEqual(typesOf('It unveiled the iPhone Air on Tuesday.'), [['iPhone Air', 'misc']]);
});

test('entities: a word opening a sentence that speaks of itself as "it" is a body; "The" in capitals within a sentence opens a title; a club\'s player shows a team; a journal; backers; "Motor"; short first names; a place\'s other name in brackets', () => {
  const text = 'Meta said it had begun removing accounts. Kyrylo Budanov spoke to The Economist. Former Liverpool defender Jamie Carragher spoke. The head coach left after a poor season in the league. '
    + 'The study was published on Tuesday in Nature Climate Change. The startup is backed by Alphabet. Rival Honda Motor cut its forecast. Lawrence Lessig spoke. Larry Lessig agreed. '
    + 'Pilgrims died near the Masjid Al-Haram (Grand Mosque). The Grand Mosque was full.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['Meta', 'Meta', 'organization'], ['Kyrylo Budanov', 'Kyrylo Budanov', 'person'], ['Economist', 'Economist', 'organization'], ['Liverpool', 'Liverpool', 'organization'],
    ['Jamie Carragher', 'Jamie Carragher', 'person'], ['Nature Climate Change', 'Nature Climate Change', 'organization'], ['Alphabet', 'Alphabet', 'organization'],
    ['Honda Motor', 'Honda Motor', 'organization'], ['Lawrence Lessig', 'Lawrence Lessig', 'person'], ['Larry Lessig', 'Lawrence Lessig', 'person'],
    ['Masjid Al-Haram', 'Masjid Al-Haram', 'place'], ['Grand Mosque', 'Masjid Al-Haram', 'place'], ['Grand Mosque', 'Masjid Al-Haram', 'place'],
  ]);
});

test('quotes: "accused X of" quotes the accuser; "the club said" speaks for the body named before', () => {
  const text = 'Maria Zakharova accused European leaders of "prolonging the agony".\n\nLiverpool FC sacked its coach, leaving the Premier League champions eighth. The club said in a statement that the decision had been "incredibly difficult".';
  assert.deepEqual(quotesOf(text), [['prolonging the agony', 'Maria Zakharova'], ['incredibly difficult', 'Liverpool FC']]);
});

test('entities: an adverb opening a sentence before an apposition is no body ("Meanwhile, the agency said")', () => {
  assert.deepEqual(typesOf('Meanwhile, the agency said its drones had struck a depot.'), []);
});

test('quotes: "the group wrote" speaks for the body named before, one that tracks or monitors', () => {
  const text = 'Belaruski Hajun, which tracks military movements, said a convoy had arrived. "This is the first confirmed column," the group wrote on Telegram.';
  assert.deepEqual(quotesOf(text), [['This is the first confirmed column,', 'Belaruski Hajun']]);
});

test('entities: a weapon after its kind ("the Oreshnik hypersonic missile"), a body in apposition after its noun ("the national airline, Belavia", not "a spokeswoman for the airline, Martina Schmidt"), an embassy. Quotes: "alleged" is a cue', () => {
  const text = 'It tested the Oreshnik hypersonic missile. Washington lifted sanctions on the national airline, Belavia. A spokeswoman for the airline, Martina Schmidt, spoke. The United States Embassy in Minsk urged calm. '
    + 'Oleg Nikolenko alleged that the claims were "a provocation", as per a Reuters report.';
  assert.deepEqual(typesOf(text), [
    ['Oreshnik', 'misc'], ['Washington', 'place'], ['Belavia', 'organization'], ['Martina Schmidt', 'person'], ['United States Embassy', 'organization'], ['Minsk', 'place'],
    ['Oleg Nikolenko', 'person'], ['Reuters', 'organization'],
  ]);
  assert.deepEqual(quotesOf(text), [['a provocation', 'Oleg Nikolenko']]);
});

test('quotes: "he" after a sentence about someone in a role the text does not name is no one named before; a particle is part of a person\'s name ("Rubén del Campo")', () => {
  const text = [
    'Keir Starmer and Emmanuel Macron met on Thursday.',
    'The French president agreed. "Europe must take more responsibility," he said.',
    'Aemet\'s spokesman, Rubén del Campo, rejected the criticism. "We issued a red alert," he told Cadena SER.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['Europe must take more responsibility,', null], ['We issued a red alert,', 'Rubén del Campo']]);
});

test('entities: a name in apposition to a role is a person\'s ("the current mayor, Tory Whanau,"); a name told that is no person\'s is a body\'s; a particle before a known place names something of it. Times: a race\'s time is no date', () => {
  const text = 'Wellington\'s current mayor, Tory Whanau, has said she will go. Commander Jean Dupont told France Info the roof fell. It came after the blaze at Notre-Dame de Paris. Geoffrey Kirui won in two hours, nine minutes and 37 seconds.';
  assert.deepEqual(typesOf(text), [['Wellington', 'place'], ['Tory Whanau', 'person'], ['Jean Dupont', 'person'], ['France Info', 'organization'], ['Notre-Dame de Paris', 'place'], ['Geoffrey Kirui', 'person']]);
  assert.deepEqual(processArticle('a.txt', text).times, []);
});

test('quotes: a state speaks through its ministry or government ("India\'s foreign ministry said"), not through an unnamed spokesman', () => {
  const text = 'India\'s foreign ministry said it had "noted" the verdict.\n\nRussia\'s defence ministry said its forces had repelled "11 attacks" near Bakhmut.\n\nPutin\'s spokesman said it was "nonsense".';
  assert.deepEqual(quotesOf(text), [['noted', 'India'], ['11 attacks', 'Russia'], ['nonsense', null]]);
});

test('entities: a surname transliterated with another ending is the full name\'s ("Zelensky" for "Volodymyr Zelenskiy"), not one differing within; "Telegram" is a platform', () => {
  const text = 'Zelensky fires army chief\n\nVolodymyr Zelenskiy dismissed Boris Johnson. Johnston objected. Zaluzhnyi posted a photograph with the president on Telegram.';
  assert.deepEqual(mentionsOf(text).map(([written, key, type]) => [written, key, type]).filter(([written]) => written !== 'Johnston' && written !== 'Zaluzhnyi'), [
    ['Zelensky', 'Volodymyr Zelenskiy', 'person'], ['Volodymyr Zelenskiy', 'Volodymyr Zelenskiy', 'person'], ['Boris Johnson', 'Boris Johnson', 'person'], ['Telegram', 'Telegram', 'organization'],
  ]);
  assert.notEqual(mentionsOf(text).find(([written]) => written === 'Johnston')?.[1], 'Boris Johnson');
});

test('quotes: "said Jefferies analyst Martin Deboo" is the analyst\'s; "called for" is a cue. Entities: a brand is no first name ("SpaceX" of "SpaceX Starship")', () => {
  const text = 'SpaceX Starship completes test\n\nThe SpaceX team cheered. "It\'s the right decision," said Jefferies analyst Martin Deboo. Ben Cohen wrote to the board. In the letter, he called for the brand to be sold to "a group of socially aligned investors".';
  assert.deepEqual(quotesOf(text), [['It\'s the right decision,', 'Martin Deboo'], ['a group of socially aligned investors', 'Ben Cohen']]);
  assert.equal(mentionsOf(text).find(([written]) => written === 'SpaceX')?.[1], 'SpaceX');
});

test('entities: a craft in apposition to its kind is a thing ("Starship, the giant rocket")', () => {
  assert.deepEqual(typesOf('It flew on Starship, the giant rocket built by SpaceX. Shell, the oil giant, spoke.'), [['Starship', 'misc'], ['SpaceX', 'organization'], ['Shell', 'organization']]);
});

test('entities: "General Staff" is a body; a weapon\'s letters before its kind ("HIMARS launchers"); a news website. Quotes: whole sentences quoted, with a quote after their attribution, are attributed by it', () => {
  const text = 'Ukraine\'s General Staff said it struck a depot. The Pentagon will send HIMARS launchers. Andriy Yusov told the Ukrainska Pravda news website about it.\n\n'
    + 'Yevgeny Prigozhin appeared in a video.\n\n"Welcome, guys! Welcome to the Belarusian land!" Prigozhin said in the video, which was posted on Telegram. "We fought with dignity."';
  assert.deepEqual(typesOf(text).slice(0, 6), [['Ukraine', 'place'], ['General Staff', 'organization'], ['Pentagon', 'organization'], ['HIMARS', 'misc'], ['Andriy Yusov', 'person'], ['Ukrainska Pravda', 'organization']]);
  assert.deepEqual(quotesOf(text), [['Welcome, guys! Welcome to the Belarusian land!', 'Yevgeny Prigozhin'], ['We fought with dignity.', 'Yevgeny Prigozhin']]);
});

test('quotes: "she" prefers the woman of the people a sentence names, by the first name the lexicon knows', () => {
  assert.deepEqual(quotesOf('Dmitry Peskov met Maria Zakharova on Monday. "We agreed on everything," she said.'), [['We agreed on everything,', 'Maria Zakharova']]);
  assert.deepEqual(quotesOf('Valery Zaluzhnyi posted a photograph. "The tasks have changed," he wrote.'), [['The tasks have changed,', 'Valery Zaluzhnyi']]);
});

test('quotes: a role may name a people ("the French president told reporters"); in the words of a role, the holder named after it speaks', () => {
  const text = 'French President Emmanuel Macron met Olaf Scholz. "We cannot do this country by country," the French president told reporters.\n\n'
    + 'In the words of the Crown prosecutor, Mark Tedeschi, QC, "Gloria spent a lot of her life in pain".';
  assert.deepEqual(quotesOf(text), [['We cannot do this country by country,', 'Emmanuel Macron'], ['Gloria spent a lot of her life in pain', 'Mark Tedeschi']]);
});

test('entities: initials skip "the" ("Organization of the Petroleum Exporting Countries" is "OPEC"); "Ayatollah" is a title', () => {
  const text = 'The Organization of the Petroleum Exporting Countries met. OPEC said it would cut output. Supreme Leader Ayatollah Ali Khamenei spoke.';
  assert.deepEqual(mentionsOf(text).map(([written, key]) => [written, key]), [
    ['Organization of the Petroleum Exporting Countries', 'Organization of the Petroleum Exporting Countries'], ['OPEC', 'Organization of the Petroleum Exporting Countries'], ['Ali Khamenei', 'Ali Khamenei'],
  ]);
});

test('quotes: "called on" is a cue', () => {
  assert.deepEqual(quotesOf('Mark Rutte spoke in Berlin. He called on European governments to "put their money where their mouth is".'), [['put their money where their mouth is', 'Mark Rutte']]);
});

test('entities: finals are events, and a podcast or show named after its noun is a thing', () => {
  assert.deepEqual(typesOf('Boston won the NBA Finals on Monday. Jason Kelce spoke on his podcast New Heights.'), [['Boston', 'place'], ['NBA Finals', 'misc'], ['Jason Kelce', 'person'], ['New Heights', 'misc']]);
});

test('quotes: words the title quotes that the body quotes too are the body\'s speaker\'s; a title\'s quote the body does not give is no one\'s', () => {
  const text = "North Korea puts military in 'quasi-state of war'\n\nAccording to Yonhap, quoting the Korean Central News Agency, the army was told to prepare for a \"quasi-state of war\".";
  assert.deepEqual(quotesOf(text), [['quasi-state of war', 'Korean Central News Agency'], ['quasi-state of war', 'Korean Central News Agency']]);
  assert.deepEqual(quotesOf("Minister calls plan 'a disaster'\n\nThe minister spoke on Monday about the plan."), []);
});

test('quotes: "he" is not one whose thing a sentence before is about, after a preposition ("Asked about Fidan\'s comments, Peskov said")', () => {
  const text = 'Hakan Fidan spoke on Monday.\n\nAsked about Fidan\'s comments, Dmitry Peskov said Moscow valued the effort. "We are grateful to our Turkish friends," he said.';
  assert.deepEqual(quotesOf(text), [['We are grateful to our Turkish friends,', 'Dmitry Peskov']]);
});

test('entities: a country in brackets after a place is no editor\'s insertion ("New Delhi [India]"); "PM" and "EAM" are titles; "World War II" is an event', () => {
  const text = 'New Delhi [India], August 21 (ANI): EAM Jaishankar spoke. PM Narendra Modi agreed. It has been so since World War II.';
  assert.deepEqual(typesOf(text), [['New Delhi', 'place'], ['India', 'place'], ['ANI', 'organization'], ['Jaishankar', 'person'], ['Narendra Modi', 'person'], ['World War II', 'misc']]);
});

test('entities: a currency\'s code before an amount is no name ("Rs 1,200 crore", "USD 20 million"), but the letters alone may be; "CM" is a title', () => {
  const text = 'The state will spend Rs 1,200 crore and USD 20 million, said Uttarakhand CM Pushkar Singh Dhami. The RM Group paid Rp. 40 billion.';
  assert.deepEqual(typesOf(text), [['Uttarakhand', 'place'], ['Pushkar Singh Dhami', 'person'], ['RM Group', 'organization']]);
});

test('entities: a ticker in brackets is no name, and shows the name before it to be a company\'s, opening a sentence or a place\'s name as well', () => {
  const text = 'Alphabet (GOOGL.O) and Amazon.com (AMZN.O) rose, while Toyota (7203.T) fell. Apple (NASDAQ: AAPL) gained. The Reserve Bank of India (RBI) did not.';
  assert.deepEqual(typesOf(text), [['Alphabet', 'organization'], ['Amazon.com', 'organization'], ['Toyota', 'organization'], ['Apple', 'organization'], ['Reserve Bank of India', 'organization'], ['RBI', 'organization']]);
});

test('entities: a word that a guessed name ends in counts alone, in a title as well, where the article writes it alone as a name ("said Sinner")', () => {
  const text = 'Sinner beats Alcaraz in Turin\n\nJannik Sinner beat Carlos Alcaraz on Sunday. "It was hard," said Sinner. Sinner now leads.';
  assert.deepEqual(mentionsOf(text).filter(([, key]) => key === 'Jannik Sinner').map(([written, , type]) => [written, type]), [['Sinner', 'person'], ['Jannik Sinner', 'person'], ['Sinner', 'person'], ['Sinner', 'person']]);
  assert.deepEqual(quotesOf(text), [['It was hard,', 'Jannik Sinner']]);
});

test('entities: roads and waterways are places: "Delhi-Dehradun Expressway", "Pacific Coast Highway", "Suez Canal", "Sunset Boulevard"', () => {
  const text = 'They opened the Delhi-Dehradun Expressway and closed the Pacific Coast Highway, the Suez Canal and Sunset Boulevard.';
  assert.deepEqual(typesOf(text), [['Delhi-Dehradun Expressway', 'place'], ['Pacific Coast Highway', 'place'], ['Suez Canal', 'place'], ['Sunset Boulevard', 'place']]);
});

test('entities: a surname that is a title too ends a name before letters after it ("Judge Nicholas Dean KC"); police ranks shortened are titles ("Det Ch Insp")', () => {
  const text = 'Judge Nicholas Dean KC said Grady had shown "not a flicker of remorse". Det Ch Insp Sarah Moore and Det Supt Tom Hill agreed.';
  assert.deepEqual(typesOf(text), [['Nicholas Dean', 'person'], ['Grady', 'person'], ['Sarah Moore', 'person'], ['Tom Hill', 'person']]);
  assert.deepEqual(quotesOf(text), [['not a flicker of remorse', 'Nicholas Dean']]);
});

test('entities: parliaments by their own names are bodies ("Knesset", "Verkhovna Rada"); a people of a known place is no name ("Bavarian", "Sicilian")', () => {
  const text = 'The Knesset and the Duma and the Verkhovna Rada voted. Bavarian officials and Sicilian voters agreed.';
  assert.deepEqual(typesOf(text), [['Knesset', 'organization'], ['Duma', 'organization'], ['Verkhovna Rada', 'organization']]);
});

test('entities: the name in a dateline\'s brackets is an agency ("BEIJING, Nov. 17 (Xinhua) --"), and a dateline may name two places; probes in the plural and a barge name things', () => {
  const text = 'BEIJING, Nov. 17 (Xinhua) -- China spoke.\n\nNEW YORK/SYDNEY, Nov 20 (Reuters) - The twin Zorvex probes flew. The booster landed on the barge Jacklyn.';
  assert.deepEqual(typesOf(text), [['BEIJING', 'place'], ['Xinhua', 'organization'], ['China', 'place'], ['NEW YORK', 'place'], ['SYDNEY', 'place'], ['Reuters', 'organization'], ['Zorvex', 'misc'], ['Jacklyn', 'misc']]);
});

test('quotes: a name given in quotes after "nicknamed", "dubbed" or "titled" is no speech', () => {
  const text = '"Next stop, Mars," said Dave Limp, as the booster, nicknamed "Never Tell Me The Odds", touched down. His report, titled "The long way home and what it taught us", came out.';
  assert.deepEqual(quotesOf(text), [['Next stop, Mars,', 'Dave Limp']]);
});

test('quotes: letters in brackets speak where no name is found before them ("the far-right Alternative for Germany (AfD), which …, accused")', () => {
  const text = 'The far-right Alternative for Germany (AfD), which leads some polls, accused the government of "papering over the cracks". Ella Jakubowska of European Digital Rights (EDRi) said: "No way."';
  assert.deepEqual(quotesOf(text), [['papering over the cracks', 'AfD'], ['No way.', 'Ella Jakubowska']]);
});

test('entities: a body named in full after "for" is one of its own ("Rocket Lab for the University of California"), not "Institute for the Study of War"', () => {
  const text = 'The probes were built by Rocket Lab for the University of California. The Institute for the Study of War said so.';
  assert.deepEqual(typesOf(text), [['Rocket Lab', 'organization'], ['University of California', 'organization'], ['Institute for the Study of War', 'organization']]);
});

test('entities: letters before a number of two digits or three name an index ("FTSE 100 was down", "STOXX 600 index"); a known body keeps its type ("NHS 111")', () => {
  const text = 'The STOXX 600 index shed 1.1% and the FTSE 100 was down. A Falcon 9 was launched. Call the NHS 111 line.';
  assert.deepEqual(typesOf(text), [['STOXX 600', 'misc'], ['FTSE 100', 'misc'], ['Falcon 9', 'misc'], ['NHS', 'organization']]);
});

test('entities: a modifier opening a title is the person\'s, and the portfolio after it no name ("Far-right National Security Minister Itamar Ben-Gvir")', () => {
  const text = 'Far-right National Security Minister Itamar Ben-Gvir called for war. US-backed Interior Minister Ali Said spoke.';
  assert.deepEqual(typesOf(text), [['Itamar Ben-Gvir', 'person'], ['US', 'place'], ['Ali Said', 'person']]);
});

test('quotes: a participle\'s subject opening its sentence may be a body named by a common noun ("The fiscal watchdog apologised …, calling it …")', () => {
  const text = 'Reeves was overshadowed by the Office for Budget Responsibility\'s forecasts.\n\nThe fiscal watchdog apologised after its report appeared before Ms Reeves stood up in the Commons, calling it "a technical error".';
  assert.deepEqual(quotesOf(text), [['a technical error', 'Office for Budget Responsibility']]);
});

test('entities: in a match report, a side\'s place in the table and a win at it show a club ("Barcelona stay second after a 4-0 win at Girona", "Atlético Madrid are third")', () => {
  const text = 'Mbappé scored a goal from the penalty spot before half-time and Real Madrid won the match. Barcelona stay second after a 4-0 win at Girona on Saturday. Atlético Madrid are third.';
  assert.deepEqual(typesOf(text).filter(([written]) => written !== 'Mbappé'), [['Real Madrid', 'organization'], ['Barcelona', 'organization'], ['Girona', 'organization'], ['Atlético Madrid', 'organization']]);
});

test('entities: a disease named for a place is no place ("the Marburg virus", "Ebola"), nor one named for a person ("Alzheimer\'s disease")', () => {
  const text = 'WHO ended the Marburg outbreak in Rwanda. The Marburg virus killed 15. Marburg, a relative of Ebola, causes fever, unlike Alzheimer\'s disease.';
  assert.deepEqual(typesOf(text), [['WHO', 'organization'], ['Marburg', 'misc'], ['Rwanda', 'place'], ['Marburg', 'misc'], ['Marburg', 'misc'], ['Ebola', 'misc'], ['Alzheimer', 'misc']]);
});

test('quotes: a transcript\'s turns are their speakers\' words, labels in capitals keyed to the names; one label alone is a lead\'s, no turn', () => {
  const text = 'Transcript: Warner on the inquiry\n\nThe following is an interview with Sen. Mark Warner.\n\nMARGARET BRENNAN: Did they brief you?\n\nSEN. MARK WARNER: No, Margaret. We found out from the press.\n\nMARGARET BRENNAN: Will you hold hearings?';
  assert.deepEqual(quotesOf(text), [['Did they brief you?', 'Margaret Brennan'], ['No, Margaret. We found out from the press.', 'Mark Warner'], ['Will you hold hearings?', 'Margaret Brennan']]);
  assert.deepEqual(quotesOf('Peskov urges calm\n\nPeskov: Kremlin has no plans to talk.\n\nDmitry Peskov said so on Monday.'), []);
});

test('entities: "Taoiseach" and "Tánaiste" are titles; a title\'s letters in the plural end no name ("Labour MPs", "SNP MSPs")', () => {
  const text = 'The Taoiseach Micheál Martin spoke. Tánaiste Simon Harris said the motion was "a political stunt". Labour MPs agreed, as did SNP MSPs.';
  assert.deepEqual(typesOf(text), [['Micheál Martin', 'person'], ['Simon Harris', 'person'], ['Labour', 'organization'], ['SNP', 'organization']]);
  assert.deepEqual(quotesOf(text), [['a political stunt', 'Simon Harris']]);
});

test('entities: a body named after "coalition partners in" is a party ("its coalition partners in Fianna Fáil")', () => {
  assert.deepEqual(typesOf('The party would vote with its coalition partners in Fianna Fáil.'), [['Fianna Fáil', 'organization']]);
});

test('entities: a company\'s name without its legal form is the company\'s, whatever its context suggests ("Northvolt Energy" of "Northvolt Energy Inc.")', () => {
  assert.deepEqual(mentionsOf('Shares of Northvolt Energy Inc. rose. He works at Northvolt Energy.'), [['Northvolt Energy Inc', 'Northvolt Energy Inc', 'organization'], ['Northvolt Energy', 'Northvolt Energy Inc', 'organization']]);
});

test('entities: a headline in capitals names a person by a title and a surname the text gives in full, not by a time\'s zone ("PM CST")', () => {
  const text = 'Transcript: Senator Warner on the Intelligence Committee\'s Inquiry\n\nPUBLISHED: November 18, 2025 at 6:15 PM CST\n\nAn interview with Sen. Mark Warner aired.';
  assert.deepEqual(mentionsOf(text).map(([written, key]) => [written, key]), [['Warner', 'Mark Warner'], ['Mark Warner', 'Mark Warner']]);
});

test('entities: a saint\'s name in "s" owns a building ("St Thomas\' Hospital"); peers\' ranks are titles ("Baroness Heather Hallett"); "Covid" is a disease; a body\'s letters in brackets may stand before its kind ("France Unbowed (LFI) party"); a name of several words takes a version with its point ("Claude Sonnet 4.5")', () => {
  const text = 'She worked at St Thomas\' Hospital during Covid. The inquiry, chaired by Baroness Heather Hallett, met. The motion tabled by the hard-left France Unbowed (LFI) party fell. Anthropic released Claude Sonnet 4.5 today.';
  assert.deepEqual(typesOf(text), [['St Thomas\' Hospital', 'organization'], ['Covid', 'misc'], ['Heather Hallett', 'person'], ['France Unbowed', 'organization'], ['LFI', 'organization'], ['Claude Sonnet 4.5', 'misc']]);
});

test('entities: a body\'s letters before a person\'s name are a name apart ("NASA Bill Ingalls"), not before common words ("USI Art Collections")', () => {
  const text = 'The image, by NASA Bill Ingalls, shows it. The University of Southern Indiana gave it to USI Art Collections.';
  assert.deepEqual(typesOf(text).map(([written]) => written), ['NASA', 'Bill Ingalls', 'University of Southern Indiana', 'USI Art Collections']);
});

test('entities: a role and a letter name a person kept anonymous ("Soldier N7", "Witness X"), who speaks', () => {
  const text = 'The man, referred to only as Soldier N7, said: "We came under fire." Witness X agreed. A Model S was parked outside.';
  assert.deepEqual(typesOf(text), [['Soldier N7', 'person'], ['Witness X', 'person'], ['Model S', 'misc']]);
  assert.deepEqual(quotesOf(text), [['We came under fire.', 'Soldier N7']]);
});

test('entities: a month that is a given name too opens a name before an unknown word ("Jan Egeland", "June Sarpong"), not before a word ("In June Smith left"); a party\'s letters take a letter in brackets ("JD(U)")', () => {
  const text = 'He met Jan Egeland, Jun Young-hyun and June Sarpong. In June Smith left. The JD(U) won 85 seats and the CPI(M) won two.';
  assert.deepEqual(typesOf(text), [['Jan Egeland', 'person'], ['Jun Young-hyun', 'person'], ['June Sarpong', 'person'], ['Smith', 'person'], ['JD(U)', 'organization'], ['CPI(M)', 'organization']]);
});

test('entities: a name of four words with a particle among them is a person\'s ("André Corrêa do Lago"), who speaks', () => {
  const text = '"We know some of you had greater ambitions," COP30 president André Corrêa do Lago told delegates.';
  assert.deepEqual(quotesOf(text), [['We know some of you had greater ambitions,', 'André Corrêa do Lago']]);
});

test('entities: a word alone after a dateline\'s dash opens its sentence ("BELÉM, Brazil — Nearly 200 …"), while a name of several words there stays one ("WASHINGTON — Supreme Court justices")', () => {
  const text = 'BELÉM, Brazil — Nearly 200 countries agreed. WASHINGTON — Supreme Court justices met.';
  assert.deepEqual(typesOf(text), [['BELÉM, Brazil', 'place'], ['WASHINGTON', 'place'], ['Supreme Court', 'organization']]);
});

test('quotes: a person a quote\'s sentence opens with, after a role in apposition too, speaks rather than the one before in the paragraph ("China\'s lead negotiator, Li Gao, praised …")', () => {
  const text = 'The EU\'s commissioner, Wopke Hoekstra, said the bloc accepted the deal "with reservations". China\'s lead negotiator, Li Gao, praised Brazil for "holding the process together". His lawyer, Karen Agnifilo, called it unfair and said the charges had been "a political stunt" from the start.';
  assert.deepEqual(quotesOf(text), [['with reservations', 'Wopke Hoekstra'], ['holding the process together', 'Li Gao'], ['a political stunt', 'Karen Agnifilo']]);
});

test('entities: a product before "maker" and its maker after ("Tylenol maker Kenvue"); a preposition before a possessive governs what the name owns ("a premium to Kenvue\'s price"); religious ranks are titles ("Ecumenical Patriarch Bartholomew", "Chief Rabbi")', () => {
  const text = 'Kimberly-Clark will buy Tylenol maker Kenvue. The offer is a premium of 46% to Kenvue\'s closing price. Kenvue shareholders cheered. Kenvue rose, and Kenvue fell. He met Ecumenical Patriarch Bartholomew and Chief Rabbi Ephraim Mirvis.';
  assert.deepEqual(typesOf(text).filter(([written]) => written !== 'Kimberly-Clark'), [['Tylenol', 'misc'], ['Kenvue', 'organization'], ['Kenvue', 'organization'], ['Kenvue', 'organization'], ['Kenvue', 'organization'], ['Kenvue', 'organization'], ['Bartholomew', 'person'], ['Ephraim Mirvis', 'person']]);
});

test('entities: "des" is a name\'s particle ("Laurence des Cars"); "Empress" and "Tsar" are titles', () => {
  const text = 'Louvre director Laurence des Cars told senators "We have failed," as the crown of Empress Eugénie lay broken.';
  assert.deepEqual(typesOf(text), [['Laurence des Cars', 'person'], ['Eugénie', 'person']]);
  assert.deepEqual(quotesOf(text), [['We have failed,', 'Laurence des Cars']]);
});

test('entities: "es" is a name\'s particle ("Dar es Salaam"), and a name in capitals is keyed as the text writes it elsewhere; a team\'s drivers make it a body ("Haas driver Oliver Bearman")', () => {
  const text = 'DAR ES SALAAM, Oct 1 (Reuters) - Protests spread.\n\nReports came from Dar es Salaam. Haas driver Oliver Bearman was fourth.';
  assert.deepEqual(mentionsOf(text).map(([written, key, type]) => [written, key, type]), [
    ['DAR ES SALAAM', 'Dar es Salaam', 'place'], ['Reuters', 'Reuters', 'organization'], ['Dar es Salaam', 'Dar es Salaam', 'place'], ['Haas', 'Haas', 'organization'], ['Oliver Bearman', 'Oliver Bearman', 'person'],
  ]);
});

test('entities: a title in lower case right before a name makes it a person\'s, whatever follows ("police spokesman Nafiu Abubakar said in a statement")', () => {
  assert.deepEqual(typesOf('The attack was at the school, police spokesman Nafiu Abubakar said in a statement.'), [['Nafiu Abubakar', 'person']]);
});

test('entities: "Fed" heads a reserve bank\'s name ("Boston Fed President Susan Collins"), and a known place is not split at a first name ("The San Francisco Fed"); a party\'s member after a place is no part of its name ("a Kentucky Republican")', () => {
  const text = 'Boston Fed President Susan Collins spoke. The San Francisco Fed agreed. Rand Paul, a Kentucky Republican, did not.';
  assert.deepEqual(typesOf(text), [['Boston Fed', 'organization'], ['Susan Collins', 'person'], ['San Francisco Fed', 'organization'], ['Rand Paul', 'person'], ['Kentucky', 'place']]);
});

test('quotes: a title in quotation marks after a possessive names a work, in headline case too ("told CNN\'s “State of the Union”")', () => {
  const text = 'Rand Paul told CNN\'s "State of the Union" that tariffs were "a tax on American consumers".';
  assert.deepEqual(quotesOf(text), [['a tax on American consumers', 'Rand Paul']]);
});

test('entities: a country\'s name the lexicon takes for a people\'s plural is a place ("Laos", "Philippines"), its people none ("Lao officials")', () => {
  assert.deepEqual(typesOf('Dams are planned in Laos and the Philippines. Lao officials and Filipinos agreed.'), [['Laos', 'place'], ['Philippines', 'place']]);
});

test('times: the weekend a sentence in the future speaks of is the coming one, written on a weekday', () => {
  assert.deepEqual(timesOf('2025-11-14', 'Services were suspended and are expected to resume at the weekend. Shops shut over the weekend.'), [
    ['weekend', '2025-11-15/2025-11-16'], ['weekend', '2025-11-08/2025-11-09'],
  ]);
});

test('times: a month without its year in a sentence in the past tense is the last one, not the nearest ("Since January, prices rose", written in November); "March" after a word that dates is the month', () => {
  assert.deepEqual(timesOf('2025-11-14', 'Since January, prices rose. In March, they fell. Talks will resume in January. The show is to run through March 9. Protesters may march.'), [
    ['January', '2025-01'], ['March', '2025-03'], ['January', '2026-01'], ['March 9', '2026-03-09'],
  ]);
});

test('times: "last" and "lasts" as verbs are no dates ("and last about five months"), nor is a span up to now ("have not had a rise in three years")', () => {
  assert.deepEqual(timesOf('2025-11-14', 'The effect lasts until 2030. Work will begin in April and last about five months. They have not had a rise in three years and they are angry. The plant will open in three years.'), [
    ['2030', '2030'], ['April', '2026-04'], ['in three years', '2028'],
  ]);
});

test('times: a weekday of a week named relative to the article is that day ("on Tuesday next week")', () => {
  assert.deepEqual(timesOf('2025-11-14', 'The vote is on Tuesday next week. He left on Friday last week. It happens next week.'), [
    ['on Tuesday next week', '2025-11-18'], ['on Friday last week', '2025-11-07'], ['next week', '2025-11-17/2025-11-23'],
  ]);
});

test('quotes: a name of one word tells no sex, so "he" may stand for it before a man named after it ("Lula, who defeated Bolsonaro, … “…,” he said")', () => {
  const text = 'Jair Bolsonaro lost. Lula, who defeated Bolsonaro in 2022, told reporters the case showed institutions worked. "Nobody is above the law," he said.';
  assert.deepEqual(quotesOf(text), [['Nobody is above the law,', 'Lula']]);
});

test('quotes: "according to a spokesperson for" a body is the body\'s words, where no one holds the role by name', () => {
  const text = 'According to a spokesperson for the Department for Education, the reforms would be "phased in carefully over several years".';
  assert.deepEqual(quotesOf(text), [['phased in carefully over several years', 'Department for Education']]);
});

test('entities: a party\'s letter before a home town is no part of its name ("D-San Francisco"), a state\'s abbreviation no name ("R-Ky."); assembly and council members\' titles are titles', () => {
  const text = 'State Sen. Scott Wiener, D-San Francisco, wrote it. Sen. Rand Paul, R-Ky., objected. Assemblywoman Buffy Wicks agreed.';
  assert.deepEqual(typesOf(text), [['Scott Wiener', 'person'], ['San Francisco', 'place'], ['Rand Paul', 'person'], ['Buffy Wicks', 'person']]);
});

test('entities: no one is "in" a given name alone ("starts in Adelaide"); a plural common noun opening a sentence is no part of a name ("Rivals Exxon Mobil"); a ticker\'s bracket closed before a name is not the name\'s ("(XOM.N) and Eni"); a delta is a place; "Energy" heads a company', () => {
  assert.deepEqual(typesOf('The third Test starts in Adelaide on 17 December. Rivals Exxon Mobil (XOM.N) and Eni (ENI.MI) have sold assets in the Niger Delta to Renaissance Africa Energy.'), [
    ['Adelaide', 'place'], ['Exxon Mobil', 'organization'], ['Eni', 'organization'], ['Niger Delta', 'place'], ['Renaissance Africa Energy', 'organization'],
  ]);
});

test('entities: titles before "of" and a body named in full are someone\'s ("Chief Executive Officer of Northvolt Energy", "President of the Royal Society")', () => {
  assert.deepEqual(typesOf('Maria Lindqvist, Chief Executive Officer of Northvolt Energy, spoke. She is President of the Royal Society.'), [
    ['Maria Lindqvist', 'person'], ['Northvolt Energy', 'organization'], ['Royal Society', 'organization'],
  ]);
});

test('entities: a title in the plural before a first name is a title ("Justices Sonia Sotomayor"); a case\'s party may be someone\'s ("Humphrey\'s Executor v. United States")', () => {
  assert.deepEqual(typesOf('Justice Elena Kagan, joined by Justices Sonia Sotomayor and Ketanji Brown Jackson, dissented from the ruling on Humphrey\'s Executor v. United States.'), [
    ['Elena Kagan', 'person'], ['Sonia Sotomayor', 'person'], ['Ketanji Brown Jackson', 'person'], ['Humphrey\'s Executor v. United States', 'misc'],
  ]);
});

test('entities: a place\'s club ("Manchester United"), a club\'s player in a match report ("Brighton\'s Carlos Baleba", "Wolves\' Joao Gomes", not "Spain\'s Carlos Alcaraz"), a source after "according to The"', () => {
  const text = 'Manchester United are monitoring the forward, who has six goals in 11 Premier League games this season, according to The Athletic. United also want a midfielder, with Brighton\'s Carlos Baleba and Wolves\' Joao Gomes on the shortlist. Spain\'s Carlos Alcaraz watched.';
  assert.deepEqual(typesOf(text).filter(([name]) => name !== 'Premier League' && name !== 'United'), [
    ['Manchester United', 'organization'], ['Athletic', 'organization'], ['Brighton', 'organization'], ['Carlos Baleba', 'person'], ['Wolves', 'organization'], ['Joao Gomes', 'person'], ['Spain', 'place'], ['Carlos Alcaraz', 'person'],
  ]);
});

test('entities: a dateline names a state and a date after its place ("CUPERTINO, California, Sept 9 (Reuters) -"); a product\'s model takes its number and its words ("Apple Watch Series 11", "iPhone 17 Pro", "Pro Max")', () => {
  assert.deepEqual(typesOf('CUPERTINO, California, Sept 9 (Reuters) - The company unveiled the iPhone 17 Pro and Pro Max, and updated its Apple Watch Series 11 and AirPods Pro 3.'), [
    ['CUPERTINO, California', 'place'], ['Reuters', 'organization'], ['iPhone 17 Pro', 'misc'], ['Pro Max', 'misc'], ['Apple Watch Series 11', 'misc'], ['AirPods Pro 3', 'misc'],
  ]);
});

test('times: a future tense later in the sentence puts a month ahead ("which runs through January, will be"); so does "until" in the present ("has issued a warning until 06:00 GMT on Sunday"), not in the past ("stayed closed until Tuesday"); a name\'s word is no past tense ("the Met Office")', () => {
  assert.deepEqual(timesOf('2025-11-15', 'Revenue in the quarter, which runs through January, will be about $65 billion. The Met Office has issued an amber warning until 06:00 GMT on Sunday. The road stayed closed until Tuesday.'), [
    ['January', '2026-01'],
    ['06:00 GMT on Sunday', '2025-11-16'],
    ['Tuesday', '2025-11-11'],
  ]);
});

test('entities: a name with its initials in brackets is no one\'s ("La Libertad Avanza (LLA)"), and its letters are its own; a source that compiled data is a body ("compiled by Bloomberg")', () => {
  assert.deepEqual(mentionsOf('The ruling party, La Libertad Avanza (LLA), won 41 percent, according to data compiled by Bloomberg. LLA will now hold the vetoes.').map(([text, key, type]) => `${text} → ${key} (${type})`), [
    'La Libertad Avanza → La Libertad Avanza (organization)', 'LLA → La Libertad Avanza (organization)', 'Bloomberg → Bloomberg (organization)', 'LLA → La Libertad Avanza (organization)',
  ]);
});

test('quotes: a quote standing alone is the words of the one person the sentence before opens with ("Her father, Tom, 67, nodded. “I\'ve farmed …”"), who is no other Tom the text names in full', () => {
  const text = 'Olivia Harper runs a farm. Her father, Tom, 67, nodded. "I\'ve farmed this land for 40 years."\n\nBut the union\'s president, Tom Bradshaw, disputed the figures.';
  assert.deepEqual(quotesOf(text), [['I\'ve farmed this land for 40 years.', 'Tom']]);
});

test('entities: a broadcaster may be a person ("Jeremy Clarkson, the broadcaster and Oxfordshire farmer"), who speaks after; "della" joins an Italian name ("Punta della Salute")', () => {
  const text = 'Jeremy Clarkson, the broadcaster and Oxfordshire farmer, addressed the crowd. "This government," he said, "doesn\'t understand the countryside." Water rose at the Punta della Salute.';
  assert.deepEqual(typesOf(text), [['Jeremy Clarkson', 'person'], ['Oxfordshire', 'place'], ['Punta della Salute', 'place']]);
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Jeremy Clarkson', 'Jeremy Clarkson']);
});

test('times: "as soon as" puts a weekday ahead ("a vote as soon as Wednesday"); entities: an exchange is a body ("the Korea Exchange")', () => {
  assert.deepEqual(timesOf('2025-11-10', 'The speaker called members back for a vote as soon as Wednesday.'), [['Wednesday', '2025-11-12']]);
  assert.deepEqual(typesOf('Shares of Hybe rose 3.2 percent on the Korea Exchange.'), [['Hybe', 'organization'], ['Korea Exchange', 'organization']]);
});

test('entities: a place\'s head after a body\'s word makes a place ("Parliament Square", "Church Street"); a region\'s name before a state\'s abbreviation is a city ("Washington, D.C.")', () => {
  assert.deepEqual(typesOf('Arrests were made in Parliament Square. He lives on Church Street in Washington, D.C., the mayor said.'), [
    ['Parliament Square', 'place'], ['Church Street', 'place'], ['Washington, D.C.', 'place'],
  ]);
});

test('quotes: "the judge" is the one titled Justice ("Mr Justice Garnham"); the family of a victim speak for themselves, not the victim ("the family of victim Margaret Ellis, 86, said")', () => {
  const text = 'Sentencing her, Mr Justice Garnham told Brennan: "You abused the trust placed in you." The judge said she had shown "not a flicker of remorse" during the trial.\n\nIn a statement, the family of victim Margaret Ellis, 86, said: "Mum went into hospital to get better."';
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Garnham', 'Garnham', null]);
});

test('entities: a ship\'s prefix makes one name of a person\'s or a title\'s ("USS Gerald R. Ford", "HMS Prince of Wales"); a military operation is an event ("Operation Southern Spear"); a people\'s continent is a place ("Latin America")', () => {
  assert.deepEqual(typesOf('The USS Gerald R. Ford arrived as part of what the Pentagon calls Operation Southern Spear. HMS Prince of Wales sailed. Petro called it "an act of aggression against Latin America".'), [
    ['USS Gerald R. Ford', 'misc'], ['Pentagon', 'organization'], ['Operation Southern Spear', 'misc'], ['HMS Prince of Wales', 'misc'], ['Petro', 'person'], ['Latin America', 'place'],
  ]);
});

test('entities: someone\'s work by its title goes on after prepositions and is a thing ("Andrew Miller\'s The Land in Winter"), not "The Guardian in London"', () => {
  assert.deepEqual(typesOf('The shortlist included Andrew Miller\'s The Land in Winter. The report in The Guardian in London was brief.'), [
    ['Andrew Miller', 'person'], ['Land in Winter', 'misc'], ['Guardian', 'organization'], ['London', 'place'],
  ]);
});

test('entities: a surname\'s possessive before someone named in full is a body\'s ("Ferrari\'s Charles Leclerc"), as a team\'s', () => {
  assert.deepEqual(typesOf('Norris finished ahead of Ferrari\'s Charles Leclerc and Red Bull\'s Max Verstappen.'), [
    ['Norris', 'person'], ['Ferrari', 'organization'], ['Charles Leclerc', 'person'], ['Red Bull', 'organization'], ['Max Verstappen', 'person'],
  ]);
});

test('entities: a tabloid\'s first word in capitals is the name the text writes elsewhere ("HOLLY Willoughby"); a star is someone ("Queer Eye star Tan France")', () => {
  assert.deepEqual(mentionsOf('Holly Willoughby in talks over TV return\n\nHOLLY Willoughby is in talks to return. She was seen with Queer Eye star Tan France.').filter(([, , type]) => type === 'person').map(([text, key]) => `${text} → ${key}`), [
    'Holly Willoughby → Holly Willoughby', 'HOLLY Willoughby → Holly Willoughby', 'Tan France → Tan France',
  ]);
});

test('entities: a common word listed with names no dictionary knows is a name ("with Oracle, Microsoft, Broadcom and AMD"), not a month ("February and March"); "the Claude chatbot" and "the ChatGPT maker" name things', () => {
  assert.deepEqual(typesOf('OpenAI signed deals with Oracle, Microsoft, Broadcom and AMD. Anthropic, the maker of the Claude chatbot, is rival to the ChatGPT maker. Teachers will strike in February and March.'), [
    ['OpenAI', 'organization'], ['Oracle', 'organization'], ['Microsoft', 'organization'], ['Broadcom', 'organization'], ['AMD', 'organization'], ['Anthropic', 'organization'], ['Claude', 'misc'], ['ChatGPT', 'misc'],
  ]);
});

test('entities: a compound of English words opening a sentence is no name ("Weight-loss jabs"); a product "sold as" its brand ("sold as Mounjaro"); "a GP" is a doctor; quotes: a name\'s possessive before a role qualified by a country\'s letters is not the speaker ("Lilly\'s UK general manager, Chris Stokes")', () => {
  const text = 'Weight-loss jabs will be offered. The drug, sold as Mounjaro, helps, according to a GP in Leeds.\n\nIn an interview, Lilly\'s UK general manager, Chris Stokes, warned of cuts. "The UK is not an attractive place," he said.';
  assert.deepEqual(typesOf(text).filter(([name]) => name !== 'Lilly'), [['Mounjaro', 'misc'], ['Leeds', 'place'], ['UK', 'place'], ['Chris Stokes', 'person'], ['UK', 'place']]);
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Chris Stokes']);
});

test('entities: armed movements are bodies ("held by Hamas"); festivals are events ("his first Easter Sunday message"); a plural role before names ("presidents Trump and Zelensky")', () => {
  assert.deepEqual(typesOf('It would need to be agreed by presidents Trump and Zelensky. Hostages held by Hamas were freed. He gave his first Easter Sunday message.'), [
    ['Trump', 'person'], ['Zelensky', 'person'], ['Hamas', 'organization'], ['Easter', 'misc'],
  ]);
});

test('entities: a galaxy or an asteroid the text names is a thing ("a galaxy called GN-z11", "the asteroid Bennu")', () => {
  assert.deepEqual(typesOf('The black hole sits at the centre of a galaxy called GN-z11. The asteroid Bennu was sampled by NASA.'), [['GN-z11', 'misc'], ['Bennu', 'misc'], ['NASA', 'organization']]);
});

test('quotes: an epithet after a sentence about someone in a role is the one the text names in that role, a role set before the name ("The mayor of Bristol, Tony Dyer, … But the mayor disagreed. “…,” the 58-year-old told councillors")', () => {
  const text = 'The mayor of Bristol, Tony Dyer, and the police chief clashed.\n\nChief Constable Sarah Crew said the rise reflected "more policing". But the mayor disagreed.\n\n"It is worrying," the 58-year-old told councillors.';
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Sarah Crew', 'Tony Dyer']);
});

test('entities: two places share a body\'s name ("Avon and Somerset Police"), not a person and a body ("Stan Lee and Marvel Studios")', () => {
  assert.deepEqual(typesOf('Avon and Somerset Police Chief Constable Sarah Crew spoke. Stan Lee and Marvel Studios sued.'), [
    ['Avon and Somerset Police', 'organization'], ['Sarah Crew', 'person'], ['Stan Lee', 'person'], ['Marvel Studios', 'organization'],
  ]);
});

test('entities: a people named for a place is no name ("every other New Zealander", "Londoners"); nor is a fear or a creed named for a people or a person ("Islamophobia", "Thatcherism")', () => {
  assert.deepEqual(typesOf('He voted like every other New Zealander. Londoners were angry. She had been subject to Islamophobia in Texas. Thatcherism lingers in London.'), [['Texas', 'place'], ['London', 'place']]);
});

test('entities: companies that move by a share of their price open their clause ("Rio Tinto, Anglo American and Glencore rose between 3% and 5%"), not a place within it ("deforestation in the Brazilian Amazon fell 11%"); a possessive after a region opens a new subject ("In Asia, Japan\'s Nikkei 225 fell")', () => {
  assert.deepEqual(typesOf('Rio Tinto, Anglo American and Glencore rose between 3% and 5%. Deforestation in the Brazilian Amazon fell 11%. In Asia, Japan\'s Nikkei 225 fell 1.1%.'), [
    ['Rio Tinto', 'organization'], ['Anglo American', 'organization'], ['Glencore', 'organization'], ['Brazilian Amazon', 'place'], ['Asia', 'place'], ['Japan', 'place'], ['Nikkei 225', 'misc'],
  ]);
});

test('entities: someone known by the initials of three names is that person ("Mohammed bin Salman" … "MBS")', () => {
  assert.deepEqual(mentionsOf('Crown Prince Mohammed bin Salman came. The crown prince, who is widely called MBS, smiled.').map(([text, key, type]) => `${text} → ${key} (${type})`), [
    'Mohammed bin Salman → Mohammed bin Salman (person)', 'MBS → Mohammed bin Salman (person)',
  ]);
});

test('entities: a brand opening with a lower-case word is a name ("easyJet said"); quotes: "the regulator" is the body named as one, not the company it fined ("The Civil Aviation Authority has fined easyJet … the regulator said")', () => {
  const text = 'The Civil Aviation Authority has fined easyJet £3 million.\n\nIn a statement, the regulator said: "Passengers were left out of pocket."\n\neasyJet said it "accepted the findings".';
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Civil Aviation Authority', 'easyJet']);
});

test('entities: a first name, a nickname in quotation marks and a surname are one person, named without the nickname ("Enrique \\"Kiki\\" Camarena" … "Camarena")', () => {
  assert.deepEqual(mentionsOf('He was accused of killing DEA agent Enrique "Kiki" Camarena in 1985. Camarena was 37.').map(([text, key, type]) => `${text} → ${key} (${type})`), [
    'DEA → DEA (organization)', 'Enrique "Kiki" Camarena → Enrique Camarena (person)', 'Camarena → Enrique Camarena (person)',
  ]);
});

test('quotes: an unnamed speaker with a relative clause is no one named ("One doctor, who asked not to be named because she feared for her career, said"), and "she" after is that speaker, not a man who spoke before', () => {
  const text = '"I want to avoid strikes," Wes Streeting said.\n\nOne doctor, who asked not to be named because she feared for her career, said morale was at "rock bottom". "I love the job," she told the Guardian.';
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Wes Streeting', null, null]);
});

test('times: a date with dots is day first ("09.05.2017" is 9 May)', () => {
  assert.deepEqual(timesOf('2017-05-12', 'The decree was signed at 18:12, 09.05.2017, and published on 21.05.2017.'), [
    ['at 18:12, 09.05.2017', '2017-05-09'],
    ['21.05.2017', '2017-05-21'],
  ]);
});

test('quotes: a role\'s holder named more than three paragraphs back is still the one in the role ("the president stressed")', () => {
  const text = 'Belarus will respond to the seizure, Belarusian President Aleksandr Lukashenko said on Thursday.\n\nLithuania seized the stake in 2022.\n\nThe port handled potash for years.\n\n"They stole from us," Prime Minister Roman Golovchenko said.\n\n"This should not go unpunished," the president stressed.';
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Roman Golovchenko', 'Aleksandr Lukashenko']);
});

test('entities: titles of a body named by common words name no one ("the President of the Republic"); a source that reports in one word is a body ("reports Armenpress")', () => {
  assert.deepEqual(typesOf('It was the decision of the President of the Republic and the Chairman of the Board, reports Armenpress.'), [['Armenpress', 'organization']]);
});

test('entities: a rank before a portfolio and its title is stripped too ("Senior Corporate Area Magistrate Judith Pusey"); after a title, a first name the lexicon knows as a place takes a nickname ("Superintendent Cornwall ‘Bigga’ Ford")', () => {
  const text = 'Senior Corporate Area Magistrate Judith Pusey bashed the police. Superintendent Cornwall ‘Bigga’ Ford of the Flying Squad told the court. Ford and Pusey left.';
  assert.deepEqual(mentionsOf(text).map(([, key]) => key), ['Judith Pusey', 'Cornwall Ford', 'Flying Squad', 'Cornwall Ford', 'Judith Pusey']);
});

test('entities: clubs in a match report: a score with a colon ("lost to Shakhtar Donetsk (2:3)"), a club\'s word after any name ("Port United"), a common word before its city ("Dynamo Kyiv drew"), and the club by its own word ("Bayern" for "Bayern Munich")', () => {
  const text = 'Antwerp led at half-time in the Champions League match but lost to Shakhtar Donetsk (2:3). The striker scored a penalty and the goalkeeper was sent off. Port United lost 2-1 at home. Dynamo Kyiv drew 1-1 with Zorya. Bayern Munich won 3-0 and Bayern stay top.';
  const clubs = mentionsOf(text).filter((mention) => mention[3] !== 'nested' && /Shakhtar|Port|Dynamo|Bayern/.test(mention[0]!));
  assert.deepEqual(clubs.map(([written, key, type]) => [written, key, type]), [
    ['Shakhtar Donetsk', 'Shakhtar Donetsk', 'organization'],
    ['Port United', 'Port United', 'organization'],
    ['Dynamo Kyiv', 'Dynamo Kyiv', 'organization'],
    ['Bayern Munich', 'Bayern Munich', 'organization'],
    ['Bayern', 'Bayern Munich', 'organization'],
  ]);
});

test('entities: a local paper\'s first word in capitals opens a club\'s name too ("COFFS United Lions defeated")', () => {
  const text = 'COFFS United Lions defeated Port United 2-1 on Saturday.\n\nCoffs United Lions coach Glen Williams was pleased.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => /Coffs/i.test(written!)).map(([, key]) => key), ['Coffs United Lions', 'Coffs United Lions']);
});

test('quotes: a paragraph that is only a quote is the words of the one person the last sentence before it opens with, after a role ("His assistant Jesus Tato took his place and said …"), not after a verb ("The club signed …")', () => {
  const paragraph = (opening: string) => `Goa lost their coach Sergio Lobera to a red card from referee Umesh Bora. ${opening} Jesus Tato on Thursday and he spoke to the press.\n\n“Big win for us today.”`;
  assert.deepEqual(quotesOf(paragraph('His assistant')).map(([, speaker]) => speaker), ['Jesus Tato']);
  assert.deepEqual(quotesOf(paragraph('The club signed')).map(([, speaker]) => speaker), [null]);
});

test('entities: a ticker with its index in brackets, after a possessive too ("Apple (AAPL, Tech30)", "Amazon\'s (AMZN, Tech30) appstore"), is a company\'s; a name before "handset" is a product ("the Treo handset")', () => {
  assert.deepEqual(typesOf('It has lost market share to Apple (AAPL, Tech30). Users get apps in Amazon\'s (AMZN, Tech30) appstore. Palm Inc., maker of the Treo handset, struggles.'), [
    ['Apple', 'organization'],
    ['Amazon', 'organization'],
    ['Palm Inc', 'organization'],
    ['Treo', 'misc'],
  ]);
});

test('entities: a company goes by its initials without its legal form ("R.I.M." for "Research In Motion Ltd.")', () => {
  const key = keyIn('The maker of the BlackBerry, Research In Motion Ltd., reported a profit. R.I.M. said it earned more. RIM shares rose.');
  assert.deepEqual([key('R.I.M.'), key('RIM')], ['Research In Motion Ltd', 'Research In Motion Ltd']);
});

test('entities: a university goes by its own word ("Yale" for "Yale University"); a subject after a professor\'s title names nothing ("Professor of Neuroscience"), but a qualifier\'s phrase stays ("State of the Union"); a journal\'s name is no one\'s surname ("the journal Science")', () => {
  const text = 'Researchers from Yale University offered an explanation. The Yale scientists observed mice, said Professor of Neuroscience Michael Crair. Dr Anna Science helped. The study is published in the journal Science. He spoke on the State of the Union show.';
  const key = keyIn(text);
  assert.deepEqual([key('Yale'), key('Neuroscience'), key('Science'), key('State of the Union')], ['Yale University', undefined, 'Science', 'State of the Union']);
});

test('entities: an agency\'s name before "news quoted" is a body ("Efe news quoted …"); times: "a total of 1800 rescuers" is no year', () => {
  const text = 'A total of 1800 rescuers are searching, Efe news quoted government spokesperson Yoshihide Suga as saying.';
  assert.deepEqual(typesOf(text), [['Efe', 'organization'], ['Yoshihide Suga', 'person']]);
  assert.deepEqual(timesOf('2017-07-08', text), []);
});

test('entities: one field word before "and" shares a public body\'s head ("Food and Drug Administration", "U.S. Securities and Exchange Commission"), two bodies do not ("Navy and Air Force", "Amazon and Meta Platforms")', () => {
  const text = 'The U.S. Securities and Exchange Commission and the Food and Drug Administration agreed. Sailors from the Navy and Air Force came. Shares of Amazon and Meta Platforms rose.';
  assert.deepEqual(typesOf(text).map(([written]) => written), ['U.S. Securities and Exchange Commission', 'Food and Drug Administration', 'Navy', 'Air Force', 'Amazon', 'Meta Platforms']);
});

test('entities: a legal form after a comma is the company\'s name ("Vera Bradley, Inc."), and the name without it is the company, not a person', () => {
  const text = 'Vera Bradley, Inc. (Nasdaq: VRA) today announced its results. Vera Bradley stores did well, said Jackie Ardrey.';
  assert.deepEqual(mentionsOf(text), [['Vera Bradley, Inc', 'Vera Bradley, Inc', 'organization'], ['Vera Bradley', 'Vera Bradley, Inc', 'organization'], ['Jackie Ardrey', 'Jackie Ardrey', 'person']]);
});

test('entities: a state\'s postal code after a city is its region ("Summit, NJ"); a trade mark\'s sign marks a product ("Viaskin™")', () => {
  assert.deepEqual(typesOf('DBV Technologies is developing Viaskin™, a platform. It has offices in Summit, NJ. Viaskin is a patch.'), [
    ['DBV Technologies', 'organization'], ['Viaskin', 'misc'], ['Summit, NJ', 'place'], ['Viaskin', 'misc'],
  ]);
});

test('entities: a dateline\'s place with its state, a date with its year and the wire ("FORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE) —") is a place', () => {
  const release = 'Retailer beats forecasts\n\nSales rose.\n\nCosts fell.\n\nNet revenues rose.\n\nNet loss narrowed.\n\nGuidance rises.\n\nMargins grew.\n\nFORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE) — The company announced its results.';
  assert.deepEqual(typesOf(release)[0], ['FORT WAYNE, Ind', 'place']);
});

test('entities: letters spelt out in lower case are a common noun\'s, a title before a name ("the chief election commissioner (CEC)" … "CEC Sardar Raza Khan"); a body\'s faction after its head is the body\'s ("Pakistan Muslim League-Nawaz (PML-N)")', () => {
  const text = 'Pakistan Muslim League-Nawaz (PML-N) leader Ayaz Sadiq criticised the chief election commissioner (CEC). He said that CEC Sardar Raza Khan did not respond. The CEC left early.';
  assert.deepEqual(mentionsOf(text), [
    ['Pakistan Muslim League-Nawaz', 'Pakistan Muslim League-Nawaz', 'organization'],
    ['Pakistan', 'Pakistan', 'place', 'nested'],
    ['PML-N', 'Pakistan Muslim League-Nawaz', 'organization'],
    ['Ayaz Sadiq', 'Ayaz Sadiq', 'person'],
    ['Sardar Raza Khan', 'Sardar Raza Khan', 'person'],
  ]);
});

test('quotes: a name within an epithet qualifies it and does not speak, nor does a pronoun in a clause before it ("after they had presented a petition …, the Tamale South lawmaker said"); a constituency is a place', () => {
  const text = 'Minority Leader Haruna Iddrisu has criticised the Electoral Commission over the Techiman South Constituency.\n\nSpeaking in Parliament after they had presented a petition to the commission, the Tamale South lawmaker said: “We are not the Electoral Commission.”';
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Haruna Iddrisu']);
  assert.deepEqual(typesOf(text).find(([written]) => written === 'Techiman South Constituency'), ['Techiman South Constituency', 'place']);
});

test('quotes: "he" after quotes no cue could tell is the last person named to speak, where no one else is named since ("He reiterated: …"); a quote left open at its paragraph\'s end is the words of the one who closes it in the next', () => {
  const text = 'Minority Leader Haruna Iddrisu spoke after Speaker Alban Bagbin opened the session.\n\nSpeaking in Parliament, the Tamale South lawmaker said: “We are not the Electoral Commission.”\n\nHe further stated that the NDC wants the results declared.\n\n"We are only fighting injustice against us. We want it declared in accordance with the law.\n\n“The New Patriotic Party is in cahoot with the Electoral Commission,” he said.\n\nHe reiterated: “We are stakeholders.”';
  assert.deepEqual(quotesOf(text).map(([, speaker]) => speaker), ['Haruna Iddrisu', 'Haruna Iddrisu', 'Haruna Iddrisu', 'Haruna Iddrisu']);
});

test('entities: a name opening a sentence with a plural verb is a group\'s ("Faith No More plan to release"), not an object\'s ("using the James Webb Space Telescope have"); a work after "titled" is a thing; "a new LP" names nothing', () => {
  assert.deepEqual(typesOf('Faith No More plan to release a new LP, a record titled Sol Invictus. Astronomers using the James Webb Space Telescope have found a galaxy.'), [
    ['Faith No More', 'organization'], ['Sol Invictus', 'misc'], ['James Webb Space Telescope', 'misc'],
  ]);
});

test('quotes: the frontman is the one the text names as a band\'s ("the frontman says Tool are working on a disc that\'ll be released “when it\'s ready.”"); a title unattributed keeps the comma after it inside its marks ("“My Songs Know What You Did in the Dark (Light Em Up),” was released")', () => {
  const text = 'Tool\'s Maynard James Keenan is gearing up for the tour. The frontman says Tool are quietly working on a new disc that\'ll be released “when it\'s ready.”\n\nThe album\'s lead single, “My Songs Know What You Did in the Dark (Light Em Up),” was released to iTunes on Monday.';
  assert.deepEqual(quotesOf(text), [['when it\'s ready.', 'Maynard James Keenan']]);
});

test('quotes: guillemets and German marks quote too («Nous devons rester unis», „Europa muss jetzt zusammenstehen“), and a word opening them opens a sentence', () => {
  const text = 'French President Emmanuel Macron spoke on Monday. «Nous devons rester unis», Macron told reporters.\n\nGerman Chancellor Friedrich Merz agreed. „Europa muss jetzt zusammenstehen“, Merz said in Berlin.';
  assert.deepEqual(quotesOf(text), [['Nous devons rester unis', 'Emmanuel Macron'], ['Europa muss jetzt zusammenstehen', 'Friedrich Merz']]);
  assert.deepEqual(typesOf(text).map(([written]) => written), ['Emmanuel Macron', 'Macron', 'Friedrich Merz', 'Europa', 'Merz', 'Berlin']);
});

test('entities: a product\'s grade ends its name ("Rubin Ultra"), which is no one\'s; a law\'s part by its number is a thing ("Title VI")', () => {
  assert.deepEqual(typesOf('Rubin would ship this year, followed by Rubin Ultra in 2027. The judge cited Title VI of the Civil Rights Act.').slice(1), [
    ['Rubin Ultra', 'misc'], ['Title VI', 'misc'], ['Civil Rights Act', 'misc'],
  ]);
});

test('quotes: in "an interview with" someone, each answer labelled "A:" is theirs', () => {
  const text = 'Nurses\' leader speaks out: an interview with Pat Cullen\n\nThe general secretary talks to Sarah Johnson about pay.\n\nQ: Why are nurses angry?\n\nA: Because they have been told for a decade that there is no money.\n\nQ: Will there be more strikes?\n\nA: Nobody wants to strike.';
  assert.deepEqual(quotesOf(text), [['Because they have been told for a decade that there is no money.', 'Pat Cullen'], ['Nobody wants to strike.', 'Pat Cullen']]);
});

test('quotes: a party before a role does not speak, the one in the role does ("the Labour leader said" after "Labour leader Keir Starmer"); entities: honorifics are titles ("Smt. Vangalapudi Anitha", "Alhaji Bello Goronyo"), a villa a building, and a minister of state\'s portfolio no name', () => {
  const text = 'Labour leader Keir Starmer and Ed Davey spoke. "It is over," the Labour leader said.\n\nSmt. Vangalapudi Anitha and Alhaji Bello Goronyo, now Minister of State for Foreign Affairs, met at the Presidential Villa.';
  assert.deepEqual(quotesOf(text), [['It is over,', 'Keir Starmer']]);
  assert.deepEqual(typesOf(text).slice(4), [['Vangalapudi Anitha', 'person'], ['Bello Goronyo', 'person'], ['Presidential Villa', 'place']]);
});

test('entities: a people with "Northern" or "Western" before it is no name ("the 35-year-old Northern Irishman")', () => {
  assert.deepEqual(typesOf('Rory McIlroy won. The 35-year-old Northern Irishman shot 73, as Western Australian fans cheered.'), [['Rory McIlroy', 'person']]);
});

test('entities: after a people, a body\'s head is a minister\'s portfolio ("Danish Energy Minister Lars Aagaard"), not before a country\'s letters ("US Treasury Secretary")', () => {
  assert.deepEqual(typesOf('Danish Energy Minister Lars Aagaard met US Treasury Secretary Scott Bessent.'), [['Lars Aagaard', 'person'], ['US Treasury', 'organization'], ['Scott Bessent', 'person']]);
});

test('entities: a country\'s name the lexicon lacks is a place ("Türkiye", "Eswatini")', () => {
  assert.deepEqual(typesOf('Türkiye on Monday strongly condemned an attack. Türkiye said so, as did Eswatini.'), [['Türkiye', 'place'], ['Türkiye', 'place'], ['Eswatini', 'place']]);
});

test('entities: a headline\'s compass point shortened names the country in full ("N. Korea", "S. Africa")', () => {
  assert.deepEqual(mentionsOf('N. Korea fires missile. North Korea fired a missile, S. Africa said.'), [['N. Korea', 'North Korea', 'place'], ['North Korea', 'North Korea', 'place'], ['S. Africa', 'South Africa', 'place']]);
});

test('entities: a cabinet\'s portfolio before its title is the title\'s ("Agriculture Cabinet Secretary Mutahi Kagwe")', () => {
  assert.deepEqual(typesOf('Agriculture Cabinet Secretary Mutahi Kagwe said 12 suspects had been arrested. The Cabinet met later.'), [['Mutahi Kagwe', 'person'], ['Cabinet', 'organization']]);
});

test('entities: names listed before a plural place noun are places ("Nakuru, Uasin Gishu and Trans Nzoia counties")', () => {
  assert.deepEqual(typesOf('Bags were seized in Nakuru, Uasin Gishu and Trans Nzoia counties. Fires burned in Marin and Sonoma counties.'), [['Nakuru', 'place'], ['Uasin Gishu', 'place'], ['Trans Nzoia', 'place'], ['Marin', 'place'], ['Sonoma', 'place']]);
});

test('entities: a bloc is a body, whatever place its name opens with ("Lake Region Economic Bloc")', () => {
  assert.deepEqual(typesOf('He spoke at the launch of the Lake Region Economic Bloc programme.'), [['Lake Region Economic Bloc', 'organization']]);
});

test('quotes: a call\'s words are speech however few ("called on the community to take “concrete steps”"), and a quote after them in its sentence goes on with them', () => {
  assert.deepEqual(quotesOf('The Foreign Ministry said it was shocked. The ministry called on the community to take "concrete steps" to stop the "violations of international law."'), [['concrete steps', 'Foreign Ministry'], ['violations of international law.', 'Foreign Ministry']]);
});

test('entities: a plural head heads one body before "of" ("National Institutes of Health")', () => {
  assert.deepEqual(typesOf('The work was funded by the National Institutes of Health and the Canadian Institutes of Health Research.'), [['National Institutes of Health', 'organization'], ['Canadian Institutes of Health Research', 'organization']]);
});

test('entities: a code of many digits is no name (a grant\'s "R01AI123456", a share\'s "FR0010417345")', () => {
  assert.deepEqual(typesOf('The work was funded by the NIH (grant R01AI123456). Shares of DBV (FR0010417345) rose.'), [['NIH', 'organization'], ['DBV', 'organization']]);
});

test('quotes: an epithet right after the cue speaks as one before it does ("said the Briton", "said the McLaren driver")', () => {
  assert.deepEqual(quotesOf('Lando Norris finished sixth. "It was a tough one," said the Briton. Oscar Piastri was fourth. "We lacked pace," said the McLaren driver.'), [['It was a tough one,', 'Lando Norris'], ['We lacked pace,', 'Oscar Piastri']]);
});

test('entities: a degree is no name ("a Ph.D. program", "his M.D.", "an MBA")', () => {
  assert.deepEqual(typesOf('She was admitted to a Ph.D. program there. He earned his M.D. and a B.A. in history, and she an MBA. The MA Foundation met.'), [['MA Foundation', 'organization']]);
});

test('times: what is held on a weekday, told in the present, is to come ("The decider is in Mumbai on Sunday"), not what was done ("is top after winning on Sunday")', () => {
  assert.deepEqual(timesOf('2026-01-17', 'The decider is in Mumbai on Sunday. The team is top after winning on Sunday.'), [['on Sunday', '2026-01-18'], ['on Sunday', '2026-01-11']]);
});

test('entities: an index\'s code in brackets is no name, and names an index ("Germany\'s DAX (.GDAXI)", "the STOXX 600 index (.STOXX)")', () => {
  assert.deepEqual(typesOf("In Europe, the STOXX 600 index (.STOXX) closed down 0.3%, with Germany's DAX (.GDAXI) off 0.5%. Nvidia (NVDA.O) fell."), [['Europe', 'place'], ['STOXX 600', 'misc'], ['Germany', 'place'], ['DAX', 'misc'], ['Nvidia', 'organization']]);
});

test('entities: a model\'s words after its number are no name of their own ("Pro Max" in "iPhone 18 Pro Max")', () => {
  assert.deepEqual(typesOf('The company unveiled the iPhone 18 Pro and iPhone 18 Pro Max on Tuesday.'), [['iPhone 18 Pro', 'misc'], ['iPhone 18 Pro Max', 'misc']]);
});

test('entities: a product\'s name before a numeral names a product ("since iPhone X")', () => {
  assert.deepEqual(typesOf('It is the biggest leap for the phone since iPhone X, he said.'), [['iPhone X', 'misc']]);
});

test('entities: a name with a score in a bracketed list of them is a player\'s ("(Kohli 121*, Gill 74, Starc 2-58)")', () => {
  assert.deepEqual(typesOf('India 326 for 5 (Kohli 121*, Gill 74, Starc 2-58) beat Australia 270 by 56 runs. History of England (Volume 1, Chapter 1) is long.'), [['India', 'place'], ['Kohli', 'person'], ['Gill', 'person'], ['Starc', 'person'], ['Australia', 'place'], ['England', 'place'], ['Volume 1', 'misc'], ['Chapter 1', 'misc']]);
});

test('entities: a match of a format is no name ("his 54th ODI hundred", "two T20Is")', () => {
  assert.deepEqual(typesOf('He hit his 54th ODI hundred in the second ODI, and played two T20Is.'), []);
});

test('entities: a name that does something to his or her own is a person\'s ("Then Kohli hit his 54th hundred")', () => {
  assert.deepEqual(typesOf('Then Kohli hit his 54th hundred. Later Starc took her wicket.'), [['Kohli', 'person'], ['Starc', 'person']]);
});

test('entities: a common word that speaks of itself as "it" is no name where the text writes it in lower case too ("Paramilitary says it …", "the paramilitary RSF")', () => {
  assert.deepEqual(typesOf('Paramilitary says it has taken control of the city.\n\nThe paramilitary Rapid Support Forces says it has seized the city.'), [['Rapid Support Forces', 'organization']]);
});

test('entities: an amount after a currency\'s letter is no name ("the P6.793-trillion budget", "P194B", "R2 billion")', () => {
  assert.deepEqual(typesOf('He signed the P6.793-trillion budget but vetoed P194 billion, or P194B, in items. South Africa spent R2 billion.'), [['South Africa', 'place']]);
});

test('entities: the places a seat is named for are places ("the Bridgnorth East and Astley Abbotts division", "the Kilburn ward"), not a firm\'s division', () => {
  assert.deepEqual(typesOf('Julia Buckley, who represents the Bridgnorth East and Astley Abbotts division, spoke. He won the Kilburn ward. The Samsung division grew.'), [['Julia Buckley', 'person'], ['Bridgnorth East', 'place'], ['Astley Abbotts', 'place'], ['Kilburn', 'place'], ['Samsung', 'organization']]);
});

test('times: what a body "is set to" do on a weekday is to come ("The Bundestag is set to vote on Friday")', () => {
  assert.deepEqual(timesOf('2025-12-02', 'The Bundestag is set to vote on Friday.'), [['on Friday', '2025-12-05']]);
});

test('entities: a party\'s adjectives before its government name the party ("Ontario\'s Progressive Conservative government"), not someone\'s ("the Boris Johnson government")', () => {
  assert.deepEqual(typesOf("Ontario's Progressive Conservative government will table legislation. The Boris Johnson government fell."), [['Ontario', 'place'], ['Progressive Conservative', 'organization'], ['Boris Johnson', 'person']]);
});

test('quotes: a portfolio opening a sentence before its title is the title\'s, so "the transport minister" is the one named with it ("Transport Minister Prabmeet Sarkaria spoke")', () => {
  assert.deepEqual(quotesOf('Transport Minister Prabmeet Sarkaria spoke on Monday.\n\nThe transport minister said the lanes were "slowing down traffic for hundreds of thousands of drivers" a lot.'), [['slowing down traffic for hundreds of thousands of drivers', 'Prabmeet Sarkaria']]);
});

test('times: a word with a letter outside ASCII is no date of chrono\'s ("in the Dáil" is not "in the D…")', () => {
  assert.deepEqual(timesOf('2025-10-14', 'They met in the Dáil on Monday.'), [['on Monday', '2025-10-13']]);
});

test('entities: a tax\'s letters are no name ("the VAT rate", "India\'s GST council")', () => {
  assert.deepEqual(typesOf("They cut the VAT rate for restaurants. India's GST council met."), [['India', 'place']]);
});

test('entities: what someone leads or founded is a body ("Simon Harris, who leads Fine Gael")', () => {
  assert.deepEqual(typesOf('Tánaiste Simon Harris, who leads Fine Gael, spoke. Mary Lou McDonald, who heads Sinn Féin, spoke.'), [['Simon Harris', 'person'], ['Fine Gael', 'organization'], ['Mary Lou McDonald', 'person'], ['Sinn Féin', 'organization']]);
});

test('quotes: a work\'s title after its kind is no speech ("his solo single “Seven,” his agency said")', () => {
  assert.deepEqual(quotesOf('Jungkook topped the chart with his solo single "Seven," his agency said on Friday. "I am so thankful," Jungkook wrote.'), [['I am so thankful,', 'Jungkook']]);
});

test('entities: a chart\'s name takes the size of its list ("the Billboard Global 200 chart", "the Billboard Hot 100")', () => {
  assert.deepEqual(typesOf('The song topped the Billboard Global 200 chart and ranked No. 2 on the Billboard Hot 100.'), [['Billboard Global 200', 'misc'], ['Billboard Hot 100', 'misc']]);
});

test('entities: a country\'s part by its compass point is a region ("Northern Ireland", "Eastern Ukraine"), unlike a body named after its country ("Sport England")', () => {
  assert.deepEqual(typesOf('A warning covers Northern Ireland. Fighting goes on in Eastern Ukraine. Sport England said so.'), [['Northern Ireland', 'place'], ['Eastern Ukraine', 'place'], ['Sport England', 'organization']]);
});

test('entities: a name after a "The" that takes the sentence\'s capital is shown to be a name, and keeps its first word where it opens a sentence ("Met Office chief meteorologist")', () => {
  assert.deepEqual(typesOf('The Met Office has issued a warning.\n\nMet Office chief meteorologist Matthew Lehnert said so.'), [['Met Office', 'organization'], ['Met Office', 'organization'], ['Matthew Lehnert', 'person']]);
});

test('times: what is in force from a weekday is to come ("The warning is in force from 15:00 BST on Friday until 21:00 BST on Saturday"), what is in force since one has begun', () => {
  assert.deepEqual(timesOf('2025-10-02', 'The warning is in force from 15:00 BST on Friday until 21:00 BST on Saturday. The ban is in force since Monday.'), [['from 15:00 BST on Friday', '2025-10-03'], ['21:00 BST on Saturday', '2025-10-04'], ['Monday', '2025-09-29']]);
});

test('entities: a word that makes a known place a larger or smaller one opens its name, even a sentence\'s ("Greater Manchester Police", "Inner Mongolia")', () => {
  assert.deepEqual(typesOf('Greater Manchester Police said officers found plants. Inner Mongolia is cold. Lower prices helped.'), [['Greater Manchester Police', 'organization'], ['Inner Mongolia', 'place']]);
});

test('entities: a recorder is a judge\'s title ("The judge, Recorder Andrew Nuttall, said")', () => {
  assert.deepEqual(typesOf('The judge, Recorder Andrew Nuttall, said both men had played a role. A voice recorder was found.'), [['Andrew Nuttall', 'person']]);
});

test('entities: a warning\'s colour is no name ("Amber wind warning issued"), a first name is ("Amber Heard spoke")', () => {
  assert.deepEqual(typesOf('Storm Amy: Amber wind warning issued for Scotland. Amber Heard spoke.'), [['Storm Amy', 'misc'], ['Scotland', 'place'], ['Amber Heard', 'person']]);
});

test('quotes: a role a sentence opens with is its subject before anyone it names after ("The president added that he had spoken to Thune. “…,” he said")', () => {
  assert.deepEqual(quotesOf('President Donald Trump told reporters: "It\'s up to the Democrats."\n\nMeanwhile the weather was fine.\n\nThe president added that he had spoken to John Thune twice.\n\n"We\'ll see what happens," he said.'), [["It's up to the Democrats.", 'Donald Trump'], ["We'll see what happens,", 'Donald Trump']]);
});

test('quotes: a party\'s member where they sit for is an epithet ("the Washington Democrat told reporters"), and an epithet stands for a woman as for a man', () => {
  assert.deepEqual(quotesOf('Senator Maria Cantwell defended her vote.\n\n"I could not support it," the Washington Democrat told reporters.\n\nSenate Majority Leader John Thune disagreed. "They had every chance," the South Dakota Republican said.'), [['I could not support it,', 'Maria Cantwell'], ['They had every chance,', 'John Thune']]);
});

test('quotes: what someone does stands for them as an epithet ("the economist said", "the novelist said")', () => {
  assert.deepEqual(quotesOf('Paul Johnson, former director of the Institute for Fiscal Studies, said the Budget was a gamble.\n\n"If growth does not come, she will be back for more," the economist said.'), [['If growth does not come, she will be back for more,', 'Paul Johnson']]);
});

test('entities: what one tells a broadcaster\'s programme is a programme ("told ITV\'s Good Morning Britain"), not its presenter ("told CNN\'s Jake Tapper")', () => {
  assert.deepEqual(typesOf("Rachel Reeves told ITV's Good Morning Britain that she would not. He told CNN's Jake Tapper so."), [['Rachel Reeves', 'person'], ['ITV', 'organization'], ['Good Morning Britain', 'misc'], ['CNN', 'organization'], ['Jake Tapper', 'person']]);
});

test('quotes: the one at a body in a city, described by a clause after, speaks ("Pontus Skoglund at the Francis Crick Institute in London, who was not involved, says")', () => {
  assert.deepEqual(quotesOf('Population geneticist Pontus Skoglund at the Francis Crick Institute in London, who was not involved in the work, says the data set is "spectacular".'), [['spectacular', 'Pontus Skoglund']]);
});

test('times: a number after a thousands\' comma is no date of its own ("8,000 years ago" is not "000 years ago")', () => {
  assert.deepEqual(timesOf('2026-03-12', 'People lived there up to 8,000 years ago. It rose in 2024.'), [['2024', '2024']]);
});

test('entities: where a team published its findings is a journal ("published its findings in Nature on 11 March")', () => {
  assert.deepEqual(typesOf('The team, which published its findings in Nature on 11 March, sequenced DNA.'), [['Nature', 'organization']]);
});

test('entities: a cartel is a body, and its letters in brackets name it ("the Jalisco New Generation Cartel (CJNG)")', () => {
  assert.deepEqual(mentionsOf('They will dismantle the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG).').filter((mention) => mention.length === 3), [['Sinaloa Cartel', 'Sinaloa Cartel', 'organization'], ['Jalisco New Generation Cartel', 'Jalisco New Generation Cartel', 'organization'], ['CJNG', 'Jalisco New Generation Cartel', 'organization']]);
});

test('entities: a robotics or aerospace firm is a body, and so is what someone is chief executive of ("co-founder and CEO of Acme Robotics")', () => {
  assert.deepEqual(typesOf('Acme Robotics, a leader in warehouse systems, raised money, said Priya Raman, co-founder and CEO of Acme Robotics. Collins Aerospace and Boston Dynamics agreed, as did Jane Doe, chief executive of Zentrix Labs Holdings.'), [['Acme Robotics', 'organization'], ['Priya Raman', 'person'], ['Acme Robotics', 'organization'], ['Collins Aerospace', 'organization'], ['Boston Dynamics', 'organization'], ['Jane Doe', 'person'], ['Zentrix Labs Holdings', 'organization']]);
});

test('entities: a plural of doers the lexicon lacks owns what follows within a name ("the Renters\' Rights Act")', () => {
  assert.deepEqual(typesOf("The measures form part of the Renters' Rights Act, which passed."), [["Renters' Rights Act", 'misc']]);
});

test('quotes: lines that teams or outlets label, with nobody among them, are a schedule, not a transcript\'s turns', () => {
  assert.deepEqual(quotesOf('Thunder hold off Nuggets\n\nThe Oklahoma City Thunder beat the Denver Nuggets 118-112 on Saturday.\n\nUp next\n\nNuggets: Host the Lakers on Monday.\n\nThunder: At the Timberwolves on Tuesday.\n\nAP NBA: https://apnews.com/hub/NBA'), []);
});

test('entities: a team named after its city goes by its own last word ("the Thunder", "Nuggets")', () => {
  assert.deepEqual(mentionsOf('The Oklahoma City Thunder beat the Denver Nuggets. Jalen Williams had 18 points for the Thunder, and the Nuggets lost.').filter(([, , , nested]) => !nested),
    [['Oklahoma City Thunder', 'Oklahoma City Thunder', 'organization'], ['Denver Nuggets', 'Denver Nuggets', 'organization'], ['Jalen Williams', 'Jalen Williams', 'person'], ['Thunder', 'Oklahoma City Thunder', 'organization'], ['Nuggets', 'Denver Nuggets', 'organization']]);
});

test('entities: a clock\'s "AM" or "PM" names nothing', () => {
  assert.deepEqual(typesOf('The meeting began at 10:14 AM in Kyiv and ended at 3 PM.'), [['Kyiv', 'place']]);
});

test('entities: a place\'s word before a title is the place\'s, no portfolio ("Kharkiv Oblast Governor Oleh Syniehubov")', () => {
  assert.deepEqual(typesOf('Three people were killed, Kharkiv Oblast Governor Oleh Syniehubov reported.'), [['Kharkiv Oblast', 'place'], ['Oleh Syniehubov', 'person']]);
});

test('times: a month named as the last or next one is the one before or after the article\'s month ("last November" in November is a year back)', () => {
  assert.deepEqual(timesOf('2026-11-23', 'It opened with $112.5 million last November. The sequel opened last March, and the next one comes next June.'),
    [['last November', '2025-11'], ['last March', '2026-03'], ['next June', '2027-06']]);
});

test('entities: a body\'s officer after its name may have a rank and a field ("Comscore senior media analyst Paul Dergarabedian")', () => {
  assert.deepEqual(typesOf('Comscore senior media analyst Paul Dergarabedian called it a shot in the arm.'), [['Comscore', 'organization'], ['Paul Dergarabedian', 'person']]);
});

test('entities: a body of so many members takes its number in ("the Group of 20 summit", "the Committee of 100")', () => {
  assert.deepEqual(typesOf('They met on the sidelines of the Group of 20 summit in Johannesburg. The Committee of 100 said so.'), [['Group of 20', 'organization'], ['Johannesburg', 'place'], ['Committee of 100', 'organization']]);
});

test('entities: a title-like word may open a road\'s name ("State Road 60"); where someone of an age is from is a place ("a 34-year-old Brandon man")', () => {
  assert.deepEqual(typesOf('The crash occurred on State Road 60 near Valrico. The driver, a 34-year-old Brandon man, died.'), [['State Road', 'place'], ['Valrico', 'place'], ['Brandon', 'place']]);
});

test('entities: a reading list\'s author, surname first, is a person, and the work after it a thing ("London, Jack. White Fang")', () => {
  assert.deepEqual(typesOf('She named a few favourites, most of them quite heavy. Other good ones:\n\nAusten, Jane. Pride and Prejudice\n\nLondon, Jack. White Fang\n\nShe also likes poetry.'),
    [['Austen, Jane', 'person'], ['Prejudice', 'misc'], ['London, Jack', 'person'], ['Fang', 'misc']]);
});

test('entities: a company listed on several exchanges is a company, and its tickers no names ("Roche (SIX: RO, ROG; OTCQX: RHHBY)")', () => {
  assert.deepEqual(typesOf('On Thursday Roche (SIX: RO, ROG; OTCQX: RHHBY) announced positive results.'), [['Roche', 'organization']]);
});

test('quotes: one named after the cue, with a verb of their own, is whom the words are about, not who says them ("The Conservative leader said Reeves had “…”")', () => {
  assert.deepEqual(quotesOf('Rachel Reeves has confirmed that thresholds will stay frozen.\n\nThe Conservative leader said Reeves had "broken her promise to working people" and should resign.'), [['broken her promise to working people', null]]);
});

test('quotes: a section\'s label before a quote gives way to the cue after it ("What they\'re saying: “…,” an OpenAI spokesperson told Axios")', () => {
  assert.deepEqual(quotesOf('Microsoft and Google have started signing deals for reactors.\n\nWhat they\'re saying: "We are building as fast as physics allows," an OpenAI spokesperson told Axios.'), [['We are building as fast as physics allows,', 'OpenAI']]);
});

test('times: "next Sunday" and "this coming Friday" are to come, whatever the tense ("Villa travel to Chelsea next Sunday")', () => {
  assert.deepEqual(timesOf('2026-11-23', 'Villa travel to Chelsea next Sunday. He returns this coming Friday. He left last Sunday.'),
    [['next Sunday', '2026-11-29'], ['Friday', '2026-11-27'], ['last Sunday', '2026-11-22']]);
});

test('entities: an ampersand joins one name\'s parts ("Brighton & Hove City Council", "Marks & Spencer"), not two people\'s ("Ben & Jerry")', () => {
  assert.deepEqual(typesOf('Plans were approved by Brighton & Hove City Council. Shares in Marks & Spencer rose.'), [['Brighton & Hove City Council', 'organization'], ['Marks & Spencer', 'organization']]);
  assert.deepEqual(typesOf('Ben Cohen and Jerry Greenfield founded it. Ben & Jerry met at school.'), [['Ben Cohen', 'person'], ['Jerry Greenfield', 'person'], ['Ben', 'person'], ['Jerry', 'person']]);
});

test('entities: a whole body\'s possessive ends its name ("the Department for Transport\'s Active Travel Fund"), a plural\'s within one does not ("Ministry of Women\'s Affairs")', () => {
  assert.deepEqual(typesOf('Funding comes from the Department for Transport\'s Active Travel Fund. She led the Ministry of Women\'s Affairs.'),
    [['Department for Transport', 'organization'], ['Active Travel Fund', 'organization'], ['Ministry of Women\'s Affairs', 'organization']]);
});

test('entities: initials before a titled complement\'s name are the name\'s ("Chief Justice of India B R Gavai"); an advocate is a title', () => {
  assert.deepEqual(typesOf('A bench of Chief Justice of India B R Gavai heard it. Senior Advocate Abhishek Manu Singhvi said the survey was voluntary.'),
    [['B R Gavai', 'person'], ['Abhishek Manu Singhvi', 'person']]);
});

test('entities: where a side travels is no one, though the name is a given name too ("Villa travel to Chelsea next Sunday")', () => {
  assert.deepEqual(typesOf('Aston Villa travel to Chelsea next Sunday.'), [['Aston Villa', 'organization'], ['Chelsea', 'place']]);
});

test('entities: a lane is a place unless a given name opens it ("Coldean Lane", not "Nathan Lane"); a gyratory is a place', () => {
  assert.deepEqual(typesOf('The scheme will run from the Vogue Gyratory to Coldean Lane. Nathan Lane starred.'), [['Vogue Gyratory', 'place'], ['Coldean Lane', 'place'], ['Nathan Lane', 'person']]);
});

test('quotes: a former holder of a role holds it no more ("the president said", with a former president named too)', () => {
  assert.deepEqual(quotesOf('Mexican President Claudia Sheinbaum Pardo presented a housing program.\n\n"Housing is a right, not a privilege," the president said.\n\nFormer President Andrés Manuel López Obrador had promised a similar program.'),
    [['Housing is a right, not a privilege,', 'Claudia Sheinbaum Pardo']]);
});

test('entities: a word no dictionary knows in brackets after a body\'s long name is its acronym in another language ("National Workers\' Housing Fund Institute (Infonavit)")', () => {
  assert.deepEqual(mentionsOf('The National Workers\' Housing Fund Institute (Infonavit) will build the homes. Infonavit said so.'),
    [['National Workers\' Housing Fund Institute', 'National Workers\' Housing Fund Institute', 'organization'], ['Infonavit', 'National Workers\' Housing Fund Institute', 'organization'], ['Infonavit', 'National Workers\' Housing Fund Institute', 'organization']]);
});

test('times: "in five years" after a superlative is a span up to now, no date to come ("its best performance in five years")', () => {
  assert.deepEqual(timesOf('2026-11-22', 'The fleet posts its best performance in five years. The plant will reopen in five years.'), [['in five years', '2031']]);
});

test('entities: a unit\'s letters name nothing ("11 000 MW", "20 MPH zones")', () => {
  assert.deepEqual(typesOf('Outages fell below 11 000 MW in Kendal. The 20 MPH zones stay.'), [['Kendal', 'place']]);
});

test('entities: a title-like word opening a law\'s name is the law\'s ("the General Data Protection Regulation")', () => {
  assert.deepEqual(typesOf('It breached the General Data Protection Regulation, the court said.'), [['General Data Protection Regulation', 'misc']]);
});

test('entities: an authority or a commission in apposition makes a body ("the Bundeskartellamt, the German competition authority,")', () => {
  assert.deepEqual(typesOf('The court held that the Bundeskartellamt, the German competition authority, was entitled to act.'), [['Bundeskartellamt', 'organization']]);
});

test('entities: a common word in capitals labelling its line names nothing ("NOTE: A reference …")', () => {
  assert.deepEqual(typesOf('The court ruled on Thursday in Luxembourg.\n\nNOTE: A reference allows the courts of the Member States to refer questions.'), [['Luxembourg', 'place'], ['Member States', 'organization']]);
});

test('entities: a term\'s letters in brackets after it in lower case name a thing ("Marburg virus disease (MVD)"), a body\'s a body ("World Health Organization (WHO)")', () => {
  assert.deepEqual(typesOf('WHO confirmed an outbreak of Marburg virus disease (MVD) in Jinka, the World Health Organization (WHO) said.'),
    [['WHO', 'organization'], ['Marburg', 'misc'], ['MVD', 'misc'], ['Jinka', 'place'], ['World Health Organization', 'organization'], ['WHO', 'organization']]);
});

test('entities: common words in capitals labelling their line name nothing, and speak no turns ("DRIVING THE DAY:", "WHAT WE\'RE WATCHING:")', () => {
  const text = 'The shutdown fight\n\nDRIVING THE DAY: With nine days left, Speaker Mike Johnson has no plans for a stopgap.\n\nWHAT WE\'RE WATCHING: President Donald Trump hosts a dinner at the White House today.';
  assert.deepEqual(typesOf(text), [['Mike Johnson', 'person'], ['Donald Trump', 'person'], ['White House', 'place']]);
  assert.deepEqual(quotesOf(text), []);
});

test('entities: a shop named for someone takes the possessive in and is a business ("Dave\'s Market"); a host is a title', () => {
  assert.deepEqual(typesOf('When the owners of Dave\'s Market in Bingham announced they would retire, Host Scott Simon said so.'), [['Dave\'s Market', 'organization'], ['Bingham', 'place'], ['Scott Simon', 'person']]);
});

test('entities: a known name opening a sentence keeps its first word ("New York City Mayor …"); a provider in apposition and a company\'s officer make a body ("Dotmatics, a leading provider of …", "CEO of Dotmatics"); "FSE:" is an exchange', () => {
  assert.deepEqual(typesOf('New York City Mayor Zohran Mamdani praised the bill.'), [['New York City', 'place'], ['Zohran Mamdani', 'person']]);
  assert.deepEqual(typesOf('Siemens AG (FSE: SIE) will buy Dotmatics, a leading provider of scientific software. Thomas Swalla, CEO of Dotmatics, said so.'),
    [['Siemens AG', 'organization'], ['Dotmatics', 'organization'], ['Thomas Swalla', 'person'], ['Dotmatics', 'organization']]);
});

test('times: "this Thursday" is the day of the article\'s week, and "next Tuesday" said on a Tuesday is a week on', () => {
  assert.deepEqual(timesOf('2026-11-24', 'They met this Monday. Results come out this Thursday. They resume next Tuesday.'),
    [['this Monday', '2026-11-23'], ['this Thursday', '2026-11-26'], ['next Tuesday', '2026-12-01']]);
});

test('times: what closes, ends or expires on a weekday, told in the present, is to come ("Voting closes at midnight on Thursday")', () => {
  assert.deepEqual(timesOf('2026-11-24', 'Voting closes at midnight on Thursday. The offer expires Friday. The season ended on Sunday.'),
    [['midnight on Thursday', '2026-11-26'], ['Friday', '2026-11-27'], ['on Sunday', '2026-11-22']]);
});

test('times: a year after "mid-", "early-" or "late-" is that year ("starts in mid-2027"), not the end of a range ("2024-25")', () => {
  assert.deepEqual(timesOf('2026-11-24', 'Construction starts in mid-2027. The 2024-25 season ended.'), [['2027', '2027']]);
});

test('entities: a firm goes by its first word before words that only say it is a firm ("Elliott" for "Elliott Management")', () => {
  assert.deepEqual(mentionsOf('Pressure came from activist investor Elliott Management. Elliott, which has built a stake of about 5 per cent, declined to comment.'),
    [['Elliott Management', 'Elliott Management', 'organization'], ['Elliott', 'Elliott Management', 'organization']]);
});

test('entities: a surname after "Ms" or "Mr" is not the relative of the other sex whom the text named first', () => {
  const text = 'A car struck Jayden Walsh in Southport. His mother, Kerry Walsh, spoke outside court. "He was a beautiful boy," Ms Walsh said.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => written === 'Walsh').map(([, key]) => key), ['Kerry Walsh']);
  assert.deepEqual(quotesOf(text), [['He was a beautiful boy,', 'Kerry Walsh']]);
  // The one named first stays where the honorific fits them.
  const carter = 'Jimmy Carter has died. "He was a hero," said his son, Chip Carter. Mr Carter served one term.';
  assert.deepEqual(mentionsOf(carter).filter(([written]) => written === 'Carter').map(([, key]) => key), ['Jimmy Carter']);
});

test('quotes: a name after the cue and before a verb is what the speaker reports on, not the speaker ("The judge said Pearce showed …")', () => {
  assert.deepEqual(quotesOf('The judge said Pearce showed "callous disregard" for the boy. Justice Peter Applegarth sentenced him.'), [['callous disregard', 'Peter Applegarth']]);
  assert.deepEqual(quotesOf('"We will win," said Smith confidently.'), [['We will win,', 'Smith']]);
});

test('entities: an operating system\'s "OS" is a common noun\'s initialism, as "TV" is', () => {
  assert.deepEqual(typesOf('Nothing promises five years of OS updates, and the API is open.'), []);
});

test('entities: a relative named in full is a person whatever the last word ("Her husband, Robert Park,"); a compound in capitals opens a body\'s or a place\'s name ("Anti-Corruption Foundation")', () => {
  assert.deepEqual(typesOf('She is survived by a son. Her husband, Robert Park, died in 2011.'), [['Robert Park', 'person']]);
  assert.deepEqual(typesOf('Her surveys of the Mid-Atlantic Ridge were funded by the Anti-Corruption Foundation. Pro-Russian forces advanced.'), [
    ['Mid-Atlantic Ridge', 'place'], ['Anti-Corruption Foundation', 'organization'],
  ]);
});

test('times: "after two days" is a span from an event, not two days after the article\'s date', () => {
  assert.deepEqual(timesOf('2026-11-22', 'The RSF said its fighters had taken Bara after two days of clashes on Saturday.'), [['on Saturday', '2026-11-21']]);
});

test('entities: a title\'s possessive opens a place\'s name before a place\'s head ("Queen\'s Park"), as it does a body\'s ("Governor\'s Office")', () => {
  assert.deepEqual(typesOf('Paul Calandra told reporters at Queen\'s Park on Friday.'), [['Paul Calandra', 'person'], ['Queen\'s Park', 'place']]);
});

test('entities: a first name that is a word too is the word after "the" ("the Bill would"), not where it names a thing ("the Pearl handset")', () => {
  assert.deepEqual(typesOf('The Assembly passed a resolution against the Bill. He said the Bill would hand control to corporations.'), [['Assembly', 'organization']]);
  assert.deepEqual(typesOf('The company is adding new products, such as the Pearl handset, to battle Nokia.').map(([name]) => name), ['Pearl', 'Nokia']);
});

test('entities: a law\'s title is one name whatever its brackets hold ("Marine Fisheries (Regulation and Management) Bill, 2026")', () => {
  assert.deepEqual(typesOf('The Assembly urged Delhi to withdraw the Marine Fisheries (Regulation and Management) Bill, 2026. It amends the Representation of the People (Amendment) Act, 1950.'), [
    ['Assembly', 'organization'], ['Delhi', 'place'], ['Marine Fisheries (Regulation and Management) Bill, 2026', 'misc'], ['Representation of the People (Amendment) Act, 1950', 'misc'],
  ]);
});

test('times: a futures contract\'s month is to come ("Brent crude for January settlement dropped"), though the sentence is in the past', () => {
  assert.deepEqual(timesOf('2026-11-23', 'Brent crude for January settlement dropped 1.8%. In January, prices fell.'), [['January', '2027-01'], ['January', '2026-01']]);
});

test('entities: a capital "A" after a name is part of it ("Serie A"); "Special Adviser" is a title', () => {
  assert.deepEqual(typesOf('Castro has scored 11 goals in Serie A this season.').map(([name]) => name), ['Castro', 'Serie A']);
  assert.deepEqual(typesOf('The Special Adviser to the President, Bayo Onanuga, said the fund would be disbursed.'), [['Bayo Onanuga', 'person']]);
});

test('times: a month "ahead of" which something happens is to come ("ahead of the July federal election")', () => {
  assert.deepEqual(timesOf('2016-04-30', 'Wikinews spoke to Peter Walsh about his campaign ahead of the July federal election.'), [['July', '2016-07']]);
  assert.deepEqual(timesOf('2026-11-22', 'Castro has agreed personal terms with Arsenal ahead of a January move.'), [['January', '2027-01']]);
});

test('quotes: the role after an opening clause speaks, not the name in the clause ("Speaking on BBC Radio Manchester, the mayor said")', () => {
  const text = 'The mayor of Greater Manchester, Andy Burnham, has defended the response. Speaking on BBC Radio Manchester, the mayor said gritters had been out "all night". "Nobody should have to spend eight hours in their car," he said.';
  assert.deepEqual(quotesOf(text), [['all night', 'Andy Burnham'], ['Nobody should have to spend eight hours in their car,', 'Andy Burnham']]);
  assert.deepEqual(typesOf(text).find(([name]) => name === 'BBC Radio Manchester'), ['BBC Radio Manchester', 'organization']);
});

test('entities: a surname the text shows to be a person\'s ("Prescott said") outweighs a guess at the full name ("Dak Prescott threw")', () => {
  const text = 'Dak Prescott threw for 301 yards and two touchdowns for Dallas. "We had our chances," Prescott said.';
  assert.deepEqual(typesOf(text), [['Dak Prescott', 'person'], ['Dallas', 'place'], ['Prescott', 'person']]);
  assert.deepEqual(quotesOf(text), [['We had our chances,', 'Dak Prescott']]);
});

test('entities: a name set beside "a restaurant" or "a studio" is a business\'s', () => {
  assert.deepEqual(typesOf('Asma Khan runs Darjeeling Express, a restaurant in Covent Garden.'), [['Asma Khan', 'person'], ['Darjeeling Express', 'organization'], ['Covent Garden', 'place']]);
});

test('entities: a name of several words that no first name opens and that speaks of itself as "it" is a body\'s ("National Highways said it had")', () => {
  assert.deepEqual(typesOf('National Highways said it had 40 gritters out overnight.'), [['National Highways', 'organization']]);
});

test('entities: a name that "who" follows is a person\'s whatever its last word ("Linda Park, who lives"); "Construction" ends a firm\'s name, "Isles" a place\'s', () => {
  const text = 'The bid from Kessler Construction was the lowest. Resident Linda Park, who lives on Elm Street, spoke. "It\'s like living next to a highway," she said. It is the most northerly point of the British Isles.';
  assert.deepEqual(typesOf(text), [['Kessler Construction', 'organization'], ['Linda Park', 'person'], ['Elm Street', 'place'], ['British Isles', 'place']]);
  assert.deepEqual(quotesOf(text), [['It\'s like living next to a highway,', 'Linda Park']]);
});

test('quotes: "the forum", "the charity" said is the body the text named before', () => {
  assert.deepEqual(quotesOf('Families will meet on Monday, according to the Missing Families Forum.\n\nThe forum said in a statement that "time is running out."'), [['time is running out.', 'Missing Families Forum']]);
});

test('entities: an English name before a Cantonese given name stands for the whole ("John Lee" for "John Lee Ka-chiu")', () => {
  const text = 'Hong Kong leader John Lee vows to act. Chief Executive John Lee Ka-chiu said flats would be built. "We owe it to the families," Lee said.';
  assert.deepEqual(mentionsOf(text).filter(([, , type]) => type === 'person').map(([written, key]) => [written, key]), [
    ['John Lee', 'John Lee Ka-chiu'], ['John Lee Ka-chiu', 'John Lee Ka-chiu'], ['Lee', 'John Lee Ka-chiu'],
  ]);
});

test('entities: a journal a study was "published today in" is a body, not a place', () => {
  assert.deepEqual(typesOf('The test works, according to a study published today in Nature Medicine.'), [['Nature Medicine', 'organization']]);
});

test('entities: an unknown adjective before a title qualifies it ("Maronite Patriarch"); a station takes its number ("BBC Radio 1"); a place after "of" is no battle\'s short name', () => {
  assert.deepEqual(typesOf('He was greeted by President Joseph Aoun and Maronite Patriarch Bechara Boutros al-Rahi. Kumamoto Governor Ikuo Kabashima spoke.').map(([name]) => name), [
    'Joseph Aoun', 'Bechara Boutros al-Rahi', 'Kumamoto', 'Ikuo Kabashima',
  ]);
  assert.deepEqual(typesOf('Emily Eavis announced the headliners on BBC Radio 1 on Friday.'), [['Emily Eavis', 'person'], ['BBC Radio 1', 'organization']]);
  assert.deepEqual(mentionsOf('They remembered the Battle of Arnhem. Paratroopers landed near Arnhem.').filter(([written, , , nested]) => written === 'Arnhem' && !nested).map(([, key, type]) => [key, type]), [['Arnhem', 'place']]);
});

test('entities: a member\'s seat is a place ("the MP for York Central"); a month\'s abbreviation by a particle is a name\'s word ("Viña del Mar")', () => {
  assert.deepEqual(typesOf('Rachael Maskell, the MP for York Central, spoke.'), [['Rachael Maskell', 'person'], ['York Central', 'place']]);
  assert.deepEqual(typesOf('She lives in the hills above Viña del Mar.').map(([name]) => name), ['Viña del Mar']);
});

test('entities: Portuguese "do" joins a first name to the rest ("Maria do Socorro Silva"); "Indigenous" is a people\'s word, no name', () => {
  assert.deepEqual(typesOf('Maria do Socorro Silva, an Indigenous land defender, was shot. What do Americans think?'), [['Maria do Socorro Silva', 'person']]);
});

test('entities: a house with a name is a place ("State House"), the body in it where it speaks', () => {
  assert.deepEqual(typesOf('Ruto spoke in a televised address from State House in Nairobi. Penguin Random House said it would appeal.'), [
    ['Ruto', 'organization'], ['State House', 'place'], ['Nairobi', 'place'], ['Penguin Random House', 'organization'],
  ]);
});

test('entities: a title after a body\'s letters or a place is a role ("WHO Director-General"); what someone named in full is "of" is a body, or a hometown by their age; "ET" is a time zone', () => {
  assert.deepEqual(typesOf('"We won," said Tedros Adhanom Ghebreyesus, WHO Director-General. Mark Rutte, NATO Secretary General, agreed at 5:03 p.m. ET. The Texas Governor spoke.'), [
    ['Tedros Adhanom Ghebreyesus', 'person'], ['WHO', 'organization'], ['Mark Rutte', 'person'], ['NATO', 'organization'], ['Texas', 'place'],
  ]);
  assert.deepEqual(typesOf('Oscar Piastri was third, ahead of Charles Leclerc of Ferrari. The crash killed 67-year-old Dale Hensley of Fletcher.'), [
    ['Oscar Piastri', 'person'], ['Charles Leclerc', 'person'], ['Ferrari', 'organization'], ['Dale Hensley', 'person'], ['Fletcher', 'place'],
  ]);
});

test('quotes: a pilot radios and a witness testifies; a role set off before an aged name is that person\'s ("the pilot, 67-year-old Dale Hensley")', () => {
  assert.deepEqual(quotesOf('The plane crashed, killing the pilot, 67-year-old Dale Hensley. "I have got a rough running engine," the pilot radioed. "It was hard," Ann Smith testified on Monday.'), [
    ['I have got a rough running engine,', 'Dale Hensley'], ['It was hard,', 'Ann Smith'],
  ]);
});

test('quotes: a country that is a cue\'s subject speaks, past an aside ("Saudi Arabia, speaking for the Arab Group, said")', () => {
  assert.deepEqual(quotesOf('Saudi Arabia, speaking for the Arab Group, said the text "must respect national circumstances". China said: "We oppose it."'), [
    ['must respect national circumstances', 'Saudi Arabia'], ['We oppose it.', 'China'],
  ]);
});

test('quotes: a group by its plural as the cue\'s subject ("officials said", "Police said") names no one, and the one quoted before does not speak for it', () => {
  assert.deepEqual(quotesOf('John Smith said: "We oppose it." In Paris, officials said "no". Police said the man was "dangerous". "We lost," Smith said. "It was hard," added the coach.'), [
    ['We oppose it.', 'John Smith'], ['no', null], ['dangerous', null], ['We lost,', 'John Smith'], ['It was hard,', 'John Smith'],
  ]);
});

test('entities: an era named after its leader is a person\'s ("the Biden-era Justice Department"); a firm\'s plural head ("Farside Investors", "Yum Brands") is no surname', () => {
  assert.deepEqual(typesOf('The Biden-era Justice Department sued. A Mao-era famine. Data were tracked by Farside Investors and Yum Brands. Joan Rivers joked.'), [
    ['Biden', 'person'], ['Justice Department', 'organization'], ['Mao', 'person'], ['Farside Investors', 'organization'], ['Yum Brands', 'organization'], ['Joan Rivers', 'person'],
  ]);
});

test('entities: two fields share a law\'s head ("Rivers and Harbors Act", "Clean Air and Water Act")', () => {
  assert.deepEqual(typesOf('The Rivers and Harbors Act applies, and the Clean Air and Water Act passed.'), [['Rivers and Harbors Act', 'misc'], ['Clean Air and Water Act', 'misc']]);
});

test('entities: letters and a number are a code or a numbered meeting, no place ("Cop32", "A380"); "G7" is a group', () => {
  assert.deepEqual(typesOf('Australia will host Cop32 preparatory talks. The firm delivered an A380. Leaders of the G7 met.'), [['Australia', 'place'], ['Cop32', 'misc'], ['A380', 'misc'], ['G7', 'organization']]);
});

test('entities: the last of places one is "in" is a place, though a given name too ("in Cagayan and Isabela"), unless it acts ("in Texas and Maria moved")', () => {
  assert.deepEqual(typesOf('Communities in Cagayan and Isabela began clearing debris. He lived in Texas and Maria moved.'), [['Cagayan', 'place'], ['Isabela', 'place'], ['Texas', 'place'], ['Maria', 'person']]);
});

test('entities: a site by its address is its publisher ("Rappler.com")', () => {
  assert.deepEqual(typesOf('The story ran on Rappler.com today.'), [['Rappler.com', 'organization']]);
});

test('entities: a quote in another language opens with a capital that names no one ("“Walang maiiwan …,” Marcos said")', () => {
  assert.deepEqual(typesOf('"Walang maiiwan (No one will be left behind)," Marcos said. "Kyiv residents fled," she said.'), [['Marcos', 'person'], ['Kyiv', 'place']]);
});

test('entities: an unknown name ending as surnames do is someone\'s when it acts ("Zelensky tweeted"), not a body\'s ("Roscosmos launched")', () => {
  assert.deepEqual(typesOf('"Zelensky tweeted it," he said. Roscosmos launched.'), [['Zelensky', 'person'], ['Roscosmos', 'organization']]);
});

test('entities: a body\'s letters written as a word are the letters where the text gives them in capitals too ("Cop31" and "COP31", "Nasa" and "NASA")', () => {
  assert.deepEqual(mentionsOf('Leaders met at COP31 in Antalya. The Cop31 climate summit ran late. Nasa and NASA agreed.').filter((mention) => !mention[3]), [
    ['COP31', 'COP31', 'misc'], ['Antalya', 'Antalya', 'place'], ['Cop31', 'COP31', 'misc'], ['Nasa', 'NASA', 'organization'], ['NASA', 'NASA', 'organization'],
  ]);
});

test('entities: an appeals court by its ordinal is a body ("the 5th Circuit")', () => {
  assert.deepEqual(typesOf('It returns to the U.S. Court of Appeals for the 5th Circuit.'), [['U.S. Court of Appeals', 'organization'], ['5th Circuit', 'organization']]);
});

test('entities: a dateline\'s place in capitals may have a hyphen ("DEIR AL-BALAH"); a centre a doctor works at is a body; "Philanthropies" heads one', () => {
  assert.deepEqual(mentionsOf('DEIR AL-BALAH, Gaza Strip (AP) — Strikes killed 12 in Deir al-Balah. Milton Packer, a cardiologist at Baylor University Medical Center in Dallas, spoke of a grant from Bloomberg Philanthropies.').filter((mention) => !mention[3]), [
    ['DEIR AL-BALAH', 'Deir al-Balah', 'place'], ['Gaza Strip', 'Gaza Strip', 'place'], ['AP', 'AP', 'organization'], ['Deir al-Balah', 'Deir al-Balah', 'place'],
    ['Milton Packer', 'Milton Packer', 'person'], ['Baylor University Medical Center', 'Baylor University Medical Center', 'organization'], ['Dallas', 'Dallas', 'place'],
    ['Bloomberg Philanthropies', 'Bloomberg Philanthropies', 'organization'],
  ]);
});

test('quotes: right after a quote, the one who asks follows the cue ("“What did they cross?” asked their uncle, Mahmoud Abu Shamala"); "a resident asked Reuters" still names no one', () => {
  assert.deepEqual(quotesOf('Three children died. "What did they cross?" asked their uncle, Mahmoud Abu Shamala. "Why?" asked Jane Doe. "Is it safe?" a resident asked Reuters.'), [
    ['What did they cross?', 'Mahmoud Abu Shamala'], ['Why?', 'Jane Doe'], ['Is it safe?', null],
  ]);
});

test('entities: a surname the text shows to be a company ("Lilly shares rose", "funded by Lilly") votes for a company against the full name\'s look ("Eli Lilly")', () => {
  assert.deepEqual(mentionsOf('An injection from Eli Lilly cut deaths. The trial was funded by Lilly. Lilly shares rose 3%.').map(([written, key, type]) => [written, key, type]), [
    ['Eli Lilly', 'Eli Lilly', 'organization'], ['Lilly', 'Eli Lilly', 'organization'], ['Lilly', 'Eli Lilly', 'organization'],
  ]);
  assert.deepEqual(typesOf('Henry Ford built cars. Ford said he was proud. He bought shares in Ford.'), [['Henry Ford', 'person'], ['Ford', 'person'], ['Ford', 'person']]);
});

test('entities: a rank\'s word between a title and a first name is the title\'s ("Det Con Amy Richardson"); "Its" opening a sentence is no name\'s', () => {
  assert.deepEqual(typesOf('Det Con Amy Richardson spoke. Its Super Heavy booster returned to the tower.'), [['Amy Richardson', 'person'], ['Super Heavy', 'misc']]);
});

test('times: a speaker\'s "I\'ll" and "are going to" put a date without a year in the future', () => {
  assert.deepEqual(timesOf('2026-11-21', '"I\'ll be going to China in April," Trump said. "We are going to win in March," he said. "We won in March," he said.').map(([text, value]) => [text, value]), [['April', '2027-04'], ['March', '2027-03'], ['March', '2026-03']]);
});

test('entities: an event\'s head goes on after "of" ("Africa Cup of Nations", "Tour of Britain") and makes an event of it', () => {
  assert.deepEqual(typesOf('Morocco won the Africa Cup of Nations. He rode in the Tour of Britain.'), [['Morocco', 'place'], ['Africa Cup of Nations', 'misc'], ['Tour of Britain', 'misc']]);
});

test('entities: a building named after a titled person keeps the title ("Prince Moulay Abdellah Stadium", "Queen Elizabeth Hospital")', () => {
  assert.deepEqual(typesOf('Fans filled the Prince Moulay Abdellah Stadium in Rabat. She was taken to Queen Elizabeth Hospital. King Charles visited.'), [
    ['Prince Moulay Abdellah Stadium', 'place'], ['Rabat', 'place'], ['Queen Elizabeth Hospital', 'organization'], ['Charles', 'person'],
  ]);
});

test('entities: a family name that opens a full name with no Western given name stands for it alone ("Xi" for "Xi Jinping"), though an English word too', () => {
  assert.deepEqual(mentionsOf('Donald Trump met Chinese leader Xi Jinping in Busan. Talks between Trump and Xi went well.').map(([written, key, type]) => [written, key, type]), [
    ['Donald Trump', 'Donald Trump', 'person'], ['Xi Jinping', 'Xi Jinping', 'person'], ['Busan', 'Busan', 'place'], ['Trump', 'Donald Trump', 'person'], ['Xi', 'Xi Jinping', 'person'],
  ]);
});

test('quotes: a title in quote marks bounds no window of words before a quote ("told CNN\'s “State of the Union” … that the deal was “a floor, not a ceiling.”")', () => {
  assert.deepEqual(quotesOf('Treasury Secretary Scott Bessent told CNN\'s "State of the Union" last month that the deal was "a floor, not a ceiling." Smith told the "Today" programme it was "a disgrace".'), [
    ['a floor, not a ceiling.', 'Scott Bessent'], ['a disgrace', 'Smith'],
  ]);
});

test('entities: a family name that is an English word opens a name before a hyphenated given name ("Park Chan-wook")', () => {
  assert.deepEqual(typesOf('Park Chan-wook directed it. Well-known actors came.'), [['Park Chan-wook', 'person']]);
});

test('entities: a title-like word before a body\'s name with its head further on is the body\'s ("State Grid Corporation of China"); a portfolio\'s last word before someone named in full is the title\'s ("Minister of Mines and Energy Alexandre Silveira")', () => {
  assert.deepEqual(mentionsOf('Officials from State Grid Corporation of China met. China agreed. Ding met Brazilian Minister of Mines and Energy Alexandre Silveira. Silveira said so.').filter((mention) => !mention[3]).map(([written, key, type]) => [written, key, type]), [
    ['State Grid Corporation of China', 'State Grid Corporation of China', 'organization'], ['China', 'China', 'place'], ['Alexandre Silveira', 'Alexandre Silveira', 'person'], ['Silveira', 'Alexandre Silveira', 'person'],
  ]);
});

test('entities: a country\'s one-word name is a place, though a given name too ("Jordan\'s King Abdullah"), unless it names someone the text names in full', () => {
  assert.deepEqual(typesOf('The king of Jordan spoke. Later, Jordan\'s King Abdullah agreed. Chad Johnson scored, and Chad said it was fun.'), [
    ['Jordan', 'place'], ['Jordan', 'place'], ['Abdullah', 'person'], ['Chad Johnson', 'person'], ['Chad', 'person'],
  ]);
});

test('entities: a vice president or a general counsel after a name is a body\'s officer ("Zorbex vice president Kevin Keith")', () => {
  assert.deepEqual(typesOf('The deal was announced by Zorbex vice president Kevin Keith and Kalmora general counsel Ann Lee.'), [['Zorbex', 'organization'], ['Kevin Keith', 'person'], ['Kalmora', 'organization'], ['Ann Lee', 'person']]);
});

test('entities: a name within quote marks that hold only a title is a work\'s ("The Kingdom: Exodus", "Night Flower"), not a known place\'s nor a name given as a name; a drama in apposition is a work', () => {
  const types = typesOf('Adolescence, the Netflix drama, won. Denmark\'s "The Kingdom: Exodus" took the award. Yu Aoi won for "Night Flower." She said "Germany" twice. A cosplayer going by the name "The Katherinator" came. He sold "Scarne on Card Tricks".');
  assert.deepEqual(types.filter(([written]) => written !== 'Katherinator' && written !== 'Scarne'), [
    ['Adolescence', 'misc'], ['Netflix', 'organization'], ['Denmark', 'place'], ['The Kingdom: Exodus', 'misc'], ['Yu Aoi', 'person'], ['Night Flower', 'misc'], ['Germany', 'place'], ['Card Tricks', 'misc'],
  ]);
  // A nickname, and a title's author, are no works.
  assert.ok(types.filter(([written]) => written === 'Katherinator' || written === 'Scarne').every(([, type]) => type !== 'misc'));
});

test('entities: those who live in a place of two words are a people ("New Zealanders"); a given name alone among places is a place ("south Wales, Devon and Cornwall")', () => {
  assert.deepEqual(typesOf('"New Zealanders can see it," he said. The warnings cover much of south Wales, Devon and Cornwall.'), [['Wales', 'place'], ['Devon', 'place'], ['Cornwall', 'place']]);
});

test('entities: a title that is the surname of someone named in full is theirs where no name follows it ("Travis Head" … "Head, dropped on 14, raced"); a bowler\'s figures are no version ("Mark Wood 1 for 70")', () => {
  assert.deepEqual(quotesOf('Travis Head struck 128. Head, dropped on 14 by Harry Brook, raced to his hundred. "It was one of those days," he said.'), [['It was one of those days,', 'Travis Head']]);
  assert.deepEqual(typesOf('Jofra Archer took 2 for 61 and Mark Wood 1 for 70. The Head of Science spoke.'), [['Jofra Archer', 'person'], ['Mark Wood', 'person']]);
});

test('entities: a shorter name after ", or" that ends its clause is the body\'s ("the California Department of Forestry and Fire Protection, or Cal Fire"), not a second body ("the Labour Party, or the Greens")', () => {
  assert.deepEqual(mentionsOf('It was 0% contained, according to the California Department of Forestry and Fire Protection, or Cal Fire. Voters chose the Labour Party, or the Greens.').filter((mention) => !mention[3]).map(([written, key]) => [written, key]), [
    ['California Department of Forestry and Fire Protection', 'California Department of Forestry and Fire Protection'], ['Cal Fire', 'California Department of Forestry and Fire Protection'],
    ['Labour Party', 'Labour Party'], ['Greens', 'Greens'],
  ]);
});

test('quotes: "according to" and a colon open the writer\'s account of a source, not its words', () => {
  const text = [
    'Prosecutors charged Dana Holt in March.',
    'According to the indictment, court filings, and statements made in court:',
    'From 2019 through 2024, Holt moved funds from client accounts into accounts he controlled.',
    'Meridian Bank denied the allegations:',
    'We were never told of any transfers.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['We were never told of any transfers.', 'Meridian Bank']]);
});

test('quotes: a person "of the ruling" party speaks, not the party', () => {
  const text = 'His closest rival, Nicholas Ukachukwu of the ruling All Progressives Congress, has called the vote "a sham" and said his party would go to court.';
  assert.deepEqual(quotesOf(text), [['a sham', 'Nicholas Ukachukwu']]);
});

test('entities: runs that an acronym after ", or" spells out with its connectors are one name ("Indigenous People of Biafra, or IPOB")', () => {
  const text = 'Anambra has been hit by attacks blamed on gunmen linked to the outlawed Indigenous People of Biafra, or IPOB. The group denies it.';
  assert.deepEqual(mentionsOf(text).map(([written, key]) => [written, key]), [['Anambra', 'Anambra'], ['Indigenous People of Biafra', 'Indigenous People of Biafra'], ['IPOB', 'Indigenous People of Biafra']]);
});

test('entities: a full name in capitals, as a press release writes a defendant\'s, is the person its usual case names', () => {
  const text = 'Prosecutors said DANIEL R. HOLLOWAY, a former bank executive, was sentenced today. HOLLOWAY pled guilty in June. "Daniel Holloway abused the trust of elderly clients," the prosecutor said.';
  assert.deepEqual(mentionsOf(text).map(([written, key]) => [written, key]), [['DANIEL R. HOLLOWAY', 'Daniel R. Holloway'], ['HOLLOWAY', 'Daniel R. Holloway'], ['Daniel Holloway', 'Daniel R. Holloway']]);
});

test('entities: a body\'s noun before a person\'s in an apposition heads nothing ("a former bank executive")', () => {
  assert.deepEqual(typesOf('Prosecutors said VANCE OKORO, a former bank executive, was sentenced today.'), [['VANCE OKORO', 'person']]);
});

test('entities: a city\'s team by its plural nickname is a body ("Las Vegas Raiders", not "Santa Cruz Mountains"), and goes by its nickname where the text names its city a place ("Bills")', () => {
  assert.deepEqual(typesOf('They face the Las Vegas Raiders after hikes in the Santa Cruz Mountains and New South Wales.'), [['Las Vegas Raiders', 'organization'], ['Santa Cruz Mountains', 'place'], ['New South Wales', 'place']]);
  const text = 'Kansas City beat the Buffalo Bills 27-24. Josh Allen threw for Buffalo. The Bills\' only possession of overtime ended in a sack.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => written === 'Bills').map(([, key]) => key), ['Buffalo Bills']);
});

test('entities: a bill is a thing, "Bill" after common words being no first name ("Online Safety Bill"); a law\'s bracket may list its parts and an amendment follow it', () => {
  assert.deepEqual(typesOf('Lawmakers passed the Online Safety Bill and the Development (Town Planning, Lands and Works) Amendment Bill on Sunday.'), [
    ['Online Safety Bill', 'misc'], ['Development (Town Planning, Lands and Works) Amendment Bill', 'misc'],
  ]);
});

test('entities: a title in the plural after a country, with a rank before it, is a role and no name ("Assistant U.S. Attorneys")', () => {
  assert.deepEqual(typesOf('Assistant U.S. Attorneys Emily Deininger and Thomas Burnett are in charge. Two EU Commissioners objected.'), [
    ['U.S.', 'place'], ['Emily Deininger', 'person'], ['Thomas Burnett', 'person'], ['EU', 'organization'],
  ]);
});

test('times: a weekday just after a past speech verb is the day it was said, whatever was said of the future', () => {
  assert.deepEqual(timesOf('2026-11-24', 'Toyota will invest ¥1 trillion over the next five years, the automaker said Monday. The plant will open on Monday, the company said.'), [['Monday', '2026-11-23'], ['on Monday', '2026-11-30']]);
});

test('times: "in five years" after a count of times is a span up to now, not a date to come', () => {
  assert.deepEqual(timesOf('2026-11-24', 'Homes were flooded three times in five years. It was the first time in three years. The plant opens in five years.'), [['in five years', '2031']]);
});

test('entities: a possessive ends a name with a particle in it, however common its words ("Marine Le Pen\'s National Rally")', () => {
  assert.deepEqual(typesOf("The motion from Marine Le Pen's National Rally won 144 votes."), [['Marine Le Pen', 'person'], ['National Rally', 'organization']]);
});

test('entities: a company goes by its first word before a maker\'s words and its legal form ("Toyota" for "Toyota Motor Corp.")', () => {
  const text = 'Toyota Motor Corp. will invest more, the automaker said. Shares of Toyota rose, and Samsung Electronics fell. Samsung said nothing.';
  assert.deepEqual(mentionsOf(text).map(([written, key]) => [written, key]), [['Toyota Motor Corp', 'Toyota Motor Corp'], ['Toyota', 'Toyota Motor Corp'], ['Samsung Electronics', 'Samsung Electronics'], ['Samsung', 'Samsung Electronics']]);
});

test('entities: a body\'s head in French, Spanish or Italian opens its name ("Assemblée Nationale", "Senado Federal")', () => {
  assert.deepEqual(typesOf('Sébastien Lecornu survived two motions in the Assemblée Nationale, and the Senado Federal voted.'), [['Sébastien Lecornu', 'person'], ['Assemblée Nationale', 'organization'], ['Senado Federal', 'organization']]);
});

test('entities: a dateline block names nobody, its scrape glued into words ("ESTUpdated") none', () => {
  const text = 'Stocks rally as Fed hopes revive\nNovember 24, 20264:32 PM ESTUpdated 2 hours ago\nNEW YORK (Reuters) - Wall Street closed higher on Monday, and Nvidia rose.';
  assert.deepEqual(typesOf(text), [['NEW YORK', 'place'], ['Reuters', 'organization'], ['Wall Street', 'place'], ['Nvidia', 'organization']]);
});

test('entities: a company that moves may open a clause after ", while"', () => {
  assert.deepEqual(typesOf('Shares of chipmakers jumped 5.3%, recovering some losses, while Alphabet rose 6.1% after reports.'), [['Alphabet', 'organization']]);
});

test('quotes: an interview\'s answers are the words of the one person the text names before its questions', () => {
  const text = [
    'In an interview ahead of the summit, Simon Stiell said new plans fall short.',
    'Q: How far off track are we?',
    'A: Very far. Science tells us we need 60%.',
    'Q: Is the Paris Agreement still working?',
    'A: Yes. That is progress, but it is not enough.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['Very far. Science tells us we need 60%.', 'Simon Stiell'], ['Yes. That is progress, but it is not enough.', 'Simon Stiell']]);
});

test('entities: who surveyed or compiled something is a body, unless a person\'s name says otherwise ("economists surveyed by Bloomberg")', () => {
  assert.deepEqual(typesOf('Economists surveyed by Bloomberg expect no change. Data compiled by Sarah Jones showed a rise.'), [['Bloomberg', 'organization'], ['Sarah Jones', 'person']]);
});

test('times: a count after a month is no time of day ("since June after eight cuts"); irregular past tenses the lexicon takes for nouns put a month in the past ("prices rose in May")', () => {
  assert.deepEqual(timesOf('2026-11-24', 'The bank has held rates since June after eight quarter-point cuts. Prices rose in May, and Labour lost in April. Officials sought talks in March.'), [['June', '2026-06'], ['May', '2026-05'], ['April', '2026-04'], ['March', '2026-03']]);
});

test('entities: a family name written first stands alone for its titled full name, a word though it is ("Foreign Minister Wang Yi" … "Wang said")', () => {
  const text = 'Foreign Minister Wang Yi held talks with Mauro Vieira in Beijing. Wang said China is ready to "align development strategies".';
  assert.deepEqual(mentionsOf(text).filter(([written]) => written === 'Wang').map(([, key]) => key), ['Wang Yi']);
  assert.deepEqual(quotesOf(text), [['align development strategies', 'Wang Yi']]);
});

test('entities: a firm goes by its first word before a business\'s word ("Northwind" for "Northwind Robotics")', () => {
  const text = 'Northwind Robotics raised $120 million. Alfred Lin will join the board of Northwind, which has built the most reliable fleet.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => written === 'Northwind').map(([, key]) => key), ['Northwind Robotics']);
});

test('quotes: a team\'s line-up after its name is no one\'s words', () => {
  const text = [
    '"The boys were outstanding," Arsenal manager Mikel Arteta told BBC Sport.',
    'Arsenal: Raya, White, Saliba, Gabriel, Calafiori, Rice, Odegaard, Saka.',
    'Chelsea: Sanchez, James, Colwill, Fofana, Cucurella, Caicedo, Palmer.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['The boys were outstanding,', 'Mikel Arteta']]);
});

test('entities: a given name after a family name keeps a hyphen\'s short tail ("Moon Jae-in"), which after a noun is a particle ("runners-up")', () => {
  const text = 'Former President Moon Jae-in met the runners-up. Moon said little.';
  assert.deepEqual(mentionsOf(text).map(([written, key]) => [written, key]), [['Moon Jae-in', 'Moon Jae-in'], ['Moon', 'Moon Jae-in']]);
});

test('times: a participle before "by" or "with" puts no sentence in the past ("data compiled by LSEG", "compared with"); "were raised by" still does', () => {
  assert.deepEqual(timesOf('2026-11-19', 'The company expects revenue of $65 billion for the quarter ending in January, compared with an estimate of $61.7 billion, according to data compiled by LSEG. Prices were raised by the firm in March.'), [['January', '2027-01'], ['March', '2026-03']]);
});

test('entities: a libertarian before a first name is a party\'s member, no part of the name', () => {
  assert.deepEqual(typesOf('Libertarian Johannes Kaiser came third with 14%.'), [['Johannes Kaiser', 'person']]);
});

test('times: "on the 12th" is that day of the article\'s month, or of the month before when it is still to come and nothing says it will be; no floor is a day', () => {
  assert.deepEqual(timesOf('2026-11-24', 'It happened on the 12th. The vote will be held on the 28th. It was agreed on the 30th. He lives on the 12th floor.'), [
    ['on the 12th', '2026-11-12'], ['on the 28th', '2026-11-28'], ['on the 30th', '2026-10-30'],
  ]);
});

test('quotes: after the cue, a person whose title a body\'s name qualifies speaks, not the body ("said NASA Administrator Bill Nelson")', () => {
  const text = '"Early detection is key," said WHO Director-General Dr Tedros Adhanom Ghebreyesus. "It matters," said NASA Administrator Bill Nelson.';
  assert.deepEqual(quotesOf(text), [['Early detection is key,', 'Tedros Adhanom Ghebreyesus'], ['It matters,', 'Bill Nelson']]);
});

test('entities: who something is sold or given to is a body, no place ("sell its unit to Froneri"); so is a joint venture or a subsidiary in apposition', () => {
  assert.deepEqual(typesOf('Unilever agreed to sell its ice cream unit to Froneri for $18 billion. Analysts met Kestrel, a joint venture of two firms. They sold arms to Ukraine.'), [
    ['Unilever', 'organization'], ['Froneri', 'organization'], ['Kestrel', 'organization'], ['Ukraine', 'place'],
  ]);
});

test('entities: a business named for two first names takes the possessive ("Ben & Jerry\'s"); two people joined by "&" stay two', () => {
  assert.deepEqual(typesOf("Unilever owns Ben & Jerry's. Ben & Jerry met in 1963."), [['Unilever', 'organization'], ['Ben & Jerry', 'organization'], ['Ben', 'person'], ['Jerry', 'person']]);
});

test('entities: "Türkiye" and "Turkiye" are Turkey; "Catalan" and "Flemish" are peoples\' adjectives, no names', () => {
  assert.deepEqual(mentionsOf('Talks were mediated by Qatar and Turkiye. Junts, the Catalan separatist party, and the Flemish nationalists voted against. Türkiye agreed.').map(([written, key, type]) => [written, key, type]), [
    ['Qatar', 'Qatar', 'place'], ['Turkiye', 'Turkey', 'place'], ['Junts', 'Junts', 'organization'], ['Türkiye', 'Turkey', 'place'],
  ]);
});

test('times: an event called or set for a date is to come, whatever the tense of the calling ("called a snap election for February 22")', () => {
  assert.deepEqual(timesOf('2026-11-24', 'Sánchez on Monday called a snap general election for February 22, after Congress rejected the budget.'), [['on Monday', '2026-11-23'], ['February 22', '2027-02-22']]);
});

test('entities: Italian particles join a name ("Fondamenta dei Vetrai"), and a square or a street opening a name in its language makes a place', () => {
  assert.deepEqual(typesOf('In a workshop on the Fondamenta dei Vetrai, he works. Tourists crowd the Piazza dei Miracoli in Pisa.'), [
    ['Fondamenta dei Vetrai', 'place'], ['Piazza dei Miracoli', 'place'], ['Pisa', 'place'],
  ]);
});

test('quotes: a relative of the one spoken of, named after "his son", is not the "he" who speaks next', () => {
  const text = [
    'Lucio Bubacco, 69, has worked glass since he was 14. His son, Marco, is a lawyer in Milan.',
    '"When I started, there were 6,000 of us on the island," he said.',
  ].join('\n\n');
  assert.deepEqual(quotesOf(text), [['When I started, there were 6,000 of us on the island,', 'Lucio Bubacco']]);
});

test('times: what "is expected" by a date is to come', () => {
  assert.deepEqual(timesOf('2026-11-24', 'The justices will hear arguments in January. A ruling is expected by the end of June.'), [['January', '2027-01'], ['end of June', '2027-06-30']]);
});

test('entities: a centre that reports or warns is a body ("the National Snow and Ice Data Center reported")', () => {
  assert.deepEqual(typesOf('Sea ice shrank to a record low, the U.S. National Snow and Ice Data Center reported Tuesday.'), [['U.S. National Snow and Ice Data Center', 'organization']]);
});

test('entities: letters with a small connector among them are the acronym of the name they spell ("BoE" for "Bank of England")', () => {
  const text = 'BoE holds rates. The Bank of England held interest rates at 4 per cent on Thursday.';
  assert.deepEqual(mentionsOf(text).filter(([, , , nested]) => !nested).map(([written, key]) => [written, key]), [['BoE', 'Bank of England'], ['Bank of England', 'Bank of England']]);
});

test('entities: the people of a place by "-(i)an" are no name ("Floridians", "Kenyan"), and a team so named keeps its city ("Houston Texans")', () => {
  assert.deepEqual(typesOf('"Floridians deserved better," Rick Scott said. The Houston Texans won, and Kenyan runners too.'), [['Rick Scott', 'person'], ['Houston Texans', 'organization']]);
});

test('entities: a grand prix shortened to "GP" is an event, whatever place opens it ("Las Vegas GP")', () => {
  assert.deepEqual(typesOf('Lando Norris won the Las Vegas GP to close the gap.'), [['Lando Norris', 'person'], ['Las Vegas GP', 'misc']]);
});

test('quotes: two words or more after "called the plan" are the speaker\'s, one word names a thing', () => {
  assert.deepEqual(quotesOf('NDP Leader Marit Stiles called the plan "a costly distraction" from renewables. Her deputy called the plan "bold".'), [['a costly distraction', 'Marit Stiles']]);
});

test('entities: common words before a point of the compass name a region ("the Middle East", "the Deep South"), and the lexicon\'s gaps among regions are places ("the Balkans")', () => {
  assert.deepEqual(typesOf('Batteries were used in Ukraine and the Middle East. He toured the Deep South. Prices rose in the Balkans and the Arctic.'), [['Ukraine', 'place'], ['Middle East', 'place'], ['Deep South', 'place'], ['Balkans', 'place'], ['Arctic', 'place']]);
});

test('entities: a known place\'s letters are the place ("T.N." of "Tamil Nadu"), and festivals the lexicon lacked are none ("ahead of Pongal")', () => {
  assert.deepEqual(mentionsOf('T.N. govt. to set up shops\n\nThe Tamil Nadu government will stock rice ahead of Pongal.'), [['T.N.', 'Tamil Nadu', 'place'], ['Tamil Nadu', 'Tamil Nadu', 'place'], ['Pongal', 'Pongal', 'misc']]);
});

test('entities: two fields share a facility\'s head ("the Launch and Landing Facility"), and a body\'s field after "of" may end in "Services" ("Department of Health and Human Services")', () => {
  assert.deepEqual(typesOf('The crew will arrive at the Launch and Landing Facility on Monday. He heads the Department of Health and Human Services.'), [['Launch and Landing Facility', 'place'], ['Department of Health and Human Services', 'organization']]);
});

test('entities: a two-word name the text calls by its first word alone, no first name, is a firm\'s ("Lockheed" for "Lockheed Martin", "Goldman" for "Goldman Sachs"), and opens a sentence as a name ("Lockheed said")', () => {
  assert.deepEqual(mentionsOf('The Army awarded Lockheed Martin a contract. Lockheed said production would rise in Arkansas. Goldman Sachs cut its forecast. Goldman expects two rate cuts.').filter(([, , , nested]) => nested === undefined), [['Army', 'Army', 'organization'], ['Lockheed Martin', 'Lockheed Martin', 'organization'], ['Lockheed', 'Lockheed Martin', 'organization'], ['Arkansas', 'Arkansas', 'place'], ['Goldman Sachs', 'Goldman Sachs', 'organization'], ['Goldman', 'Goldman Sachs', 'organization']]);
  assert.deepEqual(typesOf('Anjali Sharma runs a tea stall in Pune. Business has been slow, Anjali says.'), [['Anjali Sharma', 'person'], ['Pune', 'place'], ['Anjali', 'person']]);
});

test('entities: one told something is a publication or a body, though its name is a word ("told Variety"); what is built or supplied by a name is a body\'s ("built by Raytheon")', () => {
  assert.deepEqual(typesOf('Cynthia Erivo told Variety at the premiere that the cast gave everything. The radars are built by Raytheon.'), [['Cynthia Erivo', 'person'], ['Variety', 'organization'], ['Raytheon', 'organization']]);
  assert.deepEqual(typesOf('Rachel Reeves told MPs that the budget was fair.'), [['Rachel Reeves', 'person']]);
});

test('entities: "General" before an adjective, a plural or a word no dictionary lists opens a firm\'s name, not a rank ("General Electric", "General Mills"); before a name it is a rank ("General Lee")', () => {
  assert.deepEqual(typesOf('Investors include General Catalyst. Shares of General Electric and General Mills rose. General Lee surrendered. General Wood spoke.'), [['General Catalyst', 'organization'], ['General Electric', 'organization'], ['General Mills', 'organization'], ['Lee', 'person'], ['Wood', 'person']]);
});

test('entities: an ombudsman is a title ("Ombudsman Iris Marín said"), and a body\'s other name in brackets is a body\'s, though it looks like someone\'s ("Ombudsman\'s Office (Defensoría del Pueblo)")', () => {
  assert.deepEqual(mentionsOf('The Ombudsman\'s Office (Defensoría del Pueblo) demanded an inquiry. "The State has a duty," Ombudsman Iris Marín said.'), [['Ombudsman\'s Office', 'Defensoría del Pueblo', 'organization'], ['Defensoría del Pueblo', 'Defensoría del Pueblo', 'organization'], ['Iris Marín', 'Iris Marín', 'person']]);
  assert.deepEqual(quotesOf('"The State has a duty," Ombudsman Iris Marín said.'), [['The State has a duty,', 'Iris Marín']]);
});

test('quotes: one by whom someone is accused or criticised speaks the words ("accused by Kemi Badenoch of a “betrayal …”")', () => {
  assert.deepEqual(quotesOf('Keir Starmer has been accused by Kemi Badenoch of a "betrayal of working people" after the government moved. The plan was criticised by Ed Davey as "a con".'), [['betrayal of working people', 'Kemi Badenoch'], ['a con', 'Ed Davey']]);
});

test('quotes: letters spelt out are a name, not speech ("the MASGA project, short for “Make American Shipbuilding Great Again”")', () => {
  assert.deepEqual(quotesOf('The deal includes the MASGA project, short for "Make American Shipbuilding Great Again." President Lee Jae-myung said it "will last".'), [['will last', 'Lee Jae-myung']]);
});

test('entities: a name that acquired or bought something is a body\'s ("Hanwha Ocean, which acquired …"); a shipyard or a refinery is a facility ("Philly Shipyard")', () => {
  assert.deepEqual(typesOf('Hanwha Ocean, which acquired Philly Shipyard in Pennsylvania in 2024, said it would invest more.'), [['Hanwha Ocean', 'organization'], ['Philly Shipyard', 'place'], ['Pennsylvania', 'place']]);
});

test('entities: where someone worked before is a body ("both formerly of Meta", "previously at Quantexa")', () => {
  assert.deepEqual(typesOf('He founded the company with Guillaume Lample and Timothée Lacroix, both formerly of Meta. She was previously at Quantexa.'), [['Guillaume Lample', 'person'], ['Timothée Lacroix', 'person'], ['Meta', 'organization'], ['Quantexa', 'organization']]);
});

test('entities: names listed after the kind of product or work they are name those things ("drugs such as Ozempic", "models, including Mistral Large")', () => {
  assert.deepEqual(typesOf('The firm makes drugs such as Ozempic. Mistral has released models, including Mistral Large.'), [['Ozempic', 'misc'], ['Mistral Large', 'misc']]);
});

test('entities: a model\'s size or speed before its number is the model\'s word ("Mistral Large 2")', () => {
  assert.deepEqual(typesOf('Mistral has released models, including Mistral Large 2, this year.'), [['Mistral Large 2', 'misc']]);
});

test('entities: a model\'s number may end a list\'s item, the next named alike ("Mistral Large 2 and Codestral")', () => {
  assert.deepEqual(typesOf('Mistral has released models, including Mistral Large 2 and Codestral, this year.'), [['Mistral Large 2', 'misc'], ['Codestral', 'misc']]);
});

test('entities: a one-word guess that a numbered thing\'s name opens is that series ("Artemis" beside "Artemis II")', () => {
  assert.deepEqual(typesOf('The Artemis II crew will fly around the Moon. For more about Artemis, visit the site.'), [['Artemis II', 'misc'], ['Moon', 'place'], ['Artemis', 'misc']]);
});

test('entities: a chamber\'s party members are no chamber ("Senate Democrats" is not "the Senate"), and a body\'s head names no firm by its first word', () => {
  assert.deepEqual(mentionsOf('Johnson blamed Senate Democrats. The Senate passed the measure Monday.').filter(([, , , nested]) => nested === undefined), [['Johnson', 'Johnson', 'person'], ['Senate Democrats', 'Senate Democrats', 'organization'], ['Senate', 'Senate', 'organization']]);
});

test('entities: a point of the compass before a known place opens a sentence as the region\'s name ("South Wales Fire and Rescue Service said")', () => {
  assert.deepEqual(typesOf('South Wales Fire and Rescue Service said crews had rescued dozens of people.'), [['South Wales Fire and Rescue Service', 'organization']]);
});

test('entities: "the House" where the text speaks of a legislature is its chamber ("The House on Wednesday passed …, sending it to the Senate"), not a building elsewhere', () => {
  assert.deepEqual(typesOf('The House on Wednesday night passed a bill, sending it to the Senate. Later the House adjourned.'), [['House', 'organization'], ['Senate', 'organization'], ['House', 'organization']]);
  assert.deepEqual(typesOf('They bought the House on the hill.'), []);
});

test('entities: a telescope or a rover named after someone is a thing ("NASA\'s James Webb Space Telescope"); "City Hall" and "the Kuiper Belt" are places, "Stuart Hall" a person; "published Wednesday in Nature" names a journal', () => {
  assert.deepEqual(typesOf("Astronomers using NASA's James Webb Space Telescope saw ice like that of the Kuiper Belt, in a study published Wednesday in Nature. Residents packed City Hall, where Stuart Hall spoke."), [
    ['NASA', 'organization'], ['James Webb Space Telescope', 'misc'], ['Kuiper Belt', 'place'], ['Nature', 'organization'], ['City Hall', 'place'], ['Stuart Hall', 'person'],
  ]);
});

test('quotes: "the president" is the president of no body where a body\'s president is named too ("Senate President Godswill Akpabio")', () => {
  assert.deepEqual(quotesOf('Headline\n\nPresident Bola Tinubu swore in the chiefs.\n\nSenate President Godswill Akpabio chaired the session.\n\n"The task before you is enormous," the president said.'), [['The task before you is enormous,', 'Bola Tinubu']]);
});

test('times: a weekday in someone\'s name is no date ("Air Vice Marshal Sunday Aneke"); a weekday opens a newspaper\'s name ("The Sunday Times")', () => {
  assert.deepEqual(timesOf('2025-10-30', 'The chiefs are Air Vice Marshal Sunday Aneke and others, sworn in on Thursday.'), [['on Thursday', '2025-10-30']]);
  assert.deepEqual(typesOf('He told The Sunday Times, and later the Sunday Telegraph.'), [['Sunday Times', 'organization'], ['Sunday Telegraph', 'organization']]);
});

test('entities: a word that names one institution opens a sentence as its name ("Kremlin spokesman Dmitry Peskov said", "Congress passed")', () => {
  assert.deepEqual(typesOf('Kremlin spokesman Dmitry Peskov said no. Congress passed the bill. Pentagon officials agreed.'), [
    ['Kremlin', 'organization'], ['Dmitry Peskov', 'person'], ['Congress', 'organization'], ['Pentagon', 'organization'],
  ]);
});

test('entities: a rank of several words is a title ("Air Vice Marshal Sunday Aneke", "Wing Commander", "Lance Corporal"); a post of a staff ("Chief of Army Staff") names no body; "Defence Headquarters" is one', () => {
  assert.deepEqual(typesOf('They met Air Vice Marshal Sunday Aneke, Chief of Air Staff; Wing Commander Ian Dodd, Chief of Army Staff; and Lance Corporal Tim Lee. Reports of a plot were dismissed by the Defence Headquarters.'), [
    ['Sunday Aneke', 'person'], ['Ian Dodd', 'person'], ['Tim Lee', 'person'], ['Defence Headquarters', 'organization'],
  ]);
});

test('entities: a name in brackets after someone\'s full name is their team\'s or party\'s ("Charles Leclerc (Ferrari)"), not a place\'s other name ("Masjid Al-Haram (Grand Mosque)")', () => {
  assert.deepEqual(typesOf('Results: 1. Lando Norris (McLaren) 2. Charles Leclerc (Ferrari) 3. Max Verstappen (Red Bull)'), [
    ['Lando Norris', 'person'], ['McLaren', 'organization'], ['Charles Leclerc', 'person'], ['Ferrari', 'organization'], ['Max Verstappen', 'person'], ['Red Bull', 'organization'],
  ]);
});

test('entities: a title-like word heading a portfolio is the portfolio\'s ("Minister for Foreign Affairs Vivian Balakrishnan"); a complement may hold another ("Senior Minister of State for Manpower Koh Poh Koon")', () => {
  assert.deepEqual(mentionsOf('The ages will rise, Senior Minister of State for Manpower Koh Poh Koon announced. Dr Koh said so, as did Minister for Foreign Affairs Vivian Balakrishnan.'), [
    ['Koh Poh Koon', 'Koh Poh Koon', 'person'], ['Koh', 'Koh Poh Koon', 'person'], ['Vivian Balakrishnan', 'Vivian Balakrishnan', 'person'],
  ]);
});

test('entities: a name after "brand name" or "trade name" is a product\'s ("under the brand name Yeztugo"); a word ending in a medicine\'s stem is a medicine ("Lenacapavir", "Pembrolizumab")', () => {
  assert.deepEqual(typesOf('Lenacapavir was approved in June under the brand name Yeztugo, and is also sold under the trade name Sunlenca. Pembrolizumab was not.'), [
    ['Lenacapavir', 'misc'], ['Yeztugo', 'misc'], ['Sunlenca', 'misc'], ['Pembrolizumab', 'misc'],
  ]);
});
test('entities: a city with a team\'s record after it is the team ("for Buffalo (8-4)"), and stands for the team the report names in full', () => {
  assert.deepEqual(mentionsOf('Patrick Mahomes threw two touchdowns, and Harrison Butker kicked a field goal as the Kansas City Chiefs beat the Buffalo Bills at Arrowhead Stadium. Josh Allen threw for another for Buffalo (8-4). The Bills lost.'), [
    ['Patrick Mahomes', 'Patrick Mahomes', 'person'], ['Harrison Butker', 'Harrison Butker', 'person'], ['Kansas City Chiefs', 'Kansas City Chiefs', 'organization'], ['Kansas', 'Kansas', 'place', 'nested'], ['Buffalo Bills', 'Buffalo Bills', 'organization'],
    ['Arrowhead Stadium', 'Arrowhead Stadium', 'place'], ['Josh Allen', 'Josh Allen', 'person'], ['Buffalo', 'Buffalo Bills', 'organization'], ['Bills', 'Buffalo Bills', 'organization'],
  ]);
});

test('entities: a maidan, a chowk or a bagh is a place ("Patna\'s Gandhi Maidan", "Chandni Chowk")', () => {
  assert.deepEqual(typesOf("The ceremony will be held at Patna's Gandhi Maidan, not at Chandni Chowk."), [['Patna', 'place'], ['Gandhi Maidan', 'place'], ['Chandni Chowk', 'place']]);
});

test('entities: a possessive before a date is no part of the name ("the Federal Reserve\'s December meeting"); a market\'s index and a named tool are things ("Nasdaq Composite", "FedWatch tool")', () => {
  assert.deepEqual(typesOf("Investors await the Federal Reserve's December meeting, says CME Group's FedWatch tool, as the Nasdaq Composite fell."), [
    ['Federal Reserve', 'organization'], ['CME Group', 'organization'], ['FedWatch', 'misc'], ['Nasdaq Composite', 'misc'],
  ]);
});

test('entities: letters joined by "&" are one word, a firm\'s ("AT&T", "M&S"), an index\'s before its number ("S&P 500"), and no name as a common term ("R&D", "Q&A")', () => {
  assert.deepEqual(typesOf('AT&T shares rose and the S&P 500 fell. He shops at M&S, whose R&D budget grew.'), [
    ['AT&T', 'organization'], ['S&P 500', 'misc'], ['M&S', 'organization'],
  ]);
});

test('quotes: "she" is no man named in the paragraph before ("… led Leakey to write: …. “Every individual matters,” she often said"), though in her own paragraph a name the lexicon calls a man\'s may be hers', () => {
  assert.deepEqual(quotesOf('Goodall dies at 91\n\nJane Goodall, the British primatologist, has died aged 91.\n\nHer observation that chimpanzees made tools led Louis Leakey to write: "Now we must redefine tool."\n\nIn later life she became a campaigner. "Every individual matters," she often said.\n\nCouncillor Alex Wagner said the work was late. "Residents have been let down," she said.'), [
    ['Now we must redefine tool.', 'Louis Leakey'], ['Every individual matters,', 'Jane Goodall'], ['Residents have been let down,', 'Alex Wagner'],
  ]);
});

test('entities: a name after a preposition is no subject of the verb after it ("attack on Ternopil kills 25"); who runs a poll is a body ("a Bloomberg survey"); "The Kyiv Independent" is a newspaper', () => {
  assert.deepEqual(typesOf('A missile attack on Ternopil kills 25, economists in a Bloomberg survey said, and The Kyiv Independent could not verify it.'), [
    ['Ternopil', 'place'], ['Bloomberg', 'organization'], ['Kyiv Independent', 'organization'],
  ]);
});

test('times: a month after an aim or a need is the coming one ("no reason to move rates in December", "hopes to finish in March"), a trip\'s in the past the last', () => {
  assert.deepEqual(timesOf('2025-10-30', 'Nagel said there was no reason to move rates in December. He hopes to finish in March. He went to Paris in September.'), [
    ['December', '2025-12'], ['March', '2026-03'], ['September', '2025-09'],
  ]);
});

test('entities: a word that makes a secretary a post is the title\'s ("National Treasury Cabinet Secretary John Mbadi"); two people joined by "and" stay two; a sum in shillings is no name ("Sh4.2")', () => {
  assert.deepEqual(typesOf('President William Ruto signed the Sh4.2 trillion budget. National Treasury Cabinet Secretary John Mbadi spoke. Principal Secretary Jane Doe and Cabinet Secretary Bob Lee agreed.'), [
    ['William Ruto', 'person'], ['National Treasury', 'organization'], ['John Mbadi', 'person'], ['Jane Doe', 'person'], ['Bob Lee', 'person'],
  ]);
});

test('times: a month\'s "of" before what is no year is no part of it ("convicted him in September of plotting")', () => {
  assert.deepEqual(timesOf('2025-11-25', 'A panel convicted him in September of plotting a coup.'), [['September', '2025-09']]);
});

test('entities: a name before "phone" is a product\'s ("the best Android phone"); what one calls one\'s own is no place ("from your Gmail", "our Constitution")', () => {
  assert.deepEqual(typesOf('The best Android phone surfaces information from your Gmail, as our Constitution allows.'), [['Android', 'misc'], ['Gmail', 'misc'], ['Constitution', 'misc']]);
});

test('entities: the names in a team\'s line-up are players\', whatever else they may name ("New Zealand: Jordan; Reece, …"); the Omicron variant is no place', () => {
  assert.deepEqual(typesOf('England beat New Zealand.\n\nNew Zealand: Jordan; Reece, Tupaea, Proctor, Clarke; B Barrett, Roigard; De Groot, Taylor, Lomax.\n\nCases fell in the Omicron period.'), [
    ['England', 'place'], ['New Zealand', 'place'], ['New Zealand', 'place'],
    ['Jordan', 'person'], ['Reece', 'person'], ['Tupaea', 'person'], ['Proctor', 'person'], ['Clarke', 'person'], ['B Barrett', 'person'], ['Roigard', 'person'], ['De Groot', 'person'], ['Taylor', 'person'], ['Lomax', 'person'],
    ['Omicron', 'misc'],
  ]);
});

test('times: a number a label names is no year ("Case 2000", "Resolution 2334"), a year after "In" is; entities: a numbered conference of the parties is a meeting ("Cop30 climate summit")', () => {
  assert.deepEqual(timesOf('2025-11-30', 'He is on trial in Case 2000, and Resolution 2334 passed. In 2000 he was elected.'), [['2000', '2000']]);
  assert.deepEqual(typesOf('The Cop30 climate summit in Brazil has ended.'), [['Cop30', 'misc'], ['Brazil', 'place']]);
});

test('quotes: a role after an opening clause speaks though no holder is named, not the name in the clause; a name whose clause says something holds no role from it ("Nigel Farage, said the chancellor should resign")', () => {
  assert.deepEqual(quotesOf('Budget day\n\nReform UK\'s leader, Nigel Farage, said the chancellor should resign.\n\nAddressing MPs after the Office for Budget Responsibility published its forecasts early, the chancellor said: "I am asking everyone to make a contribution."'), [
    ['I am asking everyone to make a contribution.', null],
  ]);
});

test('entities: a capital "To" within a sentence opens a name ("party chief To Lam", and "Lam" is him), not before a place; one word before a minister\'s title is its portfolio ("Energy Minister Prince Abdulaziz bin Salman")', () => {
  assert.deepEqual(mentionsOf("Vietnam's Communist Party chief To Lam pledged growth. Lam, who leads the party, spoke in Hanoi. Energy Minister Prince Abdulaziz bin Salman came."), [
    ['Vietnam', 'Vietnam', 'place'], ['Communist Party', 'Communist Party', 'organization'], ['To Lam', 'To Lam', 'person'], ['Lam', 'To Lam', 'person'], ['Hanoi', 'Hanoi', 'place'], ['Abdulaziz bin Salman', 'Abdulaziz bin Salman', 'person'],
  ]);
});

test('times: a year after a delay\'s or an extension\'s "to" is a date ("delayed by a year to 2028", "extended by two years, to 2030"), not after a rise ("rose to 2028 euros")', () => {
  assert.deepEqual(timesOf('2025-11-05', 'ETS2 will be delayed by a year to 2028. The freeze will be extended by two years, to 2030. Its cost rose to 2028 euros.'), [['2028', '2028'], ['2030', '2030']]);
});

test('entities: a name set off after "school", "college" or "hospital" is the institution\'s ("Zofia\'s school, Scoil Bhríde, …")', () => {
  assert.deepEqual(typesOf("Zofia's school, Scoil Bhríde in Blanchardstown, has helped."), [['Zofia', 'person'], ['Scoil Bhríde', 'organization'], ['Blanchardstown', 'place']]);
});

test('entities: places joined by a hyphen name a region ("Minneapolis-St. Paul", "Dallas-Fort Worth"); a standing the law gives is no body ("Temporary Protected Status")', () => {
  assert.deepEqual(typesOf('The administration will end Temporary Protected Status for Somalis. The Minneapolis-St. Paul area is home to many, as is Dallas-Fort Worth.'), [
    ['Temporary Protected Status', 'misc'], ['Minneapolis-St. Paul', 'place'], ['Dallas-Fort Worth', 'place'],
  ]);
});

test('entities: a court or a tower of homes is a place ("the Wang Fuk Court estate", "Grenfell Tower residents"), not a court of law', () => {
  assert.deepEqual(typesOf('Firefighters searched the Wang Fuk Court estate. Grenfell Tower residents met, and the Supreme Court ruled.'), [
    ['Wang Fuk Court', 'place'], ['Grenfell Tower', 'place'], ['Supreme Court', 'organization'],
  ]);
});

test('entities: a name after "resort of" or "port of" is a place\'s ("the Egyptian resort of Sharm el-Sheikh")', () => {
  assert.deepEqual(typesOf('Talks were held in the Egyptian resort of Sharm el-Sheikh and the port of Haifa.'), [['Sharm el-Sheikh', 'place'], ['Haifa', 'place']]);
});

test('entities: a name set off before "the armed forces" or "its army" is a body ("the Bundeswehr, Germany\'s armed forces")', () => {
  assert.deepEqual(typesOf("Men will be asked to serve in the Bundeswehr, Germany's armed forces."), [['Bundeswehr', 'organization'], ['Germany', 'place']]);
});

test('entities: a title\'s complement ending in a place names no one ("The Mayor of Greater Manchester, Andy Burnham"); a name opening a sentence that a description follows is shown to be one ("Network Rail, which owns …", "Magic Cue, a new feature")', () => {
  assert.deepEqual(typesOf('The Mayor of Greater Manchester, Andy Burnham, has unveiled plans. Network Rail, which owns much of the land, agreed. Magic Cue, a new feature, worked.'), [
    ['Greater Manchester', 'place'], ['Andy Burnham', 'person'], ['Network Rail', 'organization'], ['Magic Cue', 'misc'],
  ]);
});

test('entities: "the Fed" is the Federal Reserve the text names', () => {
  assert.deepEqual(mentionsOf('Lisa Cook sits on the board of the Federal Reserve. She joined the Fed in 2022.'), [
    ['Lisa Cook', 'Lisa Cook', 'person'], ['Federal Reserve', 'Federal Reserve', 'organization'], ['Fed', 'Federal Reserve', 'organization'],
  ]);
});

test('entities: a team\'s name holds no title ("the Golden State Warriors"), though a title before someone\'s name is one ("New York Fed President John Williams")', () => {
  assert.deepEqual(typesOf('The Thunder beat the Golden State Warriors on Tuesday, said New York Fed President John Williams.'), [
    ['Golden State Warriors', 'organization'], ['New York Fed', 'organization'], ['John Williams', 'person'],
  ]);
});

test('entities: the last of places one is in is a place, though unknown ("in Punjab and Khyber Pakhtunkhwa")', () => {
  assert.deepEqual(typesOf('Prices rose for the third consecutive week in Punjab and Khyber Pakhtunkhwa.'), [['Punjab', 'place'], ['Khyber Pakhtunkhwa', 'place']]);
});

test('entities: a first name ending a title\'s complement is the surname of the one named ("for National Food Security Rana Tanveer Hussain", "CEO of the Refugee Council Enver Solomon")', () => {
  assert.deepEqual(typesOf('Federal Minister for National Food Security Rana Tanveer Hussain told the meeting that stocks were sufficient.'), [['Tanveer Hussain', 'person']]);
  assert.deepEqual(typesOf('CEO of the Refugee Council Enver Solomon told Sky News the plan must be well thought out.')[0], ['Enver Solomon', 'person']);
});

test('entities: a work\'s title in quotation marks is one thing, whatever its words, and its maker before it a body ("Lionsgate\'s “Now You See Me: Now You Don\'t”")', () => {
  assert.deepEqual(typesOf('Universal\'s "Wicked: For Good" flew to a $150 million debut. Elsewhere, Lionsgate\'s “Now You See Me: Now You Don\'t” dropped to third place.'),
    [['Universal', 'organization'], ['Wicked: For Good', 'misc'], ['Lionsgate', 'organization'], ['Now You See Me: Now You Don\'t', 'misc']]);
  assert.deepEqual(typesOf('The film "Wicked" made more than "Barbie" (2023) and "Oppenheimer."'), [['Wicked', 'misc'], ['Barbie', 'misc'], ['Oppenheimer', 'misc']]);
  // Not what someone says: "Absolutely Not," he said.
  assert.deepEqual(typesOf('"Absolutely Not," the minister said.'), []);
});

test('entities: a name ending in "Buildings" is a place, not the body it is named after ("Government Buildings", "the Union Buildings")', () => {
  assert.deepEqual(typesOf('Mr Martin said the Government had a mandate. Simon Harris told reporters in Government Buildings that rents had stabilised. Protesters gathered outside the Union Buildings.'),
    [['Martin', 'person'], ['Government', 'organization'], ['Simon Harris', 'person'], ['Government Buildings', 'place'], ['Union Buildings', 'place']]);
});

test('entities: "AI" after a name the text writes alone is part of a firm\'s name, and the firm goes by that word ("Mistral AI", then "Mistral")', () => {
  const text = 'Paris-based startup Mistral AI has raised $2 billion in a round led by ASML. The round values Mistral at $14 billion. TechCrunch has reached out to Mistral for comment.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => written!.startsWith('Mistral')), [['Mistral AI', 'Mistral AI', 'organization'], ['Mistral', 'Mistral AI', 'organization'], ['Mistral', 'Mistral AI', 'organization']]);
});

test('entities: a name opening a sentence with a capital its owner does not write is the same name ("UniQure CEO" is "uniQure")', () => {
  const text = 'The FDA on Wednesday approved uniQure\'s AMT-130. UniQure CEO Matt Kapusta said the company expected to begin treating patients.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => /^uniqure$/i.test(written!)).map(([, key]) => key), ['uniQure', 'uniQure']);
});

test('entities: a surname that names a disease names it with its possessive alone ("Alzheimer\'s"), and a body named for the disease takes it in ("Huntington\'s Disease Society of America")', () => {
  assert.deepEqual(typesOf('Patients with Parkinson\'s disease and Alzheimer\'s were treated. Louise Vetter, president of the Huntington\'s Disease Society of America, spoke.'),
    [['Parkinson', 'misc'], ['Alzheimer', 'misc'], ['Louise Vetter', 'person'], ['Huntington\'s Disease Society of America', 'organization']]);
});

test('times: "late in the day" names no day of its own, least of all tomorrow', () => {
  assert.deepEqual(timesOf('2026-11-22', 'Rabada removed Gill for 19 late in the day. India had struck on Friday.'), [['on Friday', '2026-11-20']]);
});

test('entities: an operating system written with a lower-case first letter is a product ("iOS", "macOS"), and so is what it is listed with ("Android")', () => {
  assert.deepEqual(typesOf('The app launched on iOS and Android in February. It also runs on macOS.'), [['iOS', 'misc'], ['Android', 'misc'], ['macOS', 'misc']]);
});

test('entities: a storm\'s category is no part of its name ("Super Typhoon Uwan" is "Typhoon Uwan"), and a compass part of a name no lexicon knows is a region ("Central Luzon")', () => {
  assert.deepEqual(mentionsOf('At least 18 people were killed as Super Typhoon Uwan battered the Bicol region and Central Luzon. Typhoon Uwan weakened on Monday.'),
    [['Typhoon Uwan', 'Typhoon Uwan', 'misc'], ['Bicol', 'Bicol', 'place'], ['Central Luzon', 'Central Luzon', 'place'], ['Typhoon Uwan', 'Typhoon Uwan', 'misc']]);
});

test('entities: an orchestra or a choir is a body ("London Symphony Orchestra", "Berlin Philharmonic"), and a year\'s possessive before a name makes it a work ("2022\'s Motomami")', () => {
  assert.deepEqual(typesOf('Lux, the follow-up to 2022\'s Motomami, was recorded with the London Symphony Orchestra and the Berlin Philharmonic.'),
    [['Motomami', 'misc'], ['London Symphony Orchestra', 'organization'], ['Berlin Philharmonic', 'organization']]);
});

test('entities: in a sports report a team\'s nickname in the plural is the team ("the Cherries"), and so is a club named for its town ("Ipswich Town")', () => {
  const text = 'Semenyo has scored eight goals in 12 Premier League games this season. He joined the Cherries in 2023 from Ipswich Town, where the striker played 40 matches.';
  assert.deepEqual(typesOf(text).filter(([written]) => written === 'Cherries' || written === 'Ipswich Town'), [['Cherries', 'organization'], ['Ipswich Town', 'organization']]);
});

test('entities: a common word someone named before heads, set off by commas, is a body\'s name ("Polly Neate, chief executive of Shelter, said")', () => {
  assert.deepEqual(typesOf('Polly Neate, chief executive of Shelter, said the change was long overdue. She works as head of Security for the firm.'), [['Polly Neate', 'person'], ['Shelter', 'organization']]);
});

test('quotes: a kin of someone opening the sentence before is whom "she" stands for, not the one whose kin they are ("Her mother said …. “…,” she said")', () => {
  const text = 'Destiny Harris was last seen leaving her family\'s apartment on the night of Nov. 12, police said.\n\nHer mother said she had no history of running away. "This is not like her," she said, her voice breaking.';
  assert.deepEqual(quotesOf(text), [['This is not like her,', null]]);
});

test('quotes: a statement a cue and a colon introduce goes on into the paragraphs after it that speak in the first person and cite no one', () => {
  const text = 'Housing Minister Matthew Pennycook said:\n\nEveryone deserves a safe and secure home.\n\nToday we are giving councils the teeth they need to root out the worst offenders.\n\nCouncils will be able to issue fines of up to £40,000.\n\nShelter said we should wait.';
  assert.deepEqual(quotesOf(text), [['Everyone deserves a safe and secure home.', 'Matthew Pennycook'], ['Today we are giving councils the teeth they need to root out the worst offenders.', 'Matthew Pennycook']]);
});

test('entities: a faction\'s word in brackets after a name makes it a party\'s ("Janata Dal (United)"), and titles in the plural name no one ("Deputy Chief Ministers")', () => {
  assert.deepEqual(typesOf('Janata Dal (United) president Nitish Kumar was sworn in. Samrat Choudhary and Vijay Kumar Sinha took oath as Deputy Chief Ministers.'),
    [['Janata Dal', 'organization'], ['Nitish Kumar', 'person'], ['Samrat Choudhary', 'person'], ['Vijay Kumar Sinha', 'person']]);
});

test('entities: names listed before "parties" are the parties\' ("the Liberal and National parties"), and one told something is a broadcaster though its name is a code ("told TF1")', () => {
  assert.deepEqual(typesOf('The Liberal and National parties abandoned the target, Sébastien Lecornu told TF1.'),
    [['Liberal', 'organization'], ['National', 'organization'], ['Sébastien Lecornu', 'person'], ['TF1', 'organization']]);
});

test('entities: a prize before those who won it is a thing ("Nobel laureate Geoffrey Hinton", "the Oscar nominee")', () => {
  assert.deepEqual(typesOf('Nobel laureate Geoffrey Hinton spoke. The Oscar nominee Emma Stone arrived.'), [['Nobel', 'misc'], ['Geoffrey Hinton', 'person'], ['Oscar', 'misc'], ['Emma Stone', 'person']]);
});

test('entities: two peoples\' adjectives share no body\'s name ("Georgian and European Union flags")', () => {
  assert.deepEqual(typesOf('Demonstrators waved Georgian and European Union flags. Avon and Somerset Police said.'), [['European Union', 'organization'], ['Avon and Somerset Police', 'organization']]);
});

test('entities: what a regional government or a people is "of" is a place ("The regional government of Andalusia says")', () => {
  assert.deepEqual(typesOf('The regional government of Andalusia says it has tightened rules. The people of Tigray suffered.'), [['Andalusia', 'place'], ['Tigray', 'place']]);
});

test('entities: a common word with a ticker after it is a listed company ("Shares of Oracle (NYSE: ORCL)"), and a government\'s debt names no body ("the 10-year Treasury note")', () => {
  assert.deepEqual(typesOf('Shares of Oracle (NYSE: ORCL) fell. The yield on the 10-year Treasury note fell to 4.06%. The Treasury said it would borrow more.'),
    [['Oracle', 'organization'], ['Treasury', 'organization']]);
});

test('entities: common words before a governor or a chair are a body\'s name, no portfolio ("Federal Reserve Governor Lisa Cook"), though before a minister they are its portfolio ("Climate Change Minister")', () => {
  assert.deepEqual(typesOf('Trump tried to fire Federal Reserve Governor Lisa Cook on Monday. Climate Change Minister Sherry Rehman said.'),
    [['Federal Reserve', 'organization'], ['Lisa Cook', 'person'], ['Sherry Rehman', 'person']]);
});

test('entities: a newspaper\'s Sunday edition is one name ("the Mail on Sunday", "The Independent on Sunday")', () => {
  assert.deepEqual(typesOf('He told the Mail on Sunday that he would stay. The Independent on Sunday reported it. He spoke on Sunday.'),
    [['Mail on Sunday', 'organization'], ['Independent on Sunday', 'organization']]);
});

test('entities: a basketball report is a match report, where a city a team hosts is the team ("Golden State hosts Houston on Thursday")', () => {
  const text = 'Stephen Curry had 28 points, six rebounds and eight assists, but the Warriors saw their winning streak end. Golden State hosts Houston on Thursday.';
  assert.deepEqual(typesOf(text).filter(([written]) => written === 'Houston'), [['Houston', 'organization']]);
});

test('entities: a model\'s code takes a variant\'s letters or its family\'s word after it ("A321neo", "A320-family")', () => {
  assert.deepEqual(typesOf('Airlines must fix software on 6,000 of its A320-family jets. American Airlines, the largest operator of the A321neo, said so.'),
    [['A320-family', 'misc'], ['American Airlines', 'organization'], ['A321neo', 'misc']]);
});

test('entities: relatives named alone after their kin\'s word are persons ("his children, Lilty and Aken"), and where one announced something "on" is a platform ("announced his death on Instagram")', () => {
  assert.deepEqual(typesOf('His wife, Latifa Chambers, announced his death on Instagram. He is survived by his wife and his children, Lilty and Aken.'),
    [['Latifa Chambers', 'person'], ['Instagram', 'organization'], ['Lilty', 'person'], ['Aken', 'person']]);
});

test('entities: a hall heads a name with "of" ("the Baseball Hall of Fame", an institution), but not as someone\'s surname ("Stuart Hall of the BBC")', () => {
  assert.deepEqual(typesOf('He entered the Baseball Hall of Fame. Stuart Hall of the BBC spoke.'), [['Baseball Hall of Fame', 'organization'], ['Stuart Hall', 'person'], ['BBC', 'organization']]);
});

test('entities: a name after "Born" opening a sentence is the birth name of the one the text is about ("Born James Chambers on April 1, 1944")', () => {
  const text = 'Jimmy Cliff, the Jamaican singer, died on Monday. His wife, Latifa Chambers, announced his death. Born James Chambers on April 1, 1944, he moved to Kingston as a teenager.';
  assert.deepEqual(mentionsOf(text).filter(([, , type]) => type === 'person'), [['Jimmy Cliff', 'Jimmy Cliff', 'person'], ['Latifa Chambers', 'Latifa Chambers', 'person'], ['James Chambers', 'Jimmy Cliff', 'person']]);
});

test('entities: a title the text shows a work\'s is a work\'s wherever it is quoted, in a headline\'s straight single marks too; a nickname in them is no work', () => {
  const text = 'Jimmy Cliff, reggae pioneer who sang \'The Harder They Come\', dies at 81\n\nHis role in the 1972 film "The Harder They Come" made him famous. Fans called him \'Reggae King\' for decades.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => /Harder|Reggae/.test(written!)).map(([written, , type]) => [written, type]), [['The Harder They Come', 'misc'], ['The Harder They Come', 'misc']]);
});

test('entities: a common word capitalised within a sentence that acts on its own forecast is a firm ("a day after Target cut its annual profit forecast")', () => {
  assert.deepEqual(typesOf('The results come a day after Target cut its annual profit forecast for the third time this year.'), [['Target', 'organization']]);
});

test('entities: one sources "tell" is an outlet ("sources tell Axios")', () => {
  assert.deepEqual(typesOf('The round could value the ChatGPT maker at $750 billion, sources tell Axios.'), [['ChatGPT', 'misc'], ['Axios', 'organization']]);
});

test('entities: a letter before a common word is a common noun ("U-turn", "X-ray")', () => {
  assert.deepEqual(typesOf('Labour MPs are angry over the winter fuel U-turn. She needed an X-ray.'), [['Labour', 'organization']]);
});

test('entities: a first name that is a word too is that word before a plural noun ("by Roman traders"), though not a name listed with another ("Blackwell and Rubin orders")', () => {
  assert.deepEqual(typesOf('Wildcats came to Italy, probably by Roman traders or soldiers. Roman Abramovich bought the club.').map(([written]) => written), ['Italy', 'Roman Abramovich']);
  assert.ok(typesOf('Nvidia had visibility into $500 billion of Blackwell and Rubin orders.').some(([written]) => written === 'Rubin'));
});

test('entities: a name before "robots" is a product ("dancing Optimus robots")', () => {
  assert.deepEqual(typesOf('Musk spoke to shareholders as dancing Optimus robots appeared on stage.').at(-1), ['Optimus', 'misc']);
});

test('entities: a common word a match report names as a team is the team\'s name ("leaders Arsenal, who host Tottenham", "the Chiefs beat the Bills")', () => {
  const text = 'Erling Haaland scored his 14th Premier League goal of the season as Manchester City beat Liverpool 3-0. The defeat leaves Liverpool eighth, behind leaders Arsenal, who host Tottenham on Sunday.';
  assert.deepEqual(typesOf(text).filter(([written]) => written === 'Arsenal'), [['Arsenal', 'organization']]);
});

test('entities: a possessive in capitals ends a body\'s name before someone\'s ("ACT\'s David Seymour"), and a name with its leader named after it is a body ("Te Pāti Māori co-leader Rawiri Waititi")', () => {
  assert.deepEqual(typesOf('Winston Peters accused ACT\'s David Seymour of dividing the country. Te Pāti Māori co-leader Rawiri Waititi said so.'),
    [['Winston Peters', 'person'], ['ACT', 'organization'], ['David Seymour', 'person'], ['Te Pāti Māori', 'organization'], ['Rawiri Waititi', 'person']]);
});

test('entities: a name with letters in brackets its own first one opens is a party\'s ("Social Democrat (SPD) leader"), not after a first name ("Anna Smith (AP)")', () => {
  assert.deepEqual(typesOf('Friedrich Merz and Social Democrat (SPD) leader Lars Klingbeil announced it. Anna Smith (AP) wrote.'),
    [['Friedrich Merz', 'person'], ['Social Democrat', 'organization'], ['SPD', 'organization'], ['Lars Klingbeil', 'person'], ['Anna Smith', 'person'], ['AP', 'organization']]);
});

test('entities: a name in apposition to a token or a cryptocurrency is a thing ("Ether, the second-largest token, dropped")', () => {
  assert.deepEqual(typesOf('Bitcoin fell 4%, according to Coin Metrics. Ether, the second-largest token, dropped 6% to $2,710.').at(-1), ['Ether', 'misc']);
});

test('entities: "Inter-" opens a body\'s name, no modifier split off it ("the Inter-American Commission on Human Rights")', () => {
  assert.deepEqual(typesOf('His lawyers will take the case to the Inter-American Commission on Human Rights.'), [['Inter-American Commission on Human Rights', 'organization']]);
});

test('entities: a thing "named" something after a comma is that thing\'s name ("the ship, named Jacklyn after Bezos\' mother")', () => {
  assert.deepEqual(typesOf('The booster touched down on the ship, named Jacklyn after his mother.'), [['Jacklyn', 'misc']]);
});

test('entities: a dateline names the place in capitals it opens with, and nothing else ("CAPE CANAVERAL, Fla., Nov 13, 2025 (Reuters) -")', () => {
  const text = 'Blue Origin lands booster\n\nCAPE CANAVERAL, Fla., Nov 13, 2025 (Reuters) - Jeff Bezos\' Blue Origin landed the booster on Thursday.\n';
  const { mentions, blocks } = processArticle('a.txt', text);
  const dateline = blocks.find((block) => block.kind === 'dateline')!;
  assert.deepEqual(mentions.filter((mention) => mention.start >= dateline.start && mention.end <= dateline.end).map((mention) => [mention.text, mention.key, mention.type]), [['CAPE CANAVERAL', 'Cape Canaveral', 'place']]);
});

test('entities: one who beats someone named in full by a score is a player, no team ("Jannik Sinner beat Carlos Alcaraz 7-6 (4) 7-5")', () => {
  const text = 'Sinner beats Alcaraz to retain ATP Finals title\n\nJannik Sinner beat Carlos Alcaraz 7-6 (4) 7-5 to retain his title in Turin on Sunday, ending the season with a winning streak. "It has been an incredible year," said Sinner.';
  assert.deepEqual(mentionsOf(text).filter(([written]) => /Sinner/.test(written!)).map(([written, key, type]) => [written, key, type]), [['Sinner', 'Jannik Sinner', 'person'], ['Jannik Sinner', 'Jannik Sinner', 'person'], ['Sinner', 'Jannik Sinner', 'person']]);
});

test('entities: a field shares a body\'s head whatever the body is "of" after it ("the Securities and Exchange Board of India (Sebi)")', () => {
  assert.deepEqual(mentionsOf('Jio filed papers with the Securities and Exchange Board of India (Sebi) for an offering.').filter(([, , , nested]) => !nested).slice(1),
    [['Securities and Exchange Board of India', 'Securities and Exchange Board of India', 'organization'], ['Sebi', 'Securities and Exchange Board of India', 'organization']]);
});

test('entities: a party\'s members after "New" are the party ("one New Democrat absent", "the New Democrats"), though "New York" is a place', () => {
  assert.deepEqual(typesOf('The motion passed with one New Democrat absent. The New Democrats voted against it. New York voted.'), [['New Democrat', 'organization'], ['New Democrats', 'organization'], ['New York', 'place']]);
});

test('times: "in the year to July" is no year from now, and the period\'s end is the last July; a time in another zone keeps the day as written', () => {
  assert.deepEqual(timesOf('2025-11-13', 'Deforestation fell by 11% in the year to July, officials said. Nothing changed in the year. The vote came on November 18, 2025 at 6:15 PM CST.'), [
    ['July', '2025-07'],
    ['November 18, 2025 at 6:15 PM CST', '2025-11-18'],
  ]);
});

test('entities: a common word capitalised within a sentence more than once, with no "the" before it, is a body\'s name throughout ("as Arsenal beat Tottenham", "Arsenal manager Mikel Arteta"); not a lead\'s, a bullet\'s or a numbered thing\'s', () => {
  const arsenal = mentionsOf('Arsenal 3-1 Tottenham\n\nEberechi Eze scored as Arsenal beat Tottenham.\n\nArsenal manager Mikel Arteta was pleased. "Against a team like Arsenal you get punished," Thomas Frank said.');
  assert.deepEqual(arsenal.filter(([written]) => written === 'Arsenal').map(([, key, type]) => `${key} ${type}`), Array(4).fill('Arsenal organization'));
  assert.deepEqual(typesOf('Katharine Hayhoe: Start with what they care about. Start small.\n\nThe Celtics won Game 5 and then Game 6.\n\n• Fuel duty is frozen\n\n• Fuel prices fall'), [['Katharine Hayhoe', 'person'], ['Celtics', 'organization']]);
});

test('entities: a developer with a first name is a person ("The developer, Thomas Reilly, pleaded guilty"), one without is a company', () => {
  assert.deepEqual(typesOf('The developer, Thomas Reilly, pleaded guilty. The developer, Ubisoft, said it would appeal.'), [['Thomas Reilly', 'person'], ['Ubisoft', 'organization']]);
});

test('entities: an initialism in the plural names a kind ("GPUs", "NGOs"); a time zone and a shortened weekday are no names ("6:15 PM CST", "Thu 13 Nov 2025")', () => {
  assert.deepEqual(typesOf('Cloud GPUs are sold out, Nvidia said, and NGOs agree.\n\nThe vote came at 6:15 PM CST on Monday, Thu 13 Nov 2025.'), [['Nvidia', 'organization']]);
});

test('entities: a name before a modifier\'s tail is a name apart from the words after it ("a United States-brokered ceasefire", "the Kremlin-backed Wagner Group"), a people\'s is none ("British-led"); what a therapy is based on is a thing', () => {
  assert.deepEqual(typesOf('Fighting slowed under a United States-brokered ceasefire. The Kremlin-backed Wagner Group fought a British-led force. The first Crispr-based therapy was approved, a Naperville-based company said.'), [
    ['United States', 'place'], ['Kremlin', 'organization'], ['Wagner Group', 'organization'], ['Crispr', 'misc'], ['Naperville', 'place'],
  ]);
});

test('entities: a place\'s possessive ends its name ("Gaza City\'s Zeitoun neighbourhood"), a common word\'s within a body\'s does not ("the Royal Children\'s Hospital")', () => {
  assert.deepEqual(typesOf('Strikes hit Gaza City\'s Zeitoun neighbourhood, and the Royal Children\'s Hospital took the wounded.'), [['Gaza City', 'place'], ['Zeitoun', 'place'], ['Royal Children\'s Hospital', 'organization']]);
});

test('entities: a firm whose analyst speaks is a body ("Counterpoint Research analyst Tarun Pathak"), so is an institute in apposition ("the space research institute, Inpe"); a strip is a place, an observatory a facility', () => {
  assert.deepEqual(typesOf('Counterpoint Research analyst Tarun Pathak agreed, according to the space research institute, Inpe. Strikes hit the Gaza Strip. She joined Kitt Peak National Observatory.'), [
    ['Counterpoint Research', 'organization'], ['Tarun Pathak', 'person'], ['Inpe', 'organization'], ['Gaza Strip', 'place'], ['Kitt Peak National Observatory', 'place'],
  ]);
});

test('entities: a thing\'s name takes in its model\'s number ("the iPhone 17e", "a Falcon 9 rocket"), not a count or a first name\'s ("737 Max 9")', () => {
  assert.deepEqual(typesOf('Apple unveiled the iPhone 17e, which uses the chip of the iPhone 17. A Falcon 9 rocket flew. The iPhone 16 sold 20 million units.').map(([written]) => written), ['iPhone 17e', 'iPhone 17', 'Falcon 9', 'iPhone 16']);
});

test('entities: a body\'s letters or a common word before a place name a body of it ("BBC Birmingham", "Local Government NSW"), which the place alone does not stand for', () => {
  assert.deepEqual(mentionsOf('He lived in Birmingham. Local Government NSW president Phyllis Miller said so. Follow BBC Birmingham.').filter((mention) => !mention[3]), [
    ['Birmingham', 'Birmingham', 'place'], ['Local Government NSW', 'Local Government NSW', 'organization'], ['Phyllis Miller', 'Phyllis Miller', 'person'], ['BBC Birmingham', 'BBC Birmingham', 'organization'],
  ]);
});

test('entities: a player whose set went to a tie-break is a person ("Jannik Sinner beat Carlos Alcaraz 7-6 (7-4) 7-5"), and speaks; a grand slam is an event', () => {
  const text = 'Jannik Sinner beat Carlos Alcaraz 7-6 (7-4) 7-5 on Sunday, after they shared the Grand Slam titles.\n\n"It\'s been an incredible week," Sinner told the crowd.';
  assert.deepEqual(typesOf(text), [['Jannik Sinner', 'person'], ['Carlos Alcaraz', 'person'], ['Grand Slam', 'misc'], ['Sinner', 'person']]);
  assert.deepEqual(quotesOf(text).map((quote) => quote[1]), ['Jannik Sinner']);
});

test('quotes: a participle after a comma has the subject its sentence opens with, a role before it too ("Congress leader Jairam Ramesh criticised the Centre, saying …"); "who" after a person\'s body describes the person', () => {
  assert.deepEqual(quotesOf('Congress leader Jairam Ramesh criticised the Centre, saying the prime minister had "still not found the time" to visit.\n\nDr. Fatima Cody Stanford of Massachusetts General Hospital, who was not involved in the study, said the results were "impressive".').map((quote) => quote[1]), ['Jairam Ramesh', 'Fatima Cody Stanford']);
});

test('entities: India\'s "Union" before a title is the title\'s ("Union Home Minister Amit Shah"), not a body; a councillor\'s "Cr" and an inspector\'s "Det Insp" are titles', () => {
  assert.deepEqual(typesOf('Union Home Minister Amit Shah spoke, and Cr Phyllis Miller and Det Insp Laura Hughes agreed. Union Pacific and the European Union did not.'), [
    ['Amit Shah', 'person'], ['Phyllis Miller', 'person'], ['Laura Hughes', 'person'], ['Union Pacific', 'organization'], ['European Union', 'organization'],
  ]);
});

test('entities: kin before a name make a person ("his son Imran"), medicines before names make things ("the medicines Wegovy and Zepbound"), a takeover makes a company ("the takeover of Credit Suisse"), rifles a military unit ("the Assam Rifles")', () => {
  assert.deepEqual(typesOf('In a statement, his son Imran said he was proud. It works like the injectable medicines Wegovy and Zepbound. UBS grew after the takeover of Credit Suisse. Officers of the Assam Rifles met.'), [
    ['Imran', 'person'], ['Wegovy', 'misc'], ['Zepbound', 'misc'], ['UBS', 'organization'], ['Credit Suisse', 'organization'], ['Assam Rifles', 'organization'],
  ]);
});

test('entities: a residence a title-like word names keeps the word ("at State House in Nairobi")', () => {
  assert.deepEqual(typesOf('Speaking at State House in Nairobi, Ruto said so.').slice(0, 2), [['State House', 'place'], ['Nairobi', 'place']]);
});

test('quotes: a lobby described in apposition is a body and speaks ("Copa-Cogeca, the main EU farmers\' lobby, said")', () => {
  assert.deepEqual(quotesOf('Copa-Cogeca, the main EU farmers\' lobby, said the agreement would "sacrifice" agriculture.').map((quote) => quote[1]), ['Copa-Cogeca']);
});

test('entities: a storm\'s kind opens its name at a sentence\'s start ("Storm Bert has brought"); a question word ("Why Europe cannot …") and a people before a body\'s letters ("European NATO member") are no part of a name', () => {
  assert.deepEqual(typesOf('Storm Bert has brought heavy rain.\n\nWhy Europe cannot defend itself: Britain spends more than any other European NATO member.'), [
    ['Storm Bert', 'misc'], ['Europe', 'place'], ['Britain', 'place'], ['NATO', 'organization'],
  ]);
});

test('entities: a given name and surname stand for the full name with a middle name, and the surname alone for it too ("Ayana Johnson" … "Ayana Elizabeth Johnson" … "Johnson")', () => {
  assert.deepEqual(mentionsOf('Interview: Ayana Johnson on hope\n\nWe spoke with Dr. Ayana Elizabeth Johnson about reefs.\n\nJohnson said people give her hope.').map(([written, key]) => `${written} → ${key}`), [
    'Ayana Johnson → Ayana Elizabeth Johnson', 'Ayana Elizabeth Johnson → Ayana Elizabeth Johnson', 'Johnson → Ayana Elizabeth Johnson',
  ]);
});

test('entities: a Cantonese surname written as an English word ends a name after a first name ("James To"); a lawmaker is a title', () => {
  assert.deepEqual(typesOf('Lawmaker James To lost his seat.'), [['James To', 'person']]);
});

test('entities: a work\'s title opened by "The" within a sentence goes on after "of" ("her album, The Life of a Showgirl,"); "The Bank of England" at a sentence\'s start is the bank', () => {
  assert.deepEqual(typesOf('Her new album, The Life of a Showgirl, broke records. The lead single, The Fate of Ophelia, debuted. The Bank of England held rates.'), [
    ['Life of a Showgirl', 'misc'], ['Fate of Ophelia', 'misc'], ['Bank of England', 'organization'],
  ]);
});

test('entities: a name guessed a person\'s whose first word is a brand the text names alone is its product ("SpaceX Starship", "Starship"); a role after a body is not ("NASA Administrator")', () => {
  assert.deepEqual(mentionsOf('SpaceX Starship completes test flight\n\nSpaceX said the Starship flew well.').filter((mention) => !mention[3]).map(([written, key, type]) => `${written} ${key} ${type}`), [
    'SpaceX Starship SpaceX Starship misc', 'SpaceX SpaceX organization', 'Starship SpaceX Starship misc',
  ]);
});

test('entities: Portuguese particles join a name ("André Corrêa do Lago"), not an English "do" ("What do People want"); a people may open a portfolio ("Colombian Environment Minister Irene Vélez Torres")', () => {
  assert.deepEqual(typesOf('COP30 President André Corrêa do Lago was hopeful. Colombian Environment Minister Irene Vélez Torres agreed. What do People want?'), [
    ['COP30', 'misc'], ['André Corrêa do Lago', 'person'], ['Irene Vélez Torres', 'person'],
  ]);
});

test('entities: a platform, a service or an app in apposition after a name makes it a body ("on Spotify, the platform said")', () => {
  assert.deepEqual(typesOf('The album broke the record on Spotify, the platform said.'), [['Spotify', 'organization']]);
});

test('entities: who quoted someone is a body ("was quoted as saying by Ukrainska Pravda"), so is a consultancy named after its kind ("the consultancy Japan Foresight")', () => {
  assert.deepEqual(typesOf('Andriy Yermak was quoted as saying by Ukrainska Pravda that little had changed. Tobias Harris, founder of the consultancy Japan Foresight, agreed.'), [
    ['Andriy Yermak', 'person'], ['Ukrainska Pravda', 'organization'], ['Tobias Harris', 'person'], ['Japan Foresight', 'organization'],
  ]);
});

test('entities: the name after "known as" is the body\'s too ("the California Department of Forestry and Fire Protection, known as Cal Fire")', () => {
  assert.deepEqual(mentionsOf('It was 0% contained, according to the California Department of Forestry and Fire Protection, known as Cal Fire.').filter((mention) => !mention[3]).map(([written, key]) => `${written} → ${key}`), [
    'California Department of Forestry and Fire Protection → California Department of Forestry and Fire Protection', 'Cal Fire → California Department of Forestry and Fire Protection',
  ]);
});

test('entities: a local government area is a place, not its government ("the Agwara local government area"); "Kyiv city council" is a body', () => {
  assert.deepEqual(typesOf('Gunmen struck in the Agwara local government area. The Kyiv city council met.'), [['Agwara', 'place'], ['Kyiv city council', 'organization']]);
});

test('entities: an adherent is no one named ("a leading Peronist", "Islamists"), but a surname may end so ("Almquist") and a title opened by "The" is a name ("The Economist")', () => {
  assert.deepEqual(typesOf('Axel Kicillof, a leading Peronist, spoke. Islamists protested. Mr Almquist told The Economist.').map(([written]) => written), ['Axel Kicillof', 'Almquist', 'Economist']);
});

test('entities: a version\'s point goes with its name ("GPT-5.1", "Gemini 3.5"); an infirmary is a body like a hospital ("Glasgow Royal Infirmary")', () => {
  assert.deepEqual(typesOf('OpenAI released GPT-5.1 as Google launched Gemini 3.5. He was taken to Glasgow Royal Infirmary.'), [
    ['OpenAI', 'organization'], ['GPT-5.1', 'misc'], ['Google', 'organization'], ['Gemini 3.5', 'misc'], ['Glasgow Royal Infirmary', 'organization'],
  ]);
});

test('quotes: an abbreviation\'s point within a relative clause does not end it ("Gretchen Whitmer, who campaigned alongside Ms. Harris in Wayne, Mich., said")', () => {
  assert.deepEqual(quotesOf('Kamala Harris spoke in Wayne. Gov. Gretchen Whitmer, who campaigned alongside Ms. Harris in Wayne, Mich., said the race was "a jump ball."'), [
    ['a jump ball.', 'Gretchen Whitmer'],
  ]);
});

test('entities: a surname opening a sentence with an age after it is the person\'s ("Han, 75, a veteran technocrat, said"); a particle\'s capital opening a sentence is the same surname ("Al-Sudani\'s office")', () => {
  const text = 'Prime Minister Han Duck-soo will act. Han, 75, a veteran technocrat, said he would "do everything". Iraqi Prime Minister Mohammed Shia al-Sudani arrived. Al-Sudani\'s office said so.';
  assert.deepEqual(mentionsOf(text).map(([written, key, type]) => `${written} → ${key} (${type})`), [
    'Han Duck-soo → Han Duck-soo (person)', 'Han → Han Duck-soo (person)', 'Mohammed Shia al-Sudani → Mohammed Shia al-Sudani (person)', 'Al-Sudani → Mohammed Shia al-Sudani (person)',
  ]);
  assert.deepEqual(quotesOf(text), [['do everything', 'Han Duck-soo']]);
});

test('entities: a class\'s numeral is no name ("the clade Ib strain", "type II diabetes"); nor is a word capitalised after an ordinal or a count ("his 34th Test century", "12,027 Test runs")', () => {
  assert.deepEqual(typesOf('The clade Ib strain spread in Congo. Patients with type II diabetes. Joe Root hit his 34th Test century and has 12,027 Test runs, the most Test hundreds.'), [['Congo', 'place'], ['Joe Root', 'person']]);
});

test('entities: a drugmaker in apposition is a body ("Bavarian Nordic, the Danish drugmaker"); a station before its medium ("broadcast by Al-Manar television"); officers make a centre a body ("chairman of the Jeddah-based Gulf Research Center"); a place\'s letters ("Africa CDC") and a body\'s letters opening a name ("UN Environment Programme") make bodies', () => {
  assert.deepEqual(typesOf('Bavarian Nordic, the Danish drugmaker that makes the vaccine, said so. Hassan Nasrallah spoke in a speech broadcast by Al-Manar television. Abdulaziz Sager, chairman of the Jeddah-based Gulf Research Center, agreed. Africa CDC head Jean Kaseya spoke. The UN Environment Programme published a report.'), [
    ['Bavarian Nordic', 'organization'], ['Hassan Nasrallah', 'person'], ['Al-Manar', 'organization'], ['Abdulaziz Sager', 'person'], ['Jeddah', 'place'], ['Gulf Research Center', 'organization'], ['Africa CDC', 'organization'], ['Jean Kaseya', 'person'], ['UN Environment Programme', 'organization'],
  ]);
});

test('entities: a price benchmark is no one ("Brent crude rose"); a region\'s members after its name make it no body ("Gulf states"); a convention is a body; four Spanish names are a person\'s ("Andrés Manuel López Obrador, Sheinbaum\'s predecessor")', () => {
  assert.deepEqual(typesOf('Prices fell. Brent crude rose 1.2%. Israel met Gulf states. Sean O\'Brien spoke at the Republican National Convention in Milwaukee. Andrés Manuel López Obrador, President Sheinbaum\'s predecessor and political mentor, had a warm relationship with him.'), [
    ['Brent', 'misc'], ['Israel', 'place'], ['Gulf', 'place'], ['Sean O\'Brien', 'person'], ['Republican National Convention', 'organization'], ['Milwaukee', 'place'], ['Andrés Manuel López Obrador', 'person'], ['Sheinbaum', 'person'],
  ]);
});

test('entities: a possessive after a comma describes the name before it, not a list\'s next item ("Kaiann Drance, Apple\'s vice president"); an acronym a guess types takes its full name\'s type ("Inger Andersen, Unep\'s executive director")', () => {
  assert.deepEqual(typesOf('Apple makes phones with Apple Intelligence. "We are glad," Kaiann Drance, Apple\'s vice president of marketing, said. The UN Environment Programme (Unep) said pledges fell short, said Inger Andersen, Unep\'s executive director.').map(([written, type]) => `${written} ${type}`), [
    'Apple organization', 'Apple Intelligence person', 'Kaiann Drance person', 'Apple organization', 'UN Environment Programme organization', 'Unep organization', 'Inger Andersen person', 'Unep organization',
  ]);
});

test('quotes: a sentence quoted whole is attributed by a short clause opening the next ("“We are ready.” That was the message from union leader Christiane Benner on Monday, as …"), but not a quote that opens mid-sentence', () => {
  assert.deepEqual(quotesOf('Talks resumed. "We are ready." That was the message from union leader Christiane Benner on Monday, as talks with employers resumed and the plant stayed shut.\n\nChief Justice John Roberts said the tariffs were taxes, which "has always been the core power of Congress." Justice Amy Coney Barrett, a Trump appointee, asked a question.'), [
    ['We are ready.', 'Christiane Benner'], ['has always been the core power of Congress.', 'John Roberts'],
  ]);
});

test('entities: "Shadow" only qualifies a title ("Storm Shadow missiles" is a weapon); a weapon\'s kind after a list types its letters ("ATACMS and Storm Shadow missiles"); drones make a weapon ("54 Shahed drones")', () => {
  assert.deepEqual(typesOf('He wants weapons such as ATACMS and Storm Shadow missiles. Moscow launched 54 Shahed drones overnight.'), [
    ['ATACMS', 'misc'], ['Storm Shadow', 'misc'], ['Moscow', 'place'], ['Shahed', 'misc'],
  ]);
});

test('entities: a name of common words is a body\'s, not a person\'s ("The Federal Reserve cut rates"); a source in one word ("according to Eurostat") and a bank by its name ("Bundesbank") are bodies; so is a post at one ("a geneticist at Harvard")', () => {
  assert.deepEqual(typesOf('The Federal Reserve cut rates. Prices fell, according to Eurostat. He met the Bundesbank President Joachim Nagel and David Reich, a population geneticist at Harvard.'), [
    ['Federal Reserve', 'organization'], ['Eurostat', 'organization'], ['Bundesbank', 'organization'], ['Joachim Nagel', 'person'], ['David Reich', 'person'], ['Harvard', 'organization'],
  ]);
});

test('entities: a plural of doers made of two words opening a sentence is none ("Policymakers including …"); common initialisms after common words are none ("Ancient DNA"), and leave a name before them ("the White House AI czar"); a culture, a plan and an index are things', () => {
  assert.deepEqual(typesOf('Policymakers including Isabel Schnabel argued. Ancient DNA reveals it. He was backed by the White House AI and crypto czar. It was linked to the Yamnaya culture under the Graded Response Action Plan.'), [
    ['Isabel Schnabel', 'person'], ['White House', 'organization'], ['Yamnaya', 'misc'], ['Graded Response Action Plan', 'misc'],
  ]);
});

test('entities: a court case is one name ("Free Speech Coalition v. Paxton"); a portfolio after a known place is the title\'s when a name follows ("Delhi Environment Minister Gopal Rai"), not in a body\'s name ("the Gaza Civil Defence agency")', () => {
  assert.deepEqual(typesOf('The case, Free Speech Coalition v. Paxton, was heard. Delhi Environment Minister Gopal Rai spoke, according to the Gaza Civil Defence agency.'), [
    ['Free Speech Coalition v. Paxton', 'misc'], ['Delhi', 'place'], ['Gopal Rai', 'person'], ['Gaza Civil Defence', 'organization'],
  ]);
});

test('times: numbers with a slash and no year are a date only after a word that dates ("on 10/28"), not a fraction ("1/2 of the votes")', () => {
  assert.deepEqual(timesOf('2025-10-29', 'He won 1/2 of the votes on 10/28, and the vote on 10/28/2025 was close.'), [['10/28', '2025-10-28'], ['10/28/2025', '2025-10-28']]);
});

test('entities: a first name before a surname that is a title too is someone\'s ("Councillor Mike Dean"); a chamber by its size and a coalition partner are bodies ("the 460-seat Sejm", "its junior coalition partner Komeito"); letters in brackets after a body are its own, spelt out or not ("(LASEMA)", "(NiMet)")', () => {
  const text = 'Councillor Mike Dean, who chairs the committee, said no. "We cannot say no," he said. He won in the 460-seat Sejm. The LDP and its junior coalition partner Komeito lost. The Lagos State Emergency Management Agency (LASEMA) said so, and LASEMA staff helped.';
  assert.deepEqual(mentionsOf(text).filter((mention) => !mention[3]).map(([written, key, type]) => `${written} → ${key} (${type})`), [
    'Mike Dean → Mike Dean (person)', 'Sejm → Sejm (organization)', 'LDP → LDP (organization)', 'Komeito → Komeito (organization)',
    'Lagos State Emergency Management Agency → Lagos State Emergency Management Agency (organization)', 'LASEMA → Lagos State Emergency Management Agency (organization)', 'LASEMA → Lagos State Emergency Management Agency (organization)',
  ]);
  assert.deepEqual(quotesOf(text), [['We cannot say no,', 'Mike Dean']]);
});

test('entities: a divided country\'s halves, both named, go by their compass words ("the North", "the South"), but not where another country shares one ("South Africa")', () => {
  const keys = (text: string) => mentionsOf(text).map(([written, key]) => `${written} → ${key}`);
  assert.deepEqual(keys('North Korea fired a missile at South Korea. The South said the North had fired twice.'), ['North Korea → North Korea', 'South Korea → South Korea', 'South → South Korea', 'North → North Korea']);
  assert.deepEqual(keys('North Korea fired a missile at South Korea. The South said so. Trade with South Africa grew.'), ['North Korea → North Korea', 'South Korea → South Korea', 'South Africa → South Africa']);
});

test('entities: a known company\'s name before a product\'s is the product ("Google Chrome"); one unknown word ending as surnames do is guessed a person ("Dostoyevsky", "Kaufman")', () => {
  assert.deepEqual(typesOf('The recently released Google Chrome is gaining users. He read Dostoyevsky and met Kaufman.'), [['Google Chrome', 'misc'], ['Dostoyevsky', 'person'], ['Kaufman', 'person']]);
});

test('entities: a heading in sentence case is read as prose, short verbs and all ("Why did you choose to run in the Republican Party?"); two places joined by a hyphen are both named ("the Russia-Ukraine war")', () => {
  const text = 'Interview with a candidate\n\nHe ran for office.\n\nWhy did you choose to run in the Republican Party?\n\nMy ties to the party date back years. He spoke about the Russia-Ukraine war.';
  assert.deepEqual(typesOf(text), [['Republican Party', 'organization'], ['Russia', 'place'], ['Ukraine', 'place']]);
});

test('quotes: a body\'s possessive before a person after the cue names the person ("said ESB\'s Derek Hynes"); letters in brackets after a body do not take the speech from the person of it ("Ella Jakubowska of European Digital Rights (EDRi) said")', () => {
  assert.deepEqual(quotesOf('"This is unprecedented," said ESB\'s Derek Hynes.\n\nElla Jakubowska of European Digital Rights (EDRi) said the ban was "full of loopholes".'), [
    ['This is unprecedented,', 'Derek Hynes'], ['full of loopholes', 'Ella Jakubowska'],
  ]);
});

test('entities: a region after a place weighs as a title does ("JASPER, Alta." outweighs "Fire nears Jasper"); a thing is not placed by a name after its comma ("At the World Cup, Sweden faced South Korea")', () => {
  assert.deepEqual(typesOf('Fire nears Jasper\n\nJASPER, Alta. — Residents fled on Monday.'), [['Jasper', 'place'], ['JASPER, Alta', 'place']]);
  assert.deepEqual(typesOf('At the World Cup, Sweden faced South Korea in a match. The goal came late and the penalty was scored in the stadium.'), [['World Cup', 'misc'], ['Sweden', 'organization'], ['South Korea', 'organization']]);
});

test('entities: a regnal number is no body\'s letters ("When Benedict XVI resigned"); a saint\'s name is not a surname to key by ("Pope Francis" is not "St Francis"); an occupied place is a place whatever its last word ("the occupied West Bank")', () => {
  assert.deepEqual(mentionsOf('The cardinal met him. When Benedict XVI resigned, the conclave met. Pope Francis died. He took his name from St Francis of Assisi. Buses arrived in the occupied West Bank.').filter((mention) => !mention[3]).map(([written, key, type]) => `${written} → ${key} (${type})`), [
    'Benedict XVI → Benedict XVI (person)', 'Francis → Francis (person)', 'St Francis → St Francis (misc)', 'Assisi → Assisi (place)', 'West Bank → West Bank (place)',
  ]);
});

test('entities: "-level" makes a modifier ("a PhD-level expert"); a cloud platform is a thing ("its Azure cloud platform"); "Latin American" is a people, no name', () => {
  assert.deepEqual(typesOf('He is a PhD-level expert. Microsoft will add it to its Azure cloud platform. Francis was the first Latin American pontiff.'), [['Microsoft', 'organization'], ['Azure', 'misc'], ['Francis', 'person']]);
});

test('entities: a named fire is an event, not a body ("The Mountain Fire has burned"); the agency known by "Fire" stays a body ("known as Cal Fire")', () => {
  assert.deepEqual(typesOf('The Mountain Fire has burned 20,000 acres, according to the California Department of Forestry and Fire Protection, known as Cal Fire.'), [
    ['Mountain Fire', 'misc'], ['California Department of Forestry and Fire Protection', 'organization'], ['Cal Fire', 'organization'],
  ]);
});

test('quotes: a sentence quoted whole after an unnamed speaker\'s quote goes on with it ("“We were told to pay,” one executive told investigators. “Everyone knew.”"); entities: where a column appears is a paper ("wrote columnist Elena Martín in El País")', () => {
  assert.deepEqual(quotesOf('"We were told to pay," one executive told investigators. "Everyone knew."'), [['We were told to pay,', null], ['Everyone knew.', null]]);
  assert.deepEqual(typesOf('"People are angry," wrote columnist Elena Martín in El País.'), [['Elena Martín', 'person'], ['El País', 'organization']]);
});

test('entities: a street\'s name opening a sentence keeps its first word, and speaks as the body in it ("Downing Street said …")', () => {
  assert.deepEqual(quotesOf('Downing Street said Sir Keir Starmer had accepted her resignation "with great sadness".'), [['with great sadness', 'Downing Street']]);
  assert.deepEqual(typesOf('Downing Street said so. Crowds gathered on Oxford Street.'), [['Downing Street', 'organization'], ['Oxford Street', 'place']]);
});
