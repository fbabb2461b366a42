import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './read.ts';
import { cleanArticle, deriveTitle } from './clean.ts';

const clean = (text: string) => {
  const article = cleanArticle(readArticle('a.txt', text));
  return {
    article,
    kinds: article.blocks.map((block) => `${block.kind}: ${text.slice(block.start, block.end)}`),
    removed: article.removed.map((removed) => `${removed.reason}: ${removed.text}`),
  };
};

test('link, credit and new-window lines are furniture, removed with their reason', () => {
  const { kinds, removed } = clean([
    'The minister spoke on Monday.',
    'Read more: Markets fall as talks stall',
    'Photo: Reuters',
    '[ What happens next?Opens in new window ]',
    'The talks resume next week.',
  ].join('\n'));
  assert.deepEqual(kinds, ['paragraph: The minister spoke on Monday.', 'paragraph: The talks resume next week.']);
  assert.deepEqual(removed, ['related-link: Read more: Markets fall as talks stall', 'image-credit: Photo: Reuters', 'external-link: [ What happens next?Opens in new window ]']);
});

test('a lone headline-shaped line is a sub-heading; a run of them is a list of related articles', () => {
  const { kinds, removed } = clean([
    'The first paragraph ends here.',
    '',
    'Leaders meet in the capital',
    '',
    'The second paragraph ends here.',
    'Storm hits the coast as thousands flee',
    'Election results delayed again',
    'The third paragraph ends here.',
  ].join('\n'));
  assert.deepEqual(kinds, ['paragraph: The first paragraph ends here.', 'heading: Leaders meet in the capital', 'paragraph: The second paragraph ends here.', 'paragraph: The third paragraph ends here.']);
  assert.deepEqual(removed, ['related-link: Storm hits the coast as thousands flee', 'related-link: Election results delayed again']);
});

test('a leading headline is the title and a date line the dateline', () => {
  const { article, removed } = clean('Texas student inspires movement\n\nTuesday, September 22, 2015\n\nNews of the arrest spread fast.\n');
  assert.equal(article.title, 'Texas student inspires movement');
  assert.equal(article.date, '2015-09-22');
  assert.equal(article.dateSource, 'dateline');
  assert.deepEqual(removed, []);
  assert.deepEqual(article.blocks.map((block) => block.kind), ['title', 'dateline', 'paragraph']);
});

test('a derived title is the first sentence, cut at a clause break when long', () => {
  const text = 'The Kremlin denied it was pressing Belarus to play a bigger role in the war as leaders of the allied states met in Minsk, amid growing concerns about a second assault.';
  const title = deriveTitle(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
  assert.equal(title, 'The Kremlin denied it was pressing Belarus to play a bigger role in the war');
});

test('a press release\'s contacts and its wire\'s source line are furniture: the label, a name under it, addresses and numbers', () => {
  const { kinds, removed } = clean('Northvolt Announces Partnership\n\nNorthvolt today announced a partnership with Siemens.\n\nAbout Northvolt\n\nNorthvolt makes battery cells.\n\nMedia Contact:\nJane Doe\npress@northvolt.com\n+1 512-555-0100\n\nSOURCE Northvolt Energy Inc.\n');
  assert.deepEqual(removed, ['contact: Media Contact:', 'contact: Jane Doe', 'contact: press@northvolt.com', 'contact: +1 512-555-0100', 'byline: SOURCE Northvolt Energy Inc.']);
  assert.deepEqual(kinds.slice(1), ['paragraph: Northvolt today announced a partnership with Siemens.', 'heading: About Northvolt', 'paragraph: Northvolt makes battery cells.']);
  // A date alone is no contact's number.
  assert.ok(!clean('Northvolt Announces Partnership\n\n12.11.2025\n\nNorthvolt announced a partnership.\n').removed.some((line) => line.startsWith('contact')));
});

test('a line of dates labelled with a dash is a dateline, with its zone and place; the date published outweighs the date updated', () => {
  const { article, kinds, removed } = clean('Bihar results: NDA sweeps\n\nUpdated - November 15, 2025 01:14 am IST - Patna\n\nThe alliance won 202 seats on Friday.\n\nPublished - November 14, 2025 11:52 pm IST\n');
  assert.equal(article.date, '2025-11-14');
  assert.deepEqual(kinds.slice(1), ['dateline: Updated - November 15, 2025 01:14 am IST - Patna', 'paragraph: The alliance won 202 seats on Friday.']);
  assert.deepEqual(removed, ['date-marker: Published - November 14, 2025 11:52 pm IST']);
});

test('a cookie banner is page chrome, and a dateline is looked for from the page\'s first lines after its controls and menu labels', () => {
  const page = 'Skip to content\nCookies on the BBC website\nWe use cookies to give you the best online experience.\nAccept and continue\n\nHome\nNews\nSport\nWeather\n\nStorm Claudia: Homes evacuated in Monmouth\n\n22 November 2025\n\nDozens of homes have been evacuated in Monmouth.\n';
  const { article, kinds, removed } = clean(page);
  assert.equal(article.date, '2025-11-22');
  assert.deepEqual(kinds, ['title: Storm Claudia: Homes evacuated in Monmouth', 'dateline: 22 November 2025', 'paragraph: Dozens of homes have been evacuated in Monmouth.']);
  assert.deepEqual(removed.slice(0, 4), ['page-chrome: Skip to content', 'page-chrome: Cookies on the BBC website', 'page-chrome: We use cookies to give you the best online experience.', 'page-chrome: Accept and continue']);
});

test('a column\'s closing note on its author, whom the byline names, is a byline; a newsletter\'s footer is page chrome', () => {
  const { kinds, removed } = clean('Britain\'s budget is a gamble\n\nBy Martin Wolf\n\nI have covered budgets for 30 years.\n\nMartin Wolf is chief economics commentator at the Financial Times.\n');
  assert.deepEqual(removed, ['byline: By Martin Wolf', 'byline: Martin Wolf is chief economics commentator at the Financial Times.']);
  assert.deepEqual(kinds.slice(1), ['paragraph: I have covered budgets for 30 years.']);
  // Not a paragraph about someone else, nor a long one.
  assert.equal(clean('Budget gamble\n\nBy Martin Wolf\n\nI have covered budgets.\n\nRachel Reeves is the chancellor.\n').removed.length, 1);
  const footer = clean('Morning Briefing\n\nGood morning. Here is the news.\n\nYou are receiving this email because you signed up for Morning Briefing. Unsubscribe | Manage preferences\n');
  assert.deepEqual(footer.removed, ['page-chrome: You are receiving this email because you signed up for Morning Briefing. Unsubscribe | Manage preferences']);
});

test('a picture\'s credit by its taker or agency alone is an image credit; a note that the story was updated is page chrome', () => {
  const { kinds, removed } = clean('Quake strikes off Japan\n\nA powerful earthquake struck late Monday.\n\n(Photo by Kazuhiro Nogi/AFP via Getty Images)\n\nThere was no damage.\n\nGetty Images\n\nThis story has been updated with additional details.\n');
  assert.deepEqual(removed, ['image-credit: (Photo by Kazuhiro Nogi/AFP via Getty Images)', 'image-credit: Getty Images', 'page-chrome: This story has been updated with additional details.']);
  assert.deepEqual(kinds.slice(1), ['paragraph: A powerful earthquake struck late Monday.', 'paragraph: There was no damage.']);
});

test('a station\'s pointer to its site and a terminal\'s advertisement after the story are page chrome; a sentence that names a site is not', () => {
  const { kinds, removed } = clean('Man charged after woman found dead\n\nPolice arrested a man on Sunday.\n\nFor more details, visit the council\'s site at dayton.gov.\n\nFor the latest news, weather, sports, and streaming video, head to WDTN.com.\n');
  assert.deepEqual(removed, ['page-chrome: For the latest news, weather, sports, and streaming video, head to WDTN.com.']);
  assert.deepEqual(kinds.slice(1), ['paragraph: Police arrested a man on Sunday.', 'paragraph: For more details, visit the council\'s site at dayton.gov.']);
  assert.deepEqual(clean('Nvidia tops estimates\n\nThe shares rose.\n\nBefore it\'s here, it\'s on the Bloomberg Terminal\n').removed, ['page-chrome: Before it\'s here, it\'s on the Bloomberg Terminal']);
});

test('a byline that ends in the date with a year of two digits dates the article ("By Mychael Schnell - 11/10/25 10:45 PM ET"); a wire\'s end mark is page chrome', () => {
  const { article, kinds, removed } = clean('Senate passes funding bill\n\nBy Mychael Schnell and Alexander Bolton - 11/10/25 10:45 PM ET\n\nThe Senate passed a bill.\n\n(END)\n');
  assert.equal(article.date, '2025-11-10');
  assert.deepEqual(removed, ['byline: By Mychael Schnell and Alexander Bolton -', 'page-chrome: (END)']);
  assert.deepEqual(kinds.slice(1), ['dateline: 11/10/25 10:45 PM ET', 'paragraph: The Senate passed a bill.']);
});

test('a page\'s controls ("Link Copied!", "Ad Feedback", "CLICK HERE TO GET THE FOX NEWS APP") are page chrome; the author\'s note names the author in part of a byline that runs on into the outlet ("By Liz Friden Fox News")', () => {
  const { kinds, removed } = clean('Hegseth orders review\n\nBy Liz Friden Fox News\n\nLink Copied!\n\nThe memo was sent.\n\nAd Feedback\n\nCLICK HERE TO GET THE FOX NEWS APP\n\nHegseth signed it.\n\nLiz Friden is a Fox News Digital producer based in Washington, D.C.\n');
  assert.deepEqual(removed, ['byline: By Liz Friden Fox News', 'page-chrome: Link Copied!', 'page-chrome: Ad Feedback', 'page-chrome: CLICK HERE TO GET THE FOX NEWS APP', 'byline: Liz Friden is a Fox News Digital producer based in Washington, D.C.']);
  assert.deepEqual(kinds.slice(1), ['paragraph: The memo was sent.', 'paragraph: Hegseth signed it.']);
});

test('a line with no word is page chrome: a dash set apart after the outlet\'s name, a wire\'s rule', () => {
  const { kinds, removed } = clean('Hurricane Melissa makes landfall\n\n — \n\nThe storm struck Jamaica on Tuesday.\n\n___\n\nAssociated Press writer Dánica Coto contributed.\n');
  assert.deepEqual(removed.slice(0, 2), ['page-chrome: —', 'page-chrome: ___']);
  assert.deepEqual(kinds.slice(1, 2), ['paragraph: The storm struck Jamaica on Tuesday.']);
});

test('a headline under the page\'s date is the title, and a byline lead with no name is a byline', () => {
  const { article, removed } = clean('Thursday, 11 August 2022\n\nLukashenko demands measures over Klaipeda port\n\nBelarus will respond, President Aleksandr Lukashenko said on Thursday.\n\nWritten by\n');
  assert.equal(article.title, 'Lukashenko demands measures over Klaipeda port');
  assert.equal(article.date, '2022-08-11');
  assert.deepEqual(removed, ['byline: Written by']);
});

test('a note of the page\'s other languages is page chrome', () => {
  const { removed } = clean('Minister wants to keep his office\n\nThe minister said he would stay.\n\nThis text available in   Հայերեն and Русский\n');
  assert.deepEqual(removed, ['page-chrome: This text available in   Հայերեն and Русский']);
});

test('a sports page\'s furniture goes: its category, text size control, a photo credited to a site, the agency\'s sign-off, recent posts with teasers cut short and their age, a comment form', () => {
  const page = 'Categories: Sports\n\nCoyle praises East Bengal after defeat\n\nText Size:\n\nphoto football.ua\n\nJamshedpur FC lost 1-2 on Sunday, head coach Owen Coyle said.\n\nHis side remain seventh. (ANI)\n\nANI\n\nRecent Posts\n\nMumbai Police Criticised for Delay in Stabbing Case\n\nLapses by Bandra police in the stabbing case delayed alerting crime units, enabling…\n\n9 minutes ago\n\nAdd a comment\n\n:D :lol: :-) ;-) 8) :-| :zzz :P\n\nEnter the correct answer\n\nNo comments:\n\nPost a Comment\n';
  const { article, kinds } = clean(page);
  assert.equal(article.title, 'Coyle praises East Bengal after defeat');
  assert.deepEqual(kinds.slice(1), ['paragraph: Jamshedpur FC lost 1-2 on Sunday, head coach Owen Coyle said.', 'paragraph: His side remain seventh. (ANI)']);
});

test('a long first line is the title, and what stands before a dateline\'s label is a byline ("Virendra FOLLOW TOP CONTRIBUTOR News Published Dec 27, 2019")', () => {
  const headline = "ISL 2019-20: 'To end 2019 at the top of the table with 21 points is a great achievement,' says Goa assistant coach Tato";
  const { article, removed } = clean(`${headline}\n\nVirendra FOLLOW TOP CONTRIBUTOR News Published Dec 27, 2019\n\nFC Goa held on to win 4-3 on Thursday.\n`);
  assert.equal(article.title, headline);
  assert.equal(article.date, '2019-12-27');
  assert.deepEqual(removed, ['byline: Virendra FOLLOW TOP CONTRIBUTOR News Published']);
});

test('a tag page\'s heading is page chrome, and the headline under it the title', () => {
  const { article, removed } = clean('Posts tagged with "Study Finds"\n\nEyes wide shut: Mammals dream before birth\n\nJuly 27, 2021\n\nResearchers from Yale University offered an explanation.\n');
  assert.equal(article.title, 'Eyes wide shut: Mammals dream before birth');
  assert.deepEqual(removed, ['page-chrome: Posts tagged with "Study Finds"']);
});

test('a section\'s name above the headline is no title; a wire\'s sign-off, its editors\' initials, a disclaimer and "Trending Photos" are furniture', () => {
  const { article, removed } = clean('International\n\nDeath toll in Philippines flash flood rises to 15\n\nTrending Photos\n\nThe death toll has risen to 15, authorities said on Tuesday.\n\n--IANS\n\namit/bg\n\nDisclaimer: No Business Standard Journalist was involved in creation of this content\n');
  assert.equal(article.title, 'Death toll in Philippines flash flood rises to 15');
  assert.deepEqual(removed, [
    'related-link: International',
    'related-link: Trending Photos',
    'page-chrome: --IANS',
    'page-chrome: amit/bg',
    'page-chrome: Disclaimer: No Business Standard Journalist was involved in creation of this content',
  ]);
});

test('a press release\'s place and date alone date it ("Montrouge, France, May 5, 2021"); a company\'s contacts label, with a spaced number, is a contact', () => {
  const { article, kinds, removed } = clean('DBV Technologies Announces Filing of its Form 10-Q\n\nMontrouge, France, May 5, 2021\n\nDBV Technologies today announced the filing.\n\nDBV Investor Relations Contact\nAnne Pollak\n+ 1 (857) 529-2363\nanne.pollak@dbv-technologies.com\n');
  assert.equal(article.date, '2021-05-05');
  assert.deepEqual(kinds.slice(1, 2), ['dateline: Montrouge, France, May 5, 2021']);
  assert.deepEqual(removed, ['contact: DBV Investor Relations Contact', 'contact: Anne Pollak', 'contact: + 1 (857) 529-2363', 'contact: anne.pollak@dbv-technologies.com']);
});

test('a row of links set apart by bars, "Share via" and "ALSO:" are furniture', () => {
  const { removed } = clean('Fall Out Boy back with new album\n\nShare via\n\nFall Out Boy is back.\n\nPHOTOS: Top nominees | Ballot | Snubs | Concert | Complete list\n\nThe band will tour in May.\n\nALSO:\n\nAEG moves to battle Ticketmaster head on\n');
  assert.deepEqual(removed, ['page-chrome: Share via', 'related-link: PHOTOS: Top nominees | Ballot | Snubs | Concert | Complete list', 'related-link: ALSO:', 'related-link: AEG moves to battle Ticketmaster head on']);
});

test('a wire\'s slug is no part of the title ("UPDATE 2-", "(LEAD)") but kept among the removed lines, and a correction notice is page chrome', () => {
  const { article, removed } = clean('UPDATE 2-EU AGREES TO PHASE OUT RUSSIAN GAS IMPORTS BY 2027\n\nBRUSSELS, Dec 3 (Reuters) - EU countries agreed on Wednesday to phase out Russian gas.\n\nCORRECTION: An earlier version of this story misstated the deadline.\n');
  assert.equal(article.title, 'EU AGREES TO PHASE OUT RUSSIAN GAS IMPORTS BY 2027');
  assert.deepEqual(removed, ['page-chrome: UPDATE 2-', 'page-chrome: CORRECTION: An earlier version of this story misstated the deadline.']);
  const yonhap = clean('(LEAD) N. Korea fires ballistic missile into East Sea: JCS\n\nSEOUL, Nov. 24 (Yonhap) -- North Korea fired a short-range ballistic missile on Monday.\n');
  assert.equal(yonhap.article.title, 'N. Korea fires ballistic missile into East Sea: JCS');
  assert.deepEqual(yonhap.kinds[0], 'title: N. Korea fires ballistic missile into East Sea: JCS');
  assert.deepEqual(yonhap.removed, ['page-chrome: (LEAD)']);
});

test('a name split off the date by a bar is a byline, the date updated after it goes with it, and a label by the date is the page\'s ("ANKARA")', () => {
  const { article, kinds, removed } = clean('Türkiye condemns attack on aid convoy\n\nGizem Nisa Çakır   |08.06.2026 - Update : 08.06.2026\n\nANKARA\n\nTürkiye on Monday condemned an attack on an aid convoy.\n\n*Writing by Ahmet Gencturk\n\nAnadolu Agency website contains only a portion of the news stories offered to subscribers. Please contact us for subscription options.\n');
  assert.equal(article.date, '2026-06-08');
  assert.deepEqual(kinds.slice(1, 2), ['dateline: 08.06.2026 - Update : 08.06.2026']);
  assert.deepEqual(removed, [
    'byline: Gizem Nisa Çakır   |',
    'page-chrome: ANKARA',
    'byline: *Writing by Ahmet Gencturk',
    'page-chrome: Anadolu Agency website contains only a portion of the news stories offered to subscribers. Please contact us for subscription options.',
  ]);
});

test('"Read:" leads a link, and a point under a date is the article\'s, not a link', () => {
  const { removed, kinds } = clean('Company reports first quarter results\n\nJun 7, 2023\n\nConsolidated net revenues totaled $94.4 million\n\nNet loss totaled $4.7 million, or $0.15 per diluted share.\n\nRead: Farmers stranded as fertiliser prices soar\n\nThe board will meet in July.\n');
  assert.deepEqual(removed, ['related-link: Read: Farmers stranded as fertiliser prices soar']);
  assert.deepEqual(kinds.slice(2, 3), ['heading: Consolidated net revenues totaled $94.4 million']);
});

test('"By:" opens a byline, the writer\'s role under it is the byline\'s, and a date under a label of its own line dates the page', () => {
  const { article, removed } = clean('New antibiotic kills drug-resistant bacteria\n\nBy: Andrew Benson\n\nChief science writer at Hamilton\n\nResearchers have discovered a compound that kills bacteria in mice.\n\nThe work was funded by the National Institutes of Health.\n\nThe team will test it next.\n\nIt may take years.\n\nMore work is needed, they said.\n\nArticle Publication Date\n\n14-Apr-2026\n');
  assert.equal(article.date, '2026-04-14');
  assert.deepEqual(removed.slice(0, 2), ['byline: By: Andrew Benson', 'byline: Chief science writer at Hamilton']);
});

test('where the writers reported from, before who contributed, is the credits\' ("Binkley reported from Washington. … contributed to this report.")', () => {
  const { removed } = clean('Judge blocks administration from cutting research funds\n\nBOSTON (AP) — A federal judge on Wednesday ruled that the cuts were illegal.\n\nBinkley reported from Washington. Associated Press writer Jocelyn Gecker in San Francisco contributed to this report.\n');
  assert.deepEqual(removed, ['byline: Binkley reported from Washington. Associated Press writer Jocelyn Gecker in San Francisco contributed to this report.']);
});

test('a date labelled after a byline\'s names and outlet, set apart by dots, dates the page ("Shawn Jeffords · The Canadian Press · Posted: Oct 15, 2025")', () => {
  const { article } = clean('Ford government to table bill banning bike lanes\n\nShawn Jeffords · The Canadian Press · Posted: Oct 15, 2025 4:00 AM EDT | Last Updated: October 15, 2025\n\nOntario will table legislation on Wednesday, Premier Doug Ford said.\n');
  assert.equal(article.date, '2025-10-15');
});

test('the lines of names under a contacts\' label, before a labelled address, are a contact\'s ("WHO Media Team", "Email: …")', () => {
  const { removed } = clean('WHO declares end of mpox emergency\n\nThe World Health Organization today declared the emergency over.\n\nMedia Contacts\n\nWHO Media Team\n\nWorld Health Organization\n\nEmail: mediainquiries@who.int\n');
  assert.deepEqual(removed, ['contact: Media Contacts', 'contact: WHO Media Team', 'contact: World Health Organization', 'contact: Email: mediainquiries@who.int']);
});

test('who published the page, under a "From:" of its own line, is the byline\'s; a date line ending in its country after a comma dates the page ("21:37, UK")', () => {
  const { article, removed } = clean('New powers to tackle rogue landlords\n\nFrom:\n\nMinistry of Housing, Communities and Local Government and Matthew Pennycook MP\n\nSunday 20 July 2025 21:37, UK\n\nCouncils will be able to fine rogue landlords.\n\nOn Sunday 20 July 2025, Smith won.\n');
  assert.equal(article.date, '2025-07-20');
  assert.deepEqual(removed, ['byline: From:', 'byline: Ministry of Housing, Communities and Local Government and Matthew Pennycook MP']);
});

test('a byline may open in lower case, and a date line may end with how long the page takes to read', () => {
  const { article, kinds, removed } = clean('Russian drone attack on Kharkiv kills 3\nby Kateryna Hodunova and The Kyiv Independent news desk\nNovember 22, 2026 10:14 AM 2 min read\nRussian forces launched a drone attack on Kharkiv overnight.');
  assert.equal(article.date, '2026-11-22');
  assert.deepEqual(removed, ['byline: by Kateryna Hodunova and The Kyiv Independent news desk']);
  assert.deepEqual(kinds.slice(1, 2), ['dateline: November 22, 2026 10:14 AM 2 min read']);
});

test('a caption ends with its credit in brackets ("(State Emergency Service / Telegram)"); an appeal for support under an author\'s note is furniture', () => {
  const { removed } = clean('Russian drone attack on Kharkiv kills 3\nFirefighters work at the site of a Russian drone strike in Kharkiv, Ukraine, on Nov. 22, 2026. (State Emergency Service / Telegram)\nRussian forces launched a drone attack on Kharkiv overnight.\nNote from the author:\nHi, this is Kateryna Hodunova. I wrote this news piece for you. Consider supporting our independent journalism.\nSupport us');
  assert.deepEqual(removed.map((line) => line.slice(0, line.indexOf(':'))), ['image-credit', 'page-chrome', 'page-chrome', 'page-chrome']);
});

test('the page\'s date may come after a long header of chrome, before the first paragraph of prose', () => {
  const { article, kinds } = clean('\'Wicked: For Good\' Soars to $150 Million Global Opening\nBy Rebecca Rubin\nPlus Icon\nRebecca Rubin\nSenior Film and Media Reporter\nLatest\nBox Office: \'Zootopia 2\' Eyes Record Thanksgiving\n3 days ago\nNovember 23, 2026 9:05am PT\nUniversal\'s "Wicked: For Good" flew to $150 million in its global box office debut.\nThe sequel opened on 3,888 screens, its studio said on November 20, 2026.');
  assert.equal(article.date, '2026-11-23');
  assert.deepEqual(kinds.slice(0, 2), ['title: \'Wicked: For Good\' Soars to $150 Million Global Opening', 'dateline: November 23, 2026 9:05am PT']);
});

test('a writer\'s handle alone on its line is furniture, and "Read More About:" leads links', () => {
  const { removed } = clean('Wicked Soars to $150 Million Global Opening\nBy Rebecca Rubin\n@rebeccarubin\nUniversal\'s "Wicked: For Good" flew to $150 million in its global box office debut.\nRead More About:\nBox Office, Wicked, Wicked: For Good');
  assert.deepEqual(removed, ['byline: By Rebecca Rubin', 'page-chrome: @rebeccarubin', 'related-link: Read More About:', 'related-link: Box Office, Wicked, Wicked: For Good']);
});

test('a name by the page\'s date is its writer\'s, and their note closing the page is the byline\'s; an outlet may sign a picture\'s credit ("ST PHOTO:")', () => {
  const { removed } = clean('CPF changes from Jan 1, 2027: What you need to know\nST PHOTO: GAVIN FOO\nNg Wei Kai\nPublished Nov 23, 2026, 05:00 AM\nSINGAPORE – From Jan 1, 2027, older workers will see higher CPF contribution rates.\nNg Wei Kai is a correspondent at The Straits Times, covering labour and manpower issues.');
  assert.deepEqual(removed.map((line) => line.slice(0, line.indexOf(':'))), ['image-credit', 'byline', 'byline']);
});

test('a call to join the outlet\'s channel is furniture ("Join ST\'s WhatsApp Channel and get the latest news")', () => {
  const { removed } = clean('CPF changes from Jan 1, 2027\nSINGAPORE – From Jan 1, 2027, older workers will see higher CPF contribution rates.\nJoin ST\'s WhatsApp Channel and get the latest news and must-reads.\nJoin us on Telegram for more.');
  assert.deepEqual(removed.map((line) => line.slice(0, line.indexOf(':'))), ['page-chrome', 'page-chrome']);
});

test('an agency in capitals and a dash may open the page\'s date line, and its sections close it ("KYODO NEWS - Nov 22, 2026 - 19:45 | World, All")', () => {
  const { article, kinds } = clean('Japan, China foreign ministers agree to keep communication\nKYODO NEWS - Nov 22, 2026 - 19:45 | World, All\nJapanese Foreign Minister Toshimitsu Motegi and his Chinese counterpart Wang Yi agreed Saturday to maintain dialogue.');
  assert.equal(article.date, '2026-11-22');
  assert.deepEqual(kinds.slice(1, 2), ['dateline: KYODO NEWS - Nov 22, 2026 - 19:45 | World, All']);
});

test('a call to the outlet\'s page on a social network is furniture ("Get involved on our Tennis Facebook page")', () => {
  const { removed } = clean('Sinner beats Alcaraz to retain ATP Finals title\nJannik Sinner defended his ATP Finals title with a win over Carlos Alcaraz in Turin on Sunday.\nGet involved on our Tennis Facebook page');
  assert.deepEqual(removed, ['page-chrome: Get involved on our Tennis Facebook page']);
});

test('lines under a sentence that introduces a list are the article\'s, not links ("Here\'s how the company did versus LSEG consensus estimates:")', () => {
  const { removed } = clean('Nvidia shares slip despite record revenue\nNvidia reported fiscal third-quarter earnings on Wednesday that topped analysts\' expectations.\nHere\'s how the company did versus LSEG consensus estimates:\nEarnings per share: $1.31 adjusted vs. $1.26 expected\nRevenue: $65.2 billion vs. $63.1 billion expected\nData center revenue rose 66% year over year to $56.6 billion.');
  assert.deepEqual(removed, []);
});

test('a web address alone on its line, perhaps after a short label, is a link ("AP NBA: https://apnews.com/hub/NBA")', () => {
  const { removed } = clean('Thunder hold off Nuggets 118-112\nThe Oklahoma City Thunder beat the Denver Nuggets 118-112 on Saturday night in a close game.\nhttps://apnews.com/hub/NBA\nAP NBA: https://apnews.com/hub/NBA');
  assert.deepEqual(removed, ['related-link: https://apnews.com/hub/NBA', 'related-link: AP NBA: https://apnews.com/hub/NBA']);
});

test('a press release\'s place and date before a dash date the page; a date run into its time does too ("November 20, 20263:15 PM GMT+1Updated 2 hours ago")', () => {
  const release = clean('Roche\'s giredestrant reduced the risk of recurrence in early breast cancer\nBasel, 20 November 2026 - Roche today announced positive results from the Phase III lidERA study.');
  assert.equal(release.article.date, '2026-11-20');
  assert.deepEqual(release.kinds.slice(1), ['dateline: Basel, 20 November 2026 -', 'paragraph: Roche today announced positive results from the Phase III lidERA study.']);
  const wire = clean('Nigeria\'s central bank holds rate at 27.5% as inflation slows\nBy Camillus Eboh\nNovember 20, 20263:15 PM GMT+1Updated 2 hours ago\nABUJA, Nov 20 (Reuters) - Nigeria\'s central bank held its benchmark interest rate at 27.5% on Thursday.');
  assert.equal(wire.article.date, '2026-11-20');
});

test('writers\' names by the page\'s date are its byline, before any standfirst ("Dan Primack, Ina Fried"); an illustration\'s credit and "Go deeper:" are furniture', () => {
  const { removed } = clean('OpenAI\'s chip deal with Broadcom runs into power limits\nDan Primack, Ina Fried\nNov 21, 2026\nIllustration: Brendan Lynch/Axios\nOpenAI\'s plan to deploy custom chips built with Broadcom is running up against a hard constraint.\nGo deeper: The AI power crunch, explained');
  assert.deepEqual(removed.map((line) => line.slice(0, line.indexOf(':'))), ['byline', 'image-credit', 'related-link']);
});

test('a short label between the title and the date is the page\'s, and a copyright sign without a year is furniture ("© Agence France-Presse")', () => {
  const { removed } = clean('Scientists find oldest evidence of fire-making in England\nAgence France-Presse\nPublished November 12, 2026\nParis (AFP) – Neanderthals were making fire around 400,000 years ago, researchers said Wednesday.\n© Agence France-Presse');
  assert.deepEqual(removed, ['page-chrome: Agence France-Presse', 'page-chrome: © Agence France-Presse']);
});

test('a press release\'s number is furniture ("PRESS RELEASE No 142/26")', () => {
  const { removed } = clean('Court of Justice of the European Union\nPRESS RELEASE No 142/26\nThe Court confirms that a national competition authority may examine data processing.');
  assert.deepEqual(removed, ['page-chrome: PRESS RELEASE No 142/26']);
});

test('a press contact with the details on its own line is a contact ("Press contact: Jacques René Zammit (+352) 4303 3355")', () => {
  const { removed } = clean('The Court confirms a ruling on data\nThe Court of Justice holds that the authority was entitled to act.\nPress contact: Jacques René Zammit (+352) 4303 3355');
  assert.deepEqual(removed, ['contact: Press contact: Jacques René Zammit (+352) 4303 3355']);
});

test('"Posted by" opens a byline, and a pointer to a discussion elsewhere is furniture ("Discuss on Hacker News")', () => {
  const { article, removed } = clean('Why we moved off Kubernetes\nPosted by Lena Fischer on 14 November 2026\nTwo years ago our team ran 40 services on a managed cluster on Google Cloud.\nDiscuss on Hacker News');
  assert.equal(article.date, '2026-11-14');
  assert.deepEqual(removed, ['byline: Posted by Lena Fischer', 'page-chrome: Discuss on Hacker News']);
});

test('"Published date:" labels the page\'s date, and "Heard on" a programme is furniture', () => {
  const { article, removed } = clean('Syria\'s al-Sharaa meets Erdogan in Ankara\nMiddle East Eye staff\nPublished date: 21 November 2026 15:20 GMT\nSyrian President Ahmed al-Sharaa met Turkish President Recep Tayyip Erdogan in Ankara on Friday.\nHeard on Weekend Edition Saturday');
  assert.equal(article.date, '2026-11-21');
  assert.ok(removed.includes('page-chrome: Heard on Weekend Edition Saturday'));
});

test('where the outlet reports from, under a byline, is the byline\'s ("BBC Sport at the Aviva Stadium"); a row of hashtags and "Get involved on …" are furniture', () => {
  const { removed } = clean('Ireland 24-19 New Zealand: Sheehan try seals famous win\nBy Michael Sheils McNamee\nBBC Sport at the Aviva Stadium\nDan Sheehan\'s late try gave Ireland a thrilling victory over New Zealand in Dublin.\nGet involved on #bbcrugby or text 81111 (UK only).\n#Rugby #Ireland');
  assert.deepEqual(removed.map((line) => line.slice(0, line.indexOf(':'))), ['byline', 'byline', 'page-chrome', 'page-chrome']);
});

test('a writer by the date may say where they write from ("Tom Wilson in London"); a wire writer who contributed from a place is the credits\'', () => {
  const { removed } = clean('BP names Albert Manifold chair\nTom Wilson in London\nPublished November 20 2026\nBP has appointed Albert Manifold, the former chief executive of CRH, as its next chair.\nAssociated Press writer Christopher Weber contributed from Los Angeles.');
  assert.deepEqual(removed, ['byline: Tom Wilson in London', 'byline: Associated Press writer Christopher Weber contributed from Los Angeles.']);
});

test('a summary\'s "Key points:" heads its points, which stay; "Edited by:" at the end is a credit', () => {
  const { kinds, removed } = clean([
    'Man jailed over hit-and-run',
    'Key points:',
    'Liam Pearce, 34, pleaded guilty to manslaughter',
    'The teenager was walking home from a party in Southport',
    'Liam Pearce was sentenced in the Supreme Court in Brisbane on Friday.',
    'Edited by: Rob Mudge',
  ].join('\n'));
  assert.deepEqual(kinds.slice(1, 4), ['heading: Key points:', 'paragraph: Liam Pearce, 34, pleaded guilty to manslaughter', 'paragraph: The teenager was walking home from a party in Southport']);
  assert.deepEqual(removed, ['byline: Edited by: Rob Mudge']);
});

test('a byline that says who the writer is, and an affiliate disclosure, are furniture, not a sentence opening "By Christmas Eve,"', () => {
  const { removed } = clean([
    'Nothing Phone 4 review',
    'By Allison Johnson, a reviewer with 15 years of experience reviewing smartphones.',
    'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.',
    'By Christmas Eve, the shops in London had sold out of the phone.',
    'Nothing OS 4, built on Android 17, is clean and fast. Nothing promises five years of OS updates.',
  ].join('\n'));
  assert.deepEqual(removed, [
    'byline: By Allison Johnson, a reviewer with 15 years of experience reviewing smartphones.',
    'page-chrome: If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.',
  ]);
});

test('a section label over the date and the headline is no title; a paper\'s reference list closes the page; share buttons are chrome', () => {
  const { article, removed } = clean([
    'NEWS',
    '21 November 2026',
    'Giant ancient shark had warm blood, fossil teeth reveal',
    'Click here to share on social media',
    'share2',
    'Social Sharing',
    'Otodus megalodon, the largest shark that ever lived, could keep its body warmer than the water around it.',
    'The shark went extinct around 3.6 million years ago, the team says in its paper.',
    'References',
    'Griffiths, M. L. et al. Nature 651, 112–118 (2026).',
    'Download references',
  ].join('\n'));
  assert.equal(article.title, 'Giant ancient shark had warm blood, fossil teeth reveal');
  assert.deepEqual(removed, [
    'page-chrome: NEWS', 'page-chrome: Click here to share on social media', 'page-chrome: share2', 'page-chrome: Social Sharing',
    'related-link: References', 'related-link: Griffiths, M. L. et al. Nature 651, 112–118 (2026).', 'related-link: Download references',
  ]);
});

test('a date line may end in how long ago the page went up ("22-Nov-2026 • 3 hrs ago"); a caption may end in its agency after a bullet', () => {
  const { article, removed } = clean([
    'Root\'s 40th hundred puts England in command at the Gabba',
    '22-Nov-2026 • 3 hrs ago',
    'Joe Root celebrates his 40th Test hundred • Getty Images',
    'Joe Root made his first Test hundred in Australia at the 14th attempt, and then kept going.',
  ].join('\n'));
  assert.equal(article.date, '2026-11-22');
  assert.deepEqual(removed, ['image-credit: Joe Root celebrates his 40th Test hundred • Getty Images']);
});

test('a date line may set its time apart with a slash ("Posted: Nov 22, 2026 / 08:14 AM PST"); "LEARN MORE" is chrome', () => {
  const { article, removed } = clean([
    'Suspect arrested after deadly shooting outside Inglewood restaurant',
    'by: Iman Palm',
    'Posted: Nov 22, 2026 / 08:14 AM PST',
    'A man has been arrested in connection with a deadly shooting outside a restaurant in Inglewood, police said.',
    'LEARN MORE',
  ].join('\n'));
  assert.equal(article.date, '2026-11-22');
  assert.deepEqual(removed, ['byline: by: Iman Palm', 'page-chrome: LEARN MORE']);
});

test('an outlet\'s copyright by name, a long reservation of rights and a "Contact:" address are furniture', () => {
  const { removed } = clean([
    'Tinubu approves N50bn for flood victims',
    'President Bola Tinubu has approved N50bn for the relief of victims of the recent floods, the Presidency announced.',
    'Copyright PUNCH.',
    'All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.',
    'Contact: theeditor@punchng.com',
  ].join('\n'));
  assert.deepEqual(removed.map((line) => line.slice(0, 40)), ['page-chrome: Copyright PUNCH.', 'page-chrome: All rights reserved. This m', 'contact: Contact: theeditor@punchng.com']);
});

test('a press release\'s notes to editors close it, and "Live Reporting" is chrome', () => {
  const { removed } = clean([
    'New powers to tackle rogue landlords come into force',
    'Live Reporting',
    'Tenants in England will be better protected from rogue landlords as new enforcement powers come into force today.',
    'Councils can now issue civil penalties of up to £40,000 for the most serious breaches, the ministry said.',
    'Notes to editors',
    'The Act received Royal Assent on 27 October 2025.',
  ].join('\n'));
  assert.deepEqual(removed, ['page-chrome: Live Reporting', 'page-chrome: Notes to editors', 'page-chrome: The Act received Royal Assent on 27 October 2025.']);
});

test('a press release\'s "About" section on its issuer closes it, with its boilerplate', () => {
  const { removed } = clean([
    'Roche drug cuts risk of breast cancer returning',
    'Roche today announced results from a phase III study of giredestrant in early breast cancer.',
    '"These results could change how early breast cancer is treated," said Levi Garraway, chief medical officer.',
    'Data will be presented at the San Antonio Breast Cancer Symposium in December.',
    'About Roche',
    'Founded in 1896 in Basel, Switzerland, Roche is one of the world\'s largest biotech companies.',
  ].join('\n'));
  assert.deepEqual(removed, ['page-chrome: About Roche', 'page-chrome: Founded in 1896 in Basel, Switzerland, Roche is one of the world\'s largest biotech companies.']);
});

test('an outlet\'s desk as the byline, an appeal to become a member, and "For more information:" over the contacts are furniture', () => {
  const { removed } = clean([
    'Drone strikes hit Odesa port as Zelensky meets Nordic leaders',
    'Kyiv Independent news desk',
    'Russian drones struck port infrastructure in Odesa overnight, injuring four people, the governor said.',
    'Ukraine\'s Air Force said it shot down 58 of the 74 drones launched overnight.',
    'We\'ve been working hard to bring you independent news from Ukraine. Consider supporting the Kyiv Independent.',
    'Become a member',
    'For more information:',
    'Media contacts',
    'mediainquiries@who.int',
  ].join('\n'));
  assert.deepEqual(removed, [
    'byline: Kyiv Independent news desk',
    'page-chrome: We\'ve been working hard to bring you independent news from Ukraine. Consider supporting the Kyiv Independent.',
    'page-chrome: Become a member', 'contact: For more information:', 'contact: Media contacts', 'contact: mediainquiries@who.int',
  ]);
});

test('a site\'s sign-off by its address and how to cite the page are furniture', () => {
  const { removed } = clean([
    'Typhoon death toll climbs to 23 as Cagayan digs out',
    'The death toll rose to 23 on Sunday as communities began clearing debris, the disaster council said.',
    'Power remains out in 14 towns, according to the electric cooperative.',
    '– Rappler.com',
    'Recommended Citation: Amy Howe, Supreme Court sides with Texas in border buoy dispute, SCOTUSblog (Nov. 21, 2026)',
  ].join('\n'));
  assert.deepEqual(removed, ['page-chrome: – Rappler.com', 'page-chrome: Recommended Citation: Amy Howe, Supreme Court sides with Texas in border buoy dispute, SCOTUSblog (Nov. 21, 2026)']);
});

test('where the writers reported from, a funder\'s disclosure and the AP\'s support note are furniture; a sentence on a broadcaster\'s funding is not', () => {
  const { removed } = clean([
    'Israeli strikes kill 12 in Gaza despite ceasefire',
    'Israeli strikes killed at least 12 people across the Gaza Strip overnight, local health officials said.',
    'The BBC\'s journalism is funded by the licence fee, the minister said.',
    'Magdy reported from Cairo.',
    'STAT\'s coverage of chronic health issues is supported by a grant from Bloomberg Philanthropies. Our financial supporters are not involved in any decisions about our journalism.',
    'The Associated Press receives support from several private foundations. The AP is solely responsible for all content.',
  ].join('\n'));
  assert.deepEqual(removed, [
    'byline: Magdy reported from Cairo.',
    'page-chrome: STAT\'s coverage of chronic health issues is supported by a grant from Bloomberg Philanthropies. Our financial supporters are not involved in any decisions about our journalism.',
    'page-chrome: The Associated Press receives support from several private foundations. The AP is solely responsible for all content.',
  ]);
});

test('a copyright by its owner first, an app\'s promotion and a section\'s are furniture; a sentence on copyright law is not', () => {
  const { removed } = clean([
    'Unilever in talks to sell food brands',
    'Unilever is in advanced talks to sell a portfolio of food brands, according to people familiar with the matter.',
    'Copyright law changed in 2024.',
    '(Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.)',
    'Download The Economic Times News App to get Daily Market Updates & Live Business News.',
    'Copyright The Financial Times Limited 2026. All rights reserved.',
  ].join('\n'));
  assert.deepEqual(removed, [
    'page-chrome: (Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.)',
    'page-chrome: Download The Economic Times News App to get Daily Market Updates & Live Business News.',
    'page-chrome: Copyright The Financial Times Limited 2026. All rights reserved.',
  ]);
});

test('a dateline with who posted it dates the page; editors\' initials in capitals or with the agencies, a release\'s number and a shop\'s button are furniture', () => {
  const cleaned = clean([
    'Prime Minister inaugurates Navi Mumbai International Airport',
    'Posted On: 22 NOV 2026 6:45PM by PIB Delhi',
    'The Prime Minister, Shri Narendra Modi inaugurated the Navi Mumbai International Airport today.',
    'The airport would strengthen Mumbai\'s position as a gateway to the world.',
    '$399 at Amazon',
    'MJPS/ST',
    '(Release ID: 2178342)',
    'mf/sms (dpa, Reuters)',
    'burs-app/mlr',
  ].join('\n'));
  assert.deepEqual(cleaned.removed, ['page-chrome: $399 at Amazon', 'page-chrome: MJPS/ST', 'page-chrome: (Release ID: 2178342)', 'page-chrome: mf/sms (dpa, Reuters)', 'page-chrome: burs-app/mlr']);
  assert.equal(cleaned.article.date, '2026-11-22');
});

test('a note on what the byline\'s writer covers, under the byline, is the byline\'s', () => {
  const cleaned = clean([
    'Mahomes rallies Chiefs past Bills in overtime',
    'Nov 23, 2026, 11:58 PM ET',
    'Adam Teicher',
    'Adam Teicher covers the Kansas City Chiefs for ESPN.',
    'KANSAS CITY, Mo. -- Patrick Mahomes threw for 312 yards as the Kansas City Chiefs beat the Buffalo Bills 27-24 on Sunday night.',
    'Mahomes found Travis Kelce for a 9-yard score with 38 seconds left.',
  ].join('\n'));
  assert.deepEqual(cleaned.removed, ['byline: Adam Teicher', 'byline: Adam Teicher covers the Kansas City Chiefs for ESPN.']);
});

test('another story\'s headline after its section\'s label and a bar is a link, a byline with its editor or a dateline after a place is not', () => {
  const cleaned = clean([
    'Hong Kong lawmakers pass bill to speed up land approvals',
    'New Delhi | Updated: November 23, 2026 21:14 IST',
    'Hong Kong lawmakers on Sunday passed a bill aimed at fast-tracking land approvals.',
    'The Legislative Council voted 78-1 in favour of the bill after a debate that stretched over two days.',
    'Explainer | What is the Northern Metropolis and why does it matter?',
    'By Omkar Godbole | Edited by Sheldon Reback',
  ].join('\n'));
  assert.deepEqual(cleaned.removed, ['related-link: Explainer | What is the Northern Metropolis and why does it matter?', 'byline: By Omkar Godbole | Edited by Sheldon Reback']);
  assert.equal(cleaned.article.date, '2026-11-23', 'a dateline after where it was filed is no headline');
});

test('a link\'s lead run into its headline and a translation\'s note are furniture', () => {
  const cleaned = clean([
    'Lecornu survives no-confidence vote as Socialists abstain',
    'Prime Minister Sébastien Lecornu survived two no-confidence motions in the Assemblée Nationale on Monday.',
    'The motion tabled by La France Insoumise received 271 votes, 18 short of the 289 needed.',
    'Read more Subscribers only Budget 2027: What\'s in Lecornu\'s plan',
    'Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.',
  ].join('\n'));
  assert.deepEqual(cleaned.removed, [
    'related-link: Read more Subscribers only Budget 2027: What\'s in Lecornu\'s plan',
    'page-chrome: Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.',
  ]);
});

test('a page\'s first line of two short sentences, the second with no stop, is the title; a writer\'s name right under the title is the byline', () => {
  const cleaned = clean([
    'The budget was meant to fix Britain\'s finances. It has fixed nothing',
    'Larry Elliott',
    'Rachel Reeves had a chance to reset the economy. Instead she has raised taxes and hoped for the best',
    'Rachel Reeves stood up in the Commons last Wednesday and told MPs that her second budget would work.',
    'The Office for Budget Responsibility says growth will average 1.4% over the next five years.',
  ].join('\n'));
  assert.equal(cleaned.article.title, 'The budget was meant to fix Britain\'s finances. It has fixed nothing');
  assert.deepEqual(cleaned.removed, ['byline: Larry Elliott']);
});

test('a live page\'s label and its posts\' times of today are furniture, and each post\'s headline heads it', () => {
  const cleaned = clean([
    'Israel says it struck Hezbollah weapons depots in southern Lebanon',
    'Live updates',
    'Today, 4:12 pm',
    'The Israel Defense Forces says it struck Hezbollah weapons depots in southern Lebanon overnight.',
    'There is no immediate comment from Hezbollah.',
    'Today, 3:40 pm',
    'Netanyahu to meet US envoy Witkoff on Tuesday',
    'Prime Minister Benjamin Netanyahu will meet US special envoy Steve Witkoff in Jerusalem on Tuesday, his office says.',
  ].join('\n'));
  assert.deepEqual(cleaned.removed, ['page-chrome: Live updates', 'page-chrome: Today, 4:12 pm', 'page-chrome: Today, 3:40 pm']);
  assert.deepEqual(cleaned.kinds.map((kind) => kind.split(':')[0]), ['title', 'paragraph', 'paragraph', 'heading', 'paragraph']);
});

test('an interview\'s byline and its note that it was edited, and a newsletter\'s offers, are furniture', () => {
  const cleaned = clean([
    'UN climate chief on what COP31 must deliver',
    'Interview by Fiona Harvey',
    'In an interview ahead of the summit, Simon Stiell said countries\' new plans fall far short of what is needed.',
    'The plans received would cut emissions by about 10% by 2035.',
    'This interview has been edited for length and clarity.',
    'Get our local newsletter, delivered free each Friday',
    'Thanks for reading! Subscribe for free to receive new posts and support my work.',
  ].join('\n'));
  assert.deepEqual(cleaned.removed, [
    'byline: Interview by Fiona Harvey', 'page-chrome: This interview has been edited for length and clarity.', 'page-chrome: Get our local newsletter, delivered free each Friday',
    'page-chrome: Thanks for reading! Subscribe for free to receive new posts and support my work.',
  ]);
});

test('a byline\'s row with the date is the dateline, no row of links', () => {
  const cleaned = clean([
    'China, Brazil vow to deepen cooperation in green energy',
    'By ZHANG YUNBI | China Daily | Updated: 2026-11-23 21:05',
    'China and Brazil agreed on Sunday to deepen cooperation in green energy.',
    'Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro Vieira in Beijing.',
  ].join('\n'));
  assert.equal(cleaned.article.date, '2026-11-23');
  assert.deepEqual(cleaned.removed, []);
});

test('a numbered short question alone before prose heads it', () => {
  const cleaned = clean([
    'What to know about the bird flu outbreak in California dairy herds',
    'Bird flu has now been found in more than 700 dairy herds in California, state officials said Monday.',
    '1. How many people have been infected?',
    'The Centers for Disease Control and Prevention has confirmed 38 human cases in California since March.',
    '2. Is milk safe to drink?',
    'Pasteurized milk is safe, according to the Food and Drug Administration.',
  ].join('\n'));
  assert.deepEqual(cleaned.kinds.map((kind) => kind.split(':')[0]), ['title', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
});

test('clean: an agency\'s copyright with "(c)" before its name is furniture ("(c) EFE Agency"), not a list\'s item', () => {
  const { removed, kinds } = clean('Bogotá, Nov 22 (EFE).- The president spoke.\n\nThe rules say:\n\n(c) the state shall protect children\n\n(c) EFE Agency\n');
  assert.deepEqual(removed, ['page-chrome: (c) EFE Agency']);
  assert.ok(kinds.includes('paragraph: (c) the state shall protect children'));
});

test('clean: a writer\'s address in brackets after a paragraph\'s last sentence is furniture, listed among the removed lines ("… suppliers. (jhson@heraldcorp.com)")', () => {
  const { removed, kinds } = clean('Lee vows to expand cooperation\n\nPresident Lee spoke in Seoul on Friday about the plan.\n\nThe minister said a fund would support small suppliers. (jhson@heraldcorp.com)\n');
  assert.deepEqual(removed, ['contact: (jhson@heraldcorp.com)']);
  assert.equal(kinds.at(-1), 'paragraph: The minister said a fund would support small suppliers.');
});

test('clean: where a writer reported from, then who else contributed, is one byline ("Mulvihill reported from Haddonfield, New Jersey. Associated Press writer Lisa Mascaro in Washington contributed.")', () => {
  const { removed } = clean('Judge blocks cuts to benefits\n\nBOSTON (AP) — A federal judge on Thursday ordered full payments.\n\nMulvihill reported from Haddonfield, New Jersey. Associated Press writer Lisa Mascaro in Washington contributed.\n');
  assert.deepEqual(removed, ['byline: Mulvihill reported from Haddonfield, New Jersey. Associated Press writer Lisa Mascaro in Washington contributed.']);
});

test('clean: a reading time in words and a link to the page in its first language are furniture ("Time to 3 min.", "Lire en français")', () => {
  const { removed } = clean('In Mayotte, reconstruction remains slow\n\nPublished on December 14, 2025, at 5:00 am (Paris)\n\nTime to 3 min.\n\nLire en français\n\nOne year after Cyclone Chido devastated the island, residents still live under tarpaulins.\n');
  assert.deepEqual(removed, ['page-chrome: Time to 3 min.', 'page-chrome: Lire en français']);
});

test('clean: "Read more from Sky News:" leads the links under it, a question\'s headline after another headline too', () => {
  const { removed } = clean('Storm Claudia floods Monmouth\n\nHundreds of people have been evacuated from their homes after severe flooding.\n\nRead more from Sky News:\n\nMan charged after woman killed in hit-and-run\n\nWhy are there so many storms this year?\n');
  assert.deepEqual(removed, ['related-link: Read more from Sky News:', 'related-link: Man charged after woman killed in hit-and-run', 'related-link: Why are there so many storms this year?']);
});

test('clean: a plea for the site\'s journalism and its donation button are page chrome ("Support PREMIUM TIMES\' journalism …", "At Premium Times, we firmly believe …", "Make a donation")', () => {
  const { removed } = clean('Tinubu swears in new service chiefs\n\nPresident Bola Tinubu on Thursday swore in the new service chiefs.\n\nSupport PREMIUM TIMES\' journalism of integrity and credibility\n\nAt Premium Times, we firmly believe in the importance of high-quality journalism.\n\nMake a donation\n');
  assert.deepEqual(removed, ['page-chrome: Support PREMIUM TIMES\' journalism of integrity and credibility', 'page-chrome: At Premium Times, we firmly believe in the importance of high-quality journalism.', 'page-chrome: Make a donation']);
});

test('clean: the first line\'s section label before a bar leaves the page\'s own headline ("Opinion | Europe cannot …"); another story\'s further down is a link', () => {
  const { article, removed } = clean('Opinion | Europe cannot outsource its security any longer\n\nBy Anne Applebaum\n\nFor eight decades, Europeans have assumed that America would come to their rescue.\n\nAnalysis | Why Germany is rearming so slowly\n');
  assert.equal(article.title, 'Europe cannot outsource its security any longer');
  assert.deepEqual(removed, ['page-chrome: Opinion |', 'byline: By Anne Applebaum', 'related-link: Analysis | Why Germany is rearming so slowly']);
});

test('clean: a news agency\'s name alone under a byline is the byline\'s ("The Associated Press"); "Related coverage:" leads the links under it', () => {
  const { removed } = clean('Chiefs rally past Bills 27-24 as Mahomes throws for 3 TDs\n\nBy Dave Skretta\n\nThe Associated Press\n\nPatrick Mahomes threw three touchdown passes, and the Kansas City Chiefs rallied to beat the Buffalo Bills.\n\nRelated coverage:\n\nJapan, China leaders agree to build "constructive, stable" ties in 1st talks\n');
  assert.deepEqual(removed, ['byline: By Dave Skretta', 'byline: The Associated Press', 'related-link: Related coverage:', 'related-link: Japan, China leaders agree to build "constructive, stable" ties in 1st talks']);
});

test('clean: the outlets a story came from, joined by a slash, sign it off ("ABC/Reuters")', () => {
  const { removed } = clean('Albanese government passes environment laws\n\nThe federal government has passed its environment protection laws through the Senate.\n\nABC/Reuters\n');
  assert.deepEqual(removed, ['page-chrome: ABC/Reuters']);
});

test('clean: "NEWS PROVIDED BY" over the publisher\'s name, which may end in a stop, is the byline\'s', () => {
  const { removed } = clean('Acme Robotics Announces $200 Million Series C Financing\n\nNEWS PROVIDED BY\n\nAcme Robotics, Inc.\n\nAcme Robotics, Inc., a developer of humanoid robots, today announced a $200 million financing round.\n');
  assert.deepEqual(removed, ['byline: NEWS PROVIDED BY', 'byline: Acme Robotics, Inc.']);
});

test('clean: "Photography by …" is an image credit', () => {
  const { removed } = clean('Pixel 10 Pro review\n\nThe Pixel 10 Pro is Google’s most capable phone yet.\n\nPhotography by Allison Johnson / The Verge\n');
  assert.deepEqual(removed, ['image-credit: Photography by Allison Johnson / The Verge']);
});

test('clean: an outlet and where its writer files from, under a byline, is the byline\'s ("BBC News, Accra")', () => {
  const { removed } = clean('Ghana\'s parliament passes anti-LGBTQ bill for second time\n\nBy Thomas Naadi\n\nBBC News, Accra\n\nGhana\'s parliament has again passed a bill.\n');
  assert.deepEqual(removed, ['byline: By Thomas Naadi', 'byline: BBC News, Accra']);
});

test('clean: "You can follow …" the outlet\'s pages is page chrome', () => {
  const { removed } = clean('Three charged after cannabis factory found\n\nThree men have been charged after a cannabis factory was found.\n\nYou can follow BBC Beds, Herts and Bucks on Facebook, X, or Instagram.\n');
  assert.deepEqual(removed, ['page-chrome: You can follow BBC Beds, Herts and Bucks on Facebook, X, or Instagram.']);
});

test('clean: writers\' names by the date, each with where they file from, are the byline ("Tim Bradshaw in London and Rafe Rosner-Uddin in New York")', () => {
  const { removed } = clean('OpenAI signs $38bn cloud deal with Amazon\n\nThe seven-year agreement gives the ChatGPT maker access to Nvidia processors\n\nTim Bradshaw in London and Rafe Rosner-Uddin in New York\n\nNovember 3, 2025\n\nOpenAI has signed a $38bn deal to buy computing capacity from Amazon Web Services.\n');
  assert.deepEqual(removed, ['byline: Tim Bradshaw in London and Rafe Rosner-Uddin in New York', 'date-marker: November 3, 2025']);
});

test('clean: "X contributed reporting." is a credit', () => {
  const { removed } = clean('Israel and Hamas agree to first phase of ceasefire\n\nIsrael and Hamas have agreed to the first phase of a ceasefire deal.\n\nCNN’s Becky Anderson contributed reporting.\n');
  assert.deepEqual(removed, ['byline: CNN’s Becky Anderson contributed reporting.']);
});

test('clean: "This article was originally written in German." is page chrome', () => {
  const { removed } = clean('Merz coalition agrees on military service\n\nAll 18-year-old men will receive a questionnaire from next year.\n\nThis article was originally written in German.\n');
  assert.deepEqual(removed, ['page-chrome: This article was originally written in German.']);
});

test('clean: a writer\'s name before "Published" and a relative update after the date ("Imran Gabol Published November 18, 2025 Updated a day ago")', () => {
  const { article, kinds, removed } = clean('PM directs crackdown on smuggling\nImran Gabol Published November 18, 2025 Updated a day ago\nISLAMABAD: Prime Minister Shehbaz Sharif on Monday ordered a nationwide crackdown on smuggling.\n');
  assert.equal(article.date, '2025-11-18');
  assert.equal(kinds[1], 'dateline: November 18, 2025');
  assert.deepEqual(removed, ['byline: Imran Gabol Published', 'page-chrome: Updated a day ago']);
});

test('clean: the print edition\'s footer is page chrome ("Published in Dawn, November 18th, 2025")', () => {
  const { removed } = clean('Wheat prices soar\n\nPrices of the staple rose for the third consecutive week in Punjab.\n\nPublished in Dawn, November 18th, 2025\n');
  assert.deepEqual(removed, ['page-chrome: Published in Dawn, November 18th, 2025']);
});

test('clean: a writer\'s name over their role, with no "By", is a byline ("Jack Horgan-Jones", "Political Editor")', () => {
  const { removed } = clean('Taoiseach rejects call for early election\nMicheál Martin says Government will serve full term\nJack Horgan-Jones\nPolitical Editor\nWed Nov 19 2025 - 18:45\nTaoiseach Micheál Martin has rejected calls for an early general election, insisting that the Coalition will serve its full term.\n');
  assert.deepEqual(removed, ['byline: Jack Horgan-Jones', 'byline: Political Editor', 'date-marker: Wed Nov 19 2025 - 18:45']);
});

test('clean: a pop-up\'s "Close" button and an icon\'s label ("Plus Icon") are page chrome', () => {
  const { removed } = clean('Mahomes rallies Chiefs past Bills\nAdam Teicher\nESPN Staff Writer\nPlus Icon\nClose\nPatrick Mahomes threw for 312 yards and two touchdowns on Sunday night.\n');
  assert.deepEqual(removed, ['byline: Adam Teicher', 'byline: ESPN Staff Writer', 'page-chrome: Plus Icon', 'page-chrome: Close']);
});

test('clean: a time before the page\'s date is the dateline\'s ("10:12 AM PST · November 20, 2026")', () => {
  const { article, kinds } = clean('Mistral raises $2B at a $14B valuation\nRomain Dillet\n10:12 AM PST · November 20, 2026\nParis-based AI startup Mistral AI has raised €1.7 billion in a Series C round.\n');
  assert.equal(article.date, '2026-11-20');
  assert.equal(kinds[1], 'dateline: 10:12 AM PST · November 20, 2026');
});

test('clean: a writer\'s name over the outlet and where they file from is a byline ("Jo Black", "BBC News, West of England"); so is a name in capitals before its role ("KENTARO OKASAKI, Nikkei staff writer"); a call for story ideas by phone is page chrome', () => {
  const bbc = clean('Man jailed for life for murder of grandmother\nJo Black\nBBC News, West of England\nA man who stabbed a grandmother to death in her home has been jailed for life.\nFollow BBC Bristol on Facebook, X and Instagram. Send your story ideas to us on email or via WhatsApp on 0800 313 4630.\n');
  assert.deepEqual(bbc.removed, ['byline: Jo Black', 'byline: BBC News, West of England', 'page-chrome: Follow BBC Bristol on Facebook, X and Instagram. Send your story ideas to us on email or via WhatsApp on 0800 313 4630.']);
  const nikkei = clean('Toyota to invest $10bn in U.S. plants as tariffs bite\nKENTARO OKASAKI, Nikkei staff writer\nNovember 18, 2025 17:30 JST\nTOKYO -- Toyota Motor will invest up to $10 billion in its U.S. manufacturing operations, the company said Tuesday.\n');
  assert.equal(nikkei.removed[0], 'byline: KENTARO OKASAKI, Nikkei staff writer');
});

test('clean: "From:" and who published the page is a byline ("From: Ministry of Housing, Communities and Local Government and Matthew Pennycook MP")', () => {
  const { removed } = clean('New powers to tackle rogue landlords come into force\nPress release\nFrom: Ministry of Housing, Communities and Local Government and Matthew Pennycook MP\nPublished 1 December 2025\nCouncils will be able to issue fines of up to £40,000 to landlords who fail to meet the standard.\n');
  assert.deepEqual(removed.slice(0, 2), ['page-chrome: Press release', 'byline: From: Ministry of Housing, Communities and Local Government and Matthew Pennycook MP']);
});

test('clean: a menu\'s first label is no title ("Menu", "World", "Business"), and the line under the title after it is the standfirst', () => {
  const { article, kinds, removed } = clean('Menu\nWorld\nBusiness\nDrought forces Panama Canal to cut transits again\nShipping delays expected to ripple through global supply chains\nBy Maria Fernanda Lopez\nThe Panama Canal Authority will cut the number of daily transits from 36 to 24 starting next month.\n');
  assert.equal(article.title, 'Drought forces Panama Canal to cut transits again');
  assert.equal(kinds[1], 'paragraph: Shipping delays expected to ripple through global supply chains');
  assert.deepEqual(removed, ['related-link: Menu', 'related-link: World', 'related-link: Business', 'byline: By Maria Fernanda Lopez']);
});

test('clean: a post\'s paywall label is page chrome ("∙ Paid")', () => {
  const { removed } = clean('The hidden cost of the AI data center boom\nCasey Newton\nNov 20, 2025\n∙ Paid\nResidents of Loudoun County, Virginia, have seen their electricity bills climb 20% in two years.\n');
  assert.ok(removed.includes('page-chrome: ∙ Paid'));
});

test('clean: a note of the agencies an article was written with is page chrome ("This article was written with material from the dpa and Reuters news agencies.")', () => {
  const { removed } = clean('Merz government agrees pension reform\n\nThe Bundestag is due to vote on the bill next week, the chancellor said.\n\nThis article was written with material from the dpa and Reuters news agencies.\n');
  assert.deepEqual(removed, ['page-chrome: This article was written with material from the dpa and Reuters news agencies.']);
});

test('clean: writers under the title whose names are all dictionary words are writers by a known first name ("Owen Walker in London and Sam Jones in Zurich")', () => {
  const { removed } = clean('UBS shares jump after Swiss government softens capital plans\nOwen Walker in London and Sam Jones in Zurich\nPublished November 21 2025\nShares in UBS rose as much as 6 per cent on Friday after the government signalled it would soften its proposals.\n');
  assert.equal(removed[0], 'byline: Owen Walker in London and Sam Jones in Zurich');
});

test('a dateline glued to the title or to the first paragraph is split off', () => {
  const { article } = clean('Wikinews interviews a magician Wednesday, October 9, 2013\n\nOctober is National Magic Month.\n');
  assert.equal(article.title, 'Wikinews interviews a magician');
  assert.equal(article.date, '2013-10-09');
  const glued = clean('Flag debate begins\n\nThursday, May 7, 2015 On Tuesday, the government announced a process.\n');
  assert.equal(glued.article.date, '2015-05-07');
  assert.deepEqual(glued.kinds.slice(1), ['dateline: Thursday, May 7, 2015', 'paragraph: On Tuesday, the government announced a process.']);
  // A sentence that merely ends in a date is no dateline.
  assert.equal(clean('They met on March 3, 2021.\n').article.date, null);
  // A press release's: the place may have its state after it, and the wire its slashes.
  const release = clean('Northvolt Announces Partnership with Siemens\n\nCOLUMBUS, Ohio, Nov. 18, 2025 /PRNewswire/ -- Northvolt today announced a partnership.\n');
  assert.equal(release.article.date, '2025-11-18');
  assert.deepEqual(release.kinds.slice(1), ['dateline: COLUMBUS, Ohio, Nov. 18, 2025 /PRNewswire/ --', 'paragraph: Northvolt today announced a partnership.']);
});

test('the page\'s controls and advertisements are furniture; a labelled date below them is still the dateline', () => {
  const { article, kinds, removed } = clean([
    'Leaders agree on a plan',
    'Listen to this article',
    '4 min',
    'Published On 12 Feb 2025',
    'The leaders met on Tuesday.',
    'Advertisement',
    'They will meet again.',
    'Sign up for our newsletter',
    'Follow Al Jazeera English:',
  ].join('\n\n'));
  assert.equal(article.date, '2025-02-12');
  assert.deepEqual(kinds, ['title: Leaders agree on a plan', 'dateline: Published On 12 Feb 2025', 'paragraph: The leaders met on Tuesday.', 'paragraph: They will meet again.']);
  assert.deepEqual(removed, ['page-chrome: Listen to this article', 'page-chrome: 4 min', 'page-chrome: Advertisement', 'page-chrome: Sign up for our newsletter', 'page-chrome: Follow Al Jazeera English:']);
});

test('a byline is furniture, "By the numbers" a heading', () => {
  const { kinds, removed } = clean('Truce extended\n\nBy Sarah Walsh and Tom Reid, CNN\n\nThe truce holds.\n\nBy the numbers\n\nTwo days were added.\n');
  assert.deepEqual(kinds, ['title: Truce extended', 'paragraph: The truce holds.', 'heading: By the numbers', 'paragraph: Two days were added.']);
  assert.deepEqual(removed, ['byline: By Sarah Walsh and Tom Reid, CNN']);
});

test('a picture\'s labelled caption and source are furniture however long the caption; "Save" is the page\'s control', () => {
  const { kinds, removed } = clean([
    'Ceasefire agreed',
    'Save',
    'The deal was announced.',
    'Image source, Reuters',
    'Image caption, Palestinians celebrated in Deir al-Balah after the deal was announced on Wednesday night',
    'They will meet again.',
  ].join('\n\n'));
  assert.deepEqual(kinds, ['title: Ceasefire agreed', 'paragraph: The deal was announced.', 'paragraph: They will meet again.']);
  assert.deepEqual(removed, ['page-chrome: Save', 'image-credit: Image source, Reuters', 'image-credit: Image caption, Palestinians celebrated in Deir al-Balah after the deal was announced on Wednesday night']);
});

test('a short paragraph quoted in straight single marks is prose, not a heading; a headline may end in a quoted word', () => {
  const { kinds } = clean("PM says plan is 'working'\n\nThe minister spoke.\n\n'I am proud of the officers.'\n\nHe left.\n");
  assert.deepEqual(kinds, ['title: PM says plan is \'working\'', 'paragraph: The minister spoke.', 'paragraph: \'I am proud of the officers.\'', 'paragraph: He left.']);
});

test('a caption signed with its credit and a byline of a name and a desk are furniture; so is "Reuse this content"', () => {
  const { kinds, removed } = clean([
    'Talks agreed',
    'Patrick Wintour Diplomatic editor',
    'The generals agreed to talks.',
    'Sudanese soldiers in Khartoum. Photograph: Mahmoud Hjaj/AP',
    'The fighting went on.',
    'Reuse this content',
  ].join('\n\n'));
  assert.deepEqual(kinds, ['title: Talks agreed', 'paragraph: The generals agreed to talks.', 'paragraph: The fighting went on.']);
  assert.deepEqual(removed, ['byline: Patrick Wintour Diplomatic editor', 'image-credit: Sudanese soldiers in Khartoum. Photograph: Mahmoud Hjaj/AP', 'page-chrome: Reuse this content']);
});

test('a question headline under a bare related-links lead is a link; one after an inline link stays in the article', () => {
  const { kinds, removed } = clean('Budget raises taxes\n\nThe chancellor spoke.\n\nAlso read: Markets fall\n\nWhat happens next?\n\nMore taxes are due.\n\nRead more:\n\nBudget 2024: How will it affect you?\n');
  assert.deepEqual(kinds, ['title: Budget raises taxes', 'paragraph: The chancellor spoke.', 'heading: What happens next?', 'paragraph: More taxes are due.']);
  assert.deepEqual(removed, ['related-link: Also read: Markets fall', 'related-link: Read more:', 'related-link: Budget 2024: How will it affect you?']);
});

test('the credits of reporters and editors, a site\'s disclaimers, and links under a lead with no mark are furniture', () => {
  const { kinds, removed } = clean([
    'The vote was held on Saturday.',
    'More on this story',
    'Storm Babet: What is a red weather warning?',
    'Read more:',
    'Why Avdiivka matters to both sides',
    '(Reporting by Camillus Eboh; Additional reporting by Felix Onuah in Abuja; Editing by Andrew Cawthorne)',
    'Associated Press writer Ken Moritsugu in Beijing contributed to this report.',
    'With files from The Canadian Press',
    'The BBC is not responsible for the content of external sites.',
    '(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)',
  ].join('\n'));
  assert.deepEqual(kinds, ['paragraph: The vote was held on Saturday.']);
  assert.deepEqual(removed.map((line) => line.split(':')[0]), ['related-link', 'related-link', 'related-link', 'related-link', 'byline', 'byline', 'byline', 'page-chrome', 'page-chrome']);
});

test('a headline may end in a quoted phrase; "(With inputs from agencies)" credits; a labelled date at the page\'s end dates it and is removed', () => {
  const { article, kinds, removed } = clean([
    'Lukashenko rules out joining the war',
    'Lukashenko spoke on Tuesday in Minsk.',
    'Zelensky calls for more air defence after strike',
    'Kremlin: Putin and Trump could meet ‘within weeks’',
    'Belousov arrived for talks.',
    'Russia has used Belarusian territory since 2022.',
    'Minsk denies it.',
    '(With inputs from agencies)',
    'First Published: 14 Jan 2025, 08:15 AM IST',
  ].join('\n'));
  assert.equal(article.date, '2025-01-14');
  assert.deepEqual(kinds.filter((kind) => !kind.startsWith('paragraph')), ['title: Lukashenko rules out joining the war']);
  assert.deepEqual(removed.map((line) => line.split(':')[0]), ['related-link', 'related-link', 'byline', 'date-marker']);
});

test('a lead in capitals alone on its line ("ALSO READ") and the headline under it are links', () => {
  const { removed } = clean(['Belarus freed 52 prisoners.', 'ALSO READ', "Who is Alexander Lukashenko, Europe's 'last dictator'?"].join('\n'));
  assert.deepEqual(removed.map((line) => line.split(':')[0]), ['related-link', 'related-link']);
});

test('a live page\'s timestamps and controls are furniture, and a post\'s headline under a timestamp is a sub-heading', () => {
  const { kinds, removed } = clean([
    'War live: Zelensky to meet Trump',
    'Key events',
    'Show key events only',
    '12.40 GMT',
    'Zelensky confirms trip to Washington',
    'Zelensky will travel to Washington on Friday.',
    'Updated at 12.52 GMT',
    '11.05 GMT',
    'Russian strikes hit energy facilities',
    'Missiles struck six regions overnight.',
  ].join('\n'));
  assert.deepEqual(kinds.filter((kind) => kind.startsWith('heading')), ['heading: Zelensky confirms trip to Washington', 'heading: Russian strikes hit energy facilities']);
  assert.deepEqual(removed.map((line) => line.split(':')[0]), ['page-chrome', 'page-chrome', 'page-chrome', 'page-chrome', 'page-chrome']);
});

test('a syndicating site\'s note about its feed is furniture', () => {
  const { removed } = clean(['Talks were held on Thursday.', '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)'].join('\n'));
  assert.deepEqual(removed.map((line) => line.split(':')[0]), ['page-chrome']);
});

test('a line of a link and its note is furniture ("Our Standards: The Thomson Reuters Trust Principles., opens new tab"), a paragraph with one is not', () => {
  const { kinds, removed } = clean('Sales rose.\n\nOur Standards: The Thomson Reuters Trust Principles., opens new tab\n\nThe company said in a statement, opens new tab, that the forecast for the next quarter was better than analysts had expected.');
  assert.deepEqual(removed, ['external-link: Our Standards: The Thomson Reuters Trust Principles., opens new tab', 'external-link: , opens new tab']);
  assert.deepEqual(kinds, ['paragraph: Sales rose.', 'paragraph: The company said in a statement, opens new tab, that the forecast for the next quarter was better than analysts had expected.']);
});

test('bylines with initials or an address, a page\'s published and updated dates on one line, a newsletter\'s offer and a copyright notice are furniture; a standfirst is a paragraph', () => {
  const { article, kinds, removed } = clean([
    'Council approves plan to fix bridge',
    'Scientists say the steel beams are corroded',
    'By Max A. Cherney and Jenna Torres | jtorres@dailyherald.com',
    'PUBLISHED: November 18, 2025 at 6:15 PM CST | UPDATED: November 19, 2025 at 9:02 AM CST',
    'The council voted on Monday.',
    'Get the latest local news delivered to your inbox every morning.',
    'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    'Originally Published: November 18, 2025 at 6:15 PM CST',
  ].join('\n\n'));
  assert.equal(article.date, '2025-11-18');
  assert.deepEqual(kinds, ['title: Council approves plan to fix bridge', 'paragraph: Scientists say the steel beams are corroded', 'paragraph: The council voted on Monday.']);
  assert.deepEqual(removed.map((line) => line.split(':')[0]), ['byline', 'date-marker', 'page-chrome', 'page-chrome', 'date-marker']);
});

test('Al Jazeera\'s list of links ("Keep reading", "list of 1 items", "end of list") is furniture, a lone headline in it too', () => {
  const { kinds, removed } = clean('Strikes hit Gaza.\n\nKeep reading\n\nlist of 1 items\n\nIsrael says it will open Zikim crossing to aid\n\nend of list\n\nThe truce held.');
  assert.deepEqual(kinds, ['paragraph: Strikes hit Gaza.', 'paragraph: The truce held.']);
  assert.deepEqual(removed, ['related-link: Keep reading', 'related-link: list of 1 items', 'related-link: Israel says it will open Zikim crossing to aid', 'page-chrome: end of list']);
});

test('a desk before a byline\'s name, "Posted …, updated …", "— With assistance from", a note on a new version and an offer to send stories are furniture', () => {
  const { article, removed } = clean([
    'Premier announces inquiry',
    'By state political reporter Alexandra Smith',
    'Posted Sun 23 Nov 2025 at 5:32am, updated Sun 23 Nov 2025 at 9:10am',
    'The premier spoke on Sunday.',
    '— With assistance from Daniel Cancel',
    '(Updates with UBS comment in third paragraph.)',
    'Follow BBC Birmingham on Facebook, X and Instagram. Send your story ideas to: newsonline.westmidlands@bbc.co.uk',
  ].join('\n\n'));
  assert.equal(article.date, '2025-11-23');
  assert.deepEqual(removed.map((line) => line.split(':')[0]), ['byline', 'byline', 'page-chrome', 'page-chrome']);
});

test('a live page\'s summary points are paragraphs, not related links, under their "Summary" heading; "Posted at 09:15" and an opinion\'s disclaimer are furniture', () => {
  const { kinds, removed } = clean([
    'Live: Storm brings flooding',
    'Summary',
    'The Met Office has issued an amber warning for rain in south Wales',
    'Natural Resources Wales says a warning is in place for the River Taff',
    'Posted at 09:15',
    'Residents have been clearing up.',
    'The views expressed in this article are the author\'s own.',
  ].join('\n\n'));
  assert.deepEqual(kinds, [
    'title: Live: Storm brings flooding', 'heading: Summary', 'paragraph: The Met Office has issued an amber warning for rain in south Wales',
    'paragraph: Natural Resources Wales says a warning is in place for the River Taff', 'paragraph: Residents have been clearing up.',
  ]);
  assert.deepEqual(removed, ['page-chrome: Posted at 09:15', 'page-chrome: The views expressed in this article are the author\'s own.']);
});

test('a caption signed by a picture agency and an embedded post\'s signature are furniture', () => {
  const { removed } = clean('Fire spread.\n\nFirefighters battle the Mountain Fire near Camarillo, California. Getty Images\n\n— Cal Fire (@CAL_FIRE) November 6, 2024\n\nHomes burned.');
  assert.deepEqual(removed, ['image-credit: Firefighters battle the Mountain Fire near Camarillo, California. Getty Images', 'page-chrome: — Cal Fire (@CAL_FIRE) November 6, 2024']);
});

test('the first headline after a menu\'s labels is the title; a link\'s date under it is the link\'s', () => {
  const { article, kinds, removed } = clean([
    'Skip to main content', 'Menu', 'World', 'Europe', '',
    'Poland\'s Tusk survives confidence vote as coalition rifts deepen', '',
    'Published 11 June 2025', '',
    'Polish Prime Minister Donald Tusk has won a vote of confidence in parliament.', '',
    'More on this story', 'Who is Karol Nawrocki, Poland\'s new president?', 'Published 2 June',
  ].join('\n'));
  assert.equal(article.title, 'Poland\'s Tusk survives confidence vote as coalition rifts deepen');
  assert.deepEqual(kinds, [
    'title: Poland\'s Tusk survives confidence vote as coalition rifts deepen', 'dateline: Published 11 June 2025',
    'paragraph: Polish Prime Minister Donald Tusk has won a vote of confidence in parliament.',
  ]);
  assert.deepEqual(removed.slice(-3), ['related-link: More on this story', 'related-link: Who is Karol Nawrocki, Poland\'s new president?', 'related-link: Published 2 June']);
});

test('Reuters\' numbered and signed captions, a bare sign-up prompt and a topics lead are furniture', () => {
  const { kinds, removed } = clean([
    'Nvidia hits $5 trillion', '',
    'Item 1 of 2 Nvidia CEO Jensen Huang speaks during a keynote in Washington, U.S., October 28, 2025. REUTERS/Jonathan Ernst/File Photo', '',
    '[1/2] Nvidia CEO Jensen Huang speaks in Washington. REUTERS/Jonathan Ernst Purchase Licensing Rights', '',
    'Nvidia became the first company to reach $5 trillion.', '', 'Sign up here.', '', 'Suggested Topics:', 'Technology',
  ].join('\n'));
  assert.deepEqual(kinds, ['title: Nvidia hits $5 trillion', 'paragraph: Nvidia became the first company to reach $5 trillion.']);
  assert.deepEqual(removed.map((line) => line.split(':')[0]), ['image-credit', 'image-credit', 'page-chrome', 'related-link', 'related-link']);
});

test('a question may be the title; a short question alone before prose heads it, unless someone asks it', () => {
  const { kinds } = clean([
    'Q&A: What does the new EU AI Act mean for businesses?', '',
    'The law starts to apply this week.', '',
    'Who does it apply to?', '',
    'Any company that sells AI systems in the EU.', '',
    'Wikinews: What gives you hope?', '',
    'Young people do.',
  ].join('\n'));
  assert.deepEqual(kinds, [
    'title: Q&A: What does the new EU AI Act mean for businesses?', 'paragraph: The law starts to apply this week.', 'heading: Who does it apply to?',
    'paragraph: Any company that sells AI systems in the EU.', 'paragraph: Wikinews: What gives you hope?', 'paragraph: Young people do.',
  ]);
});
