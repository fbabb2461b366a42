/**
 * Named entities of one article: the names `names.ts` finds, typed by `entity-types.ts`, widened
 * where the text says more of them ("Irving, Texas", "Mark Tedeschi, QC"), keyed so that "Vladimir
 * Putin", "Putin" and "Mr Putin" in one article share one key, and with the names inside names
 * ("Helsinki" in "University of Helsinki") as nested mentions.
 */
import type { Block, EntityType, Mention, Sentence, Span } from '../model.ts';
import { classOf, classOfName, classOfSingular, FACILITY_HEADS, HEADLINE_LOWER_WORDS, isAcronym, isCountry, isEnglishWord, isFirstNameToo, isNounLike, isPastTenseVerb, isPresentTenseVerb, isRegionOrCountry, isRomanNumeral, isStateAbbreviation, isTeamName, isUsPostalCode, LEGAL_FORMS, ORGANIZATION_HEADS, PARTY_MEMBERS, sexOfFirstName, sexOfHonorific } from './lexicon.ts';
import { capitalisedRuns, CONNECTORS, isCapitalised, isListedAt, NAME_PARTICLES, POSSESSIVE, POST_NOMINALS, PUBLIC_BODY_HEAD, refine, splitAtModifier, splitAtPerson, splitAtTitle, tokensOf, withBrackets, withParticleRecased, type Candidate } from './names.ts';
import { addQuotedWorks } from './works.ts';
import { BODY_APPOSITION_AFTER, COUNTRY_ALIASES, COUNTRY_NAMES, endsLongerName, isOccupation, KIN_APPOSED_BEFORE, knownPlace, MEMBER_OF_BEFORE, MODEL_NUMBER_AFTER, MODEL_WORDS, namedAsTeam, PARTIES_AFTER, PLACE_PREFIXES, RECIPIENT_BEFORE, ROLE_AND_NAME_AFTER, SAID_IT_AFTER, showsCompany, SPEAKS_AFTER, speciesOf, type Found, typeOf } from './entity-types.ts';

/** How much a guessed type counts against one the text shows: two guesses do not outvote it. */
const GUESS_WEIGHT = 0.4;

/** What joins a person's name to another they go by. */
const KNOWN_AS = /^,?\s+(?:(?:also|better|widely|popularly)\s+)?known\s+as\s+$/;

/** A firm acting on its own figures: "Target cut its annual profit forecast". */
const OWN_FORECAST_AFTER = /^\s+(?:cut|raised|lowered|lifted|slashed|trimmed|reaffirmed|maintained|withdrew|reported|posted)\s+its\s+(?:[\p{L}-]+\s+){0,3}?(?:forecast|outlook|guidance|profit|revenue|sales|earnings|results|dividend)s?\b/u;

/** A description after a name and a comma: "Meta, which owns Facebook", "Snap, the parent company", "Han, 75, a veteran". */
const DESCRIBED_AFTER = /^,\s+(?:(?:which|who|the|a|an)\s|\d{1,3},)/;

/** Words the article itself writes in lower case: capitalised at a sentence start, they are not names. */
function lowercaseWordsOf(text: string, blocks: Block[]): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) {
    for (const match of text.slice(block.start, block.end).matchAll(/(?<![\p{L}])[\p{Ll}][\p{L}]+/gu)) words.add(match[0]);
  }
  return words;
}

/** Two known places joined by a hyphen name both: "the Russia-Ukraine war", "the Israel-Gaza war". */
function placePair(candidate: Candidate): Found[] | null {
  const token = candidate.tokens.length === 1 ? candidate.tokens[0]! : undefined;
  const parts = token && /^([^-–]+)[-–]([^-–]+)$/.exec(token.word);
  if (!token || !parts) return null;
  const places = [parts[1]!, parts[2]!].map((word) => knownPlace(word));
  if (places.some((place) => place?.type !== 'place')) return null;
  const second = token.start + parts[1]!.length + 1;
  return [
    { start: token.start, end: second - 1, word: parts[1]! },
    { start: second, end: token.end, word: parts[2]! },
  ].map((part) => ({ candidate: { ...candidate, start: part.start, end: part.end, tokens: [part] }, name: part.word, type: 'place' }));
}

/** Most words capitalised ("Russian President Putin Meets Lukashenko"): capitals say nothing. */
function isHeadlineCased(line: string): boolean {
  // Headline case leaves short function words in lower case, not short verbs ("Why Did You Run").
  const words = line.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && word.length > 1 && !HEADLINE_LOWER_WORDS.has(word));
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.75;
}

/** Letters the text spells out in lower case stand for a common noun, not a name: "the chief election commissioner (CEC)", "artificial intelligence (AI)". */
function commonAcronymsOf(text: string): Set<string> {
  const acronyms = new Set<string>();
  for (const match of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const letters = match[1]!;
    const spelled = /((?:\p{Ll}[\p{Ll}-]*\s+){1,8})$/u.exec(text.slice(Math.max(0, match.index - 120), match.index))?.[1];
    const words = spelled?.trim().split(/\s+/).filter((word) => !SMALL_WORDS.has(word)).slice(-letters.length) ?? [];
    if (words.map((word) => word[0]!.toUpperCase()).join('') === letters) acronyms.add(letters);
  }
  return acronyms;
}
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to']);

/** A run without a common noun's letters before a name, which are a title: "CEC Sardar Raza Khan"; null when they are all of it ("The CEC"). */
function withoutCommonAcronym(run: Candidate, commonAcronyms: Set<string>): Candidate | null {
  const at = run.tokens[0]!.word === 'The' ? 1 : 0;
  const letters = run.tokens[at]?.word;
  if (letters === undefined || !commonAcronyms.has(letters)) return run;
  const rest = run.tokens.slice(at + 1);
  return rest.length === 0 ? null : { ...run, start: rest[0]!.start, tokens: rest, titles: [...run.titles, letters], sentenceInitial: false };
}

/**
 * Mentions of named entities in the article's blocks. Headline-cased titles and headings are read
 * after paragraphs and keep only names the paragraphs established.
 */
export function recogniseEntities(text: string, blocks: Block[], sentences: Sentence[]): Mention[] {
  const lowercaseWords = lowercaseWordsOf(text, blocks);
  const commonAcronyms = commonAcronymsOf(text);
  const found: Found[] = [];
  const headingRuns: Candidate[] = [];
  const commonWordRuns: Candidate[] = [];
  const headlineCased = blocks.map((block) => block.kind !== 'paragraph' && block.kind !== 'dateline' && isHeadlineCased(text.slice(block.start, block.end)));
  // A dateline block is the page's date, perhaps glued to its time by the scrape ("20264:32 PM ESTUpdated"): no names
  // but the place in capitals it opens with ("CAPE CANAVERAL, Fla., Nov 13, 2025 (Reuters) -").
  const datelinePlace = (sentence: Sentence) => capitalisedRuns(text, sentence)
    .filter((run) => run.start === blocks[sentence.block]!.start && text[run.end] === ',' && run.tokens.every((token) => !/\p{Ll}/u.test(token.word)));
  const runsOf = sentences.map((sentence) => (headlineCased[sentence.block] ? [] : blocks[sentence.block]?.kind === 'dateline' ? datelinePlace(sentence) : capitalisedRuns(text, sentence).flatMap(splitAtModifier).flatMap(splitAtPerson).flatMap(splitAtTitle)));
  const wordsOf = (run: Candidate) => run.tokens.map((token) => token.word).join(' ');
  // Names the article shows to be names: written within a sentence, where no capital is the
  // sentence's ("Amazon's" too), or opening one with a description or a ticker after them ("Meta,
  // which owns …", "Alphabet (GOOGL.O)"), or after a "The" that takes the sentence's capital ("The Met Office has …").
  const shownNames = new Set(runsOf.flat()
    .flatMap((run) => {
      // (Not a word before someone's name: "Resident Linda Park, who lives …".)
      const described = DESCRIBED_AFTER.test(text.slice(run.end, run.end + 12)) && !run.tokens.slice(1).some((token) => classOf(token.word) === 'first-name');
      if (!run.sentenceInitial || described || (run.tokens.length === 1 && isListedAt(text, run.end))) return [run];
      const rest = run.tokens.slice(1);
      return run.tokens[0]!.word === 'The' && rest.length > 0 ? [{ ...run, start: rest[0]!.start, tokens: rest }] : [];
    })
    .map((run) => wordsOf(run).replace(POSSESSIVE, '')));
  for (const [index, sentence] of sentences.entries()) {
    if (headlineCased[sentence.block]) {
      const runs = capitalisedRuns(text, sentence);
      headingRuns.push(...runs);
      found.push(...headlinePersons(text, runs));
      continue;
    }
    for (const written of runsOf[index]!) {
      const run = withoutCommonAcronym(written, commonAcronyms);
      if (!run) continue;
      // "the Bill", "the Mark": a first name that is a word too is the word after "the", unless it names
      // a thing ("the Pearl handset") or opens a longer name ("the Mary & Leigh Block Museum").
      const nextWord = /^\s+(\p{Ll}+)/u.exec(text.slice(run.end, run.end + 30))?.[1];
      const commonAfterThe = run.tokens.length === 1 && (classOf(run.tokens[0]!.word) === 'first-name' || isFirstNameToo(run.tokens[0]!.word)) && isEnglishWord(run.tokens[0]!.word)
        && /\bthe\s+$/i.test(text.slice(Math.max(0, run.start - 4), run.start)) && !/^\s*(?:&|and)\s+\p{Lu}/u.test(text.slice(run.end, run.end + 8)) && !(nextWord && isNounLike(nextWord));
      if (commonAfterThe) continue;
      // A first name that is a word too is that word before a plural noun: "by Roman traders or soldiers" (not a name listed with another: "Blackwell and Rubin orders").
      const adjectiveBeforePlural = run.tokens.length === 1 && classOf(run.tokens[0]!.word) === 'first-name' && isEnglishWord(run.tokens[0]!.word) && nextWord !== undefined
        && /^\p{Ll}{3,}s$/u.test(nextWord) && isEnglishWord(nextWord.slice(0, -1)) && !isPresentTenseVerb(nextWord)
        && !/\p{Lu}[\p{L}-]*\s+(?:and|or|&)\s+$/u.test(text.slice(Math.max(0, run.start - 30), run.start));
      if (adjectiveBeforePlural) continue;
      // A government's debt is named by its issuer, no body spoken of: "the 10-year Treasury note", "Treasury yields".
      const debt = run.tokens.length === 1 && /^Treasury$/.test(run.tokens[0]!.word) && /^(?:notes?|bonds?|bills?|yields?|securities|futures|market)$/.test(nextWord ?? '');
      if (debt) continue;
      // A quote in another language opens with a capital that names no one: "“Walang maiiwan (No one will be left behind),”".
      const foreignAfter = /^(?:\s+\p{Ll}{2,}){1,3}/u.exec(text.slice(run.end, run.end + 60))?.[0].trim().split(/\s+/);
      const foreignQuote = run.tokens.length === 1 && /[“"]$/.test(text.slice(Math.max(0, run.start - 1), run.start)) && !shownNames.has(run.tokens[0]!.word)
        && foreignAfter !== undefined && foreignAfter.every((word) => !isEnglishWord(word));
      if (foreignQuote) continue;
      const candidate = refine(run, lowercaseWords, shownNames);
      if (!candidate) {
        if (run.tokens.length === 1) commonWordRuns.push(run);
        // "The Court" opening a sentence: the word after "The" is within it.
        else if (run.tokens.length === 2 && run.tokens[0]!.word === 'The') commonWordRuns.push({ ...run, start: run.tokens[1]!.start, tokens: [run.tokens[1]!], sentenceInitial: false });
        continue;
      }
      const species = speciesOf(candidate, text);
      if (species) {
        found.push(species);
        continue;
      }
      const pair = placePair(candidate);
      if (pair) {
        found.push(...pair);
        continue;
      }
      const bracketed = withBrackets(candidate, text);
      const name = text.slice(bracketed.start, bracketed.end).replace(/[[\]]/g, '');
      found.push({ candidate: bracketed, name, ...typeOf(bracketed, name, text) });
    }
  }
  // A surname that is also a word ("Hill", "Savage") counts when the article names the person in
  // full with a title or a known first name; so does a family name written first ("Foreign Minister Wang Yi" … "Wang said").
  const surnames = new Set(found
    .filter(({ type, candidate: { tokens, titles } }) => type === 'person' && tokens.length > 1 && (titles.length > 0 || classOf(tokens[0]!.word) === 'first-name'))
    .flatMap(({ name, candidate: { tokens } }) => [tokens[tokens.length - 1]!.word, ...(familyNameFirst(name) ? [tokens[0]!.word] : [])]));
  // Of a name guessed to be a person's, only where the word alone speaks ("Taylor Swift" … "Swift
  // wrote") or the article writes it alone as a name elsewhere: "Sinner beats Alcaraz" … "said Sinner".
  const guessedSurnames = new Set(found
    .filter(({ type, candidate: { tokens } }) => type === 'person' && tokens.length > 1 && classOf(tokens[0]!.word) === undefined && !isEnglishWord(tokens[0]!.word))
    .map(({ candidate: { tokens } }) => tokens[tokens.length - 1]!.word));
  // "The Court", "the Times" within a sentence: the one body the article names with that head word.
  const bodyByHead = bodiesByHead(found, placesNamedIn(found, text));
  const halves = dividedCountries(found);
  const wordOf = (run: Candidate) => run.tokens[0]!.word.replace(POSSESSIVE, '');
  const capitalisedCounts = new Map<string, number>();
  for (const word of runsOf.flat().flatMap((run) => run.tokens.map((token) => token.word.replace(POSSESSIVE, '')))) capitalisedCounts.set(word, (capitalisedCounts.get(word) ?? 0) + 1);
  // A common word the text once shows to be a body's name ("Arsenal manager Mikel Arteta") is that body throughout.
  const namedBodies = new Set(commonWordRuns.map(wordOf).filter((word, index) => {
    const run = commonWordRuns[index]!;
    const after = text.slice(run.start + word.length, run.start + word.length + 80);
    // "as Arsenal beat Tottenham": a noun capitalised within a sentence, with no word before it that
    // makes it a common one ("the", "his", "his 34th Test century"), never in lower case in the article, and capitalised more
    // than once (once may be a slip). Not where a line's lead, a list's bullet or a name's "of" or
    // possessive comes before ("Hayhoe: Start with", "(Reuters) - Oil prices", "Chiefs of Staff",
    // "King Arthur's Court"), nor before a number or an object ("Game 5", "Cheer the team"); not a
    // plural ("Notes from the Underground").
    const bare = !run.sentenceInitial && !NO_BARE_NAME_BEFORE.test(text.slice(Math.max(0, run.start - 12), run.start)) && !NO_BARE_NAME_AFTER.test(after)
      && !lowercaseWords.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}{2,}$/u.test(word) && classOf(word) === 'common' && !(word.endsWith('s') && isEnglishWord(word.slice(0, -1)))
      && (capitalisedCounts.get(word) ?? 0) > 1;
    // "Meta said it had begun …": a common word that speaks of itself as "it", or acts on its own forecast, is a body's name, unless
    // the text writes it in lower case too ("Paramilitary says it has …", "the paramilitary RSF").
    // Not an adverb opening a sentence: "Meanwhile, the agency said".
    // "told Variety": one told something is a publication or a body, not a word capitalised by slip.
    const toldBefore = !run.sentenceInitial && /^\p{Lu}\p{Ll}{2,}$/u.test(word) && RECIPIENT_BEFORE.test(text.slice(Math.max(0, run.start - 30), run.start));
    // "deals with Oracle, Microsoft, Broadcom and AMD": a common word listed with a name no dictionary knows is a name too.
    const neighbour = LISTED_NAME_AFTER.exec(after)?.[1] ?? LISTED_NAME_BEFORE.exec(text.slice(Math.max(0, run.start - 30), run.start))?.[1];
    // "Polly Neate, chief executive of Shelter, said": the body someone named before is the head of, set off by commas.
    const before = text.slice(Math.max(0, run.start - 60), run.start);
    const headedBody = !run.sentenceInitial && /^,/.test(after) && MEMBER_OF_BEFORE.test(before) && /\p{Lu}[\p{L}'’-]*,\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){1,4}$/u.test(before);
    const listedWithName = !run.sentenceInitial && neighbour !== undefined && !isEnglishWord(neighbour) && !['common', 'date'].includes(classOf(neighbour) ?? '') && classOf(word) !== 'date';
    // A common word with a ticker after it is a listed company's name: "Shares of Oracle (NYSE: ORCL)".
    // A match report's team named by a word: "leaders Arsenal, who host Tottenham on Sunday".
    return PARTIES_AFTER.test(after) || isListedAt(text, run.start + word.length) || (!run.sentenceInitial && classOf(word) !== 'demonym' && classOfSingular(word) !== 'demonym' && namedAsTeam(text, word)) || (!ORGANIZATION_HEADS.has(word.toLowerCase()) && classOf(word) !== 'demonym' && (listedWithName || headedBody || (isNounLike(word) && (bare || ROLE_OWNED_AFTER.test(after) || BODY_APPOSITION_AFTER.test(after) || ((SAID_IT_AFTER.test(after) || OWN_FORECAST_AFTER.test(after) || toldBefore) && !lowercaseWords.has(word.toLowerCase())) || (!run.sentenceInitial && ROLE_AND_NAME_AFTER.test(after))))));
  }));
  for (const run of commonWordRuns) {
    const word = wordOf(run);
    const afterThe = !run.sentenceInitial && /\bthe\s+$/i.test(text.slice(Math.max(0, run.start - 4), run.start));
    // "the Senate", "Senate Majority Leader": a body's head that the article never writes in lower case is that body's name.
    const titleAfter = classOf(/^\s+(\p{Lu}\p{L}+)/u.exec(text.slice(run.end, run.end + 30))?.[1] ?? '') === 'title';
    // Not where the article names bodies with that head ("the Court" after two courts).
    const ownName = (afterThe || titleAfter) && ORGANIZATION_HEADS.has(word.toLowerCase()) && !lowercaseWords.has(word.toLowerCase()) && !bodyByHead.has(word);
    // "the House" where the text speaks of a legislature is its chamber, not a building.
    const chamber = afterThe && word === 'House' && LEGISLATURE_NAMED.test(text);
    const body = (afterThe && bodyByHead.get(word) !== undefined) || ownName || chamber || namedBodies.has(word);
    if (afterThe && halves.has(word)) {
      found.push({ candidate: { ...run, tokens: [run.tokens[0]!] }, name: word, type: 'place' });
      continue;
    }
    const shownAlone = shownNames.has(word) && !NO_BARE_NAME_BEFORE.test(text.slice(Math.max(0, run.start - 12), run.start));
    const namedAlone = guessedSurnames.has(word) && (shownAlone || SPEAKS_AFTER.test(text.slice(run.start + word.length, run.start + word.length + 12)));
    // A title that is the surname of someone named in full is theirs where no name or "of" follows it: "Travis Head" … "Head raced to his hundred".
    const titleAsSurname = surnames.has(word) && !/^\s+(?:of\b|\p{Lu})/u.test(text.slice(run.start + word.length, run.start + word.length + 6));
    if (!(surnames.has(word) || namedAlone || body) || (classOf(word) === 'title' && !titleAsSurname)) continue;
    const candidate = { ...run, end: run.start + word.length, tokens: [{ ...run.tokens[0]!, end: run.start + word.length, word }] };
    found.push({ candidate, name: word, type: body ? 'organization' : 'person' });
  }
  found.sort((a, b) => a.candidate.start - b.candidate.start);
  addQuotedWorks(found, text);
  dropCommonPlurals(found, text);
  dropTitleQualifiers(found, text);
  typeListsAlike(found, text);
  typeByPlaceInName(found);
  typeByMakerInName(found);
  typeSeriesByNumbered(found);
  extendToAuthorities(found, text);
  extendToOrdinals(found, text);
  extendToModelNumbers(found, text);
  const mentions = keyMentions(joinNicknames(joinLawTitles(joinCaseNames(extendToRegions(withPostNominals(found, text), text), text), text), text), text, halves);
  keyBirthNames(mentions, text);
  // Names as the text writes them, then as they are keyed ("Sochi" for "Sochi, Russia").
  const byText = new Map([...mentions.map((mention) => [mention.key, mention] as const), ...mentions.map((mention) => [mention.text, mention] as const)]);
  // In a headline, the longest names the text established ("Group G — Belgium 3 – 0 Panama").
  for (const run of headingRuns) {
    for (let from = 0; from < run.tokens.length; from += 1) {
      const start = run.tokens[from]!.start;
      if (mentions.some((mention) => mention.start <= start && start < mention.end)) continue;
      for (let to = run.tokens.length - 1; to >= from; to -= 1) {
        const written = text.slice(start, run.tokens[to]!.end).replace(POSSESSIVE, '');
        const match = byText.get(written);
        if (!match) continue;
        mentions.push({ start, end: start + written.length, text: written, type: match.type, key: match.key });
        from = to;
        break;
      }
    }
  }
  return [...mentions, ...nestedMentions(mentions, text)].sort((a, b) => a.start - b.start || b.end - a.end);
}

const NO_BARE_NAME_BEFORE = /(?:\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|every|each|no|any|some|most|many|more|first|second|third|fourth|fifth|final|next|last|\d[\d,.]*(?:st|nd|rd|th)?)|[-–—:•*(]|\p{Lu}\p{L}*\s+of|\p{Lu}\p{L}*\s?['’]s)\s+$/iu;
const NO_BARE_NAME_AFTER = /^\s+(?:\d|(?:the|a|an)\b)/i;
/** A role the name's owner gives: "Labour's shadow health secretary", "Apple's chief executive". */
const ROLE_OWNED_AFTER = /^['’]s\s+(?:\p{Ll}+\s+){0,3}?(?:secretary|minister|spokesman|spokeswoman|spokesperson|leader|chairman|chairwoman|chair|chief|head|president|director|executive|candidate|founder|boss)\b/u;

/**
 * One capitalised word that is the plural of an English noun, with no "the" before it, names
 * nothing: "Closing Loopholes", "learning in Ants". "The Giants" and "the Alps" are names, and so
 * are the surname of a name the article gives in full ("Shimon Peres" … "Peres") and a name the
 * article lists with others once.
 */
/** "Born" opening a sentence. */
const BORN_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)Born\s+$/;
/** "Born James Chambers on April 1, 1944": a name after "Born" opening a sentence is the birth name of the one the text is about, whom it names first. */
function keyBirthNames(mentions: Mention[], text: string): void {
  const subject = mentions.find((mention) => mention.type === 'person');
  const birthKeys = new Set(mentions.filter((mention) => mention.type === 'person' && mention.key !== subject?.key && BORN_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start))).map((mention) => mention.key));
  for (const mention of mentions) if (subject && birthKeys.has(mention.key)) mention.key = subject.key;
}

function dropCommonPlurals(found: Found[], text: string): void {
  const lastWords = new Set(found.filter(({ candidate }) => candidate.tokens.length > 1).map(({ candidate }) => candidate.tokens.at(-1)!.word));
  const isCommonPlural = ({ candidate }: Found) => {
    const word = candidate.tokens.length === 1 ? candidate.tokens[0]!.word : '';
    // "Goss" and "Ross" are no plurals, and "Mr Hills" is someone.
    if (!/^\p{Lu}\p{Ll}+(?<!s)s$/u.test(word) || candidate.titles.length > 0 || classOf(word) !== undefined || !isEnglishWord(word) || lastWords.has(word)) return false;
    const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
    return (isEnglishWord(singular) || (word.endsWith('es') && isEnglishWord(word.slice(0, -2)))) && classOf(singular) !== 'title' && !/\bthe\s+$/i.test(text.slice(Math.max(0, candidate.start - 5), candidate.start));
  };
  // A name in a list of names is one: "US team Cloud9 and Immortals".
  const listed = (index: number) => [found[index - 1], found[index + 1]].some((other) => other
    && LIST_JOIN.test(other.candidate.start < found[index]!.candidate.start ? text.slice(other.candidate.end, found[index]!.candidate.start) : text.slice(found[index]!.candidate.end, other.candidate.start)));
  const plural = found.map(isCommonPlural);
  const shownAsName = new Set(found.filter((_, index) => plural[index] && listed(index)).map((item) => item.name));
  const kept = found.filter((item, index) => !plural[index] || shownAsName.has(item.name));
  found.splice(0, found.length, ...kept);
}


/** A person's post-nominal letters are part of the mention, no name of their own. */
function withPostNominals(found: Found[], text: string): Found[] {
  const kept: Found[] = [];
  for (const item of found) {
    const person = kept[kept.length - 1];
    if (person?.type === 'person' && POST_NOMINALS.has(item.name) && text.slice(person.candidate.end, item.candidate.start) === ', ') {
      person.candidate = { ...person.candidate, end: item.candidate.end };
    } else kept.push(item);
  }
  return kept;
}

/** A name listed after a word, or before it: ", Microsoft,", "Broadcom and ". */
const LISTED_NAME_AFTER = /^,\s+(\p{Lu}\p{Ll}\p{L}*)(?:,|\s+(?:and|or)\b)/u;
const LISTED_NAME_BEFORE = /(\p{Lu}\p{Ll}\p{L}*)(?:,|,?\s+(?:and|or))\s+$/u;

/** A country's name or acronym, or a region's: what can say where a place is ("Irving, Texas"). */
const isRegion = (name: string) => isRegionOrCountry(name) || COUNTRY_ALIASES.has(name) || COUNTRY_NAMES.has(name);
const isNation = (name: string) => isCountry(name) || COUNTRY_ALIASES.has(name) || COUNTRY_NAMES.has(name);
/** A name in a list ("Paris, Chicago, Illinois and Rome"), where a comma parts names, not a place from its region. */
const LISTED_BEFORE = /(?:,|\band|\bor|&)\s*$/;
const LISTED_AFTER = /^(?:,?\s+(?:and|or|&)\s|,\s*\p{Lu})/u;

/**
 * A place followed by its region and country ("Irving, Texas", "Evansville, Indiana, United States")
 * is one mention of that place: the region and country become names inside it. It shows the first
 * name is a place, though a first name ("Irving") or a guess had typed it otherwise.
 */
function extendToRegions(found: Found[], text: string): Found[] {
  const kept: Found[] = [];
  for (let index = 0; index < found.length; index += 1) {
    const item = found[index]!;
    kept.push(item);
    // A region's name is a city's before a state's abbreviation: "Washington, D.C.".
    const beforeState = isStateAbbreviation(found[index + 1]?.name ?? '') && text.slice(item.candidate.end, found[index + 1]!.candidate.start) === ', ';
    if (item.type === 'organization' || item.type === 'misc' || item.candidate.titles.length > 0 || (isRegion(item.name) && !beforeState)) continue;
    if (item.type === 'person' && item.candidate.tokens.length > 1) continue;
    if (LISTED_BEFORE.test(text.slice(Math.max(0, item.candidate.start - 5), item.candidate.start))) continue;
    const follows = (offset: number, test: (name: string) => boolean) => {
      const next = found[index + offset];
      return next && text.slice(found[index + offset - 1]!.candidate.end, next.candidate.start) === ', ' && test(next.name) ? next : undefined;
    };
    const region = follows(1, (name) => isRegion(name) || isUsPostalCode(name));
    // "In Asia, Japan's Nikkei 225 fell": a possessive opens a new clause's subject, no region of the place.
    if (!region || /^['’]s?\s/.test(text.slice(region.candidate.end, region.candidate.end + 3))) continue;
    const tail = (!isNation(region.name) && follows(2, isNation)) || region;
    // A list of places goes on after the region ("Chicago, Illinois and Denver"); a list of other things does not.
    const afterTail = found[found.indexOf(tail) + 1];
    const listJoin = LISTED_AFTER.exec(text.slice(tail.candidate.end, tail.candidate.end + 6));
    if (listJoin && afterTail?.type === 'place' && afterTail.candidate.start === tail.candidate.end + listJoin[0].length - (/\p{Lu}$/u.test(listJoin[0]) ? 1 : 0)) continue;
    Object.assign(item, { candidate: { ...item.candidate, end: tail.candidate.end }, type: 'place', guessed: false });
    index = found.indexOf(tail);
  }
  return kept;
}

/** Bodies and titles named after their place: "Municipality of Bogliasco", "Mayor of Lyon". */
const CIVIC_HEAD_BEFORE = /\b(?:municipality|city|town|village|province|county|district|region|state|kingdom|republic|mayor|governor) of (?:the )?$/i;

/**
 * Names inside longer names, which the briefing cannot link but the entity's page lists: "Google" in
 * "Google Science Fair", "Helsinki" in "University of Helsinki", "Texas" in "Irving, Texas". A part
 * counts when the article names it on its own, when it is a known place, when it ends a civic
 * body's name ("Bogliasco" in "Municipality of Bogliasco"), or when it is the person a body or a
 * building is named after ("Jeff McBride" in "Jeff McBride Experience"), longest parts first. Not
 * parts of one name:
 * - a person's name holds no place or person ("Jack London" is no mention of London), only a body
 *   it opens with, where it is likely no person's name ("Google Chrome", "NASA Administrator");
 * - a place's name (not a building's) holds only names the article uses on their own, and after a
 *   comma its region ("York" in "New York" is no mention of York);
 * - the rest of a place after "New", "North" or "Eastern" ("Korea" in "North Korea");
 * - a body's shorter name inside its full one ("Andy Warhol Foundation" in "Andy Warhol Foundation
 *   for the Visual Arts", "Home Office" in "United Kingdom Home Office").
 */
function nestedMentions(mentions: Mention[], text: string): Mention[] {
  // Names by how the article writes them, then by the name they stand for ("Irving" for "Irving, Texas").
  const standalone = new Map<string, Mention>();
  for (const mention of mentions) if (!standalone.has(mention.text)) standalone.set(mention.text, mention);
  for (const mention of mentions) if (!standalone.has(mention.key)) standalone.set(mention.key, mention);
  const nested: Mention[] = [];
  for (const outer of mentions) {
    const tokens = tokensOf(text, outer);
    const taken: Span[] = [];
    const qualified = PLACE_PREFIXES.has(tokens[0]?.word ?? '') || classOf(tokens[0]?.word ?? '') === 'demonym';
    // A place's own name, not a building's ("Volgograd Arena" is in Volgograd).
    const placeName = outer.type === 'place' && !FACILITY_HEADS.has(tokens[tokens.length - 1]?.word.toLowerCase() ?? '');
    for (let length = tokens.length - 1; length >= 1; length -= 1) {
      for (let from = 0; from + length <= tokens.length; from += 1) {
        const first = tokens[from]!;
        const last = tokens[from + length - 1]!;
        if (!isCapitalised(first.word) || !isCapitalised(last.word) || taken.some((span) => span.start < last.end && first.start < span.end)) continue;
        if (qualified && from === 1 && last.end === outer.end) continue;
        const part = text.slice(first.start, last.end);
        // A place name's first word alone is none: "St" of "St Peter's Basilica".
        if (PLACE_PREFIXES.has(part)) continue;
        const afterComma = text.slice(outer.start, first.start).endsWith(', ');
        const afterCivicHead = last.end === outer.end && CIVIC_HEAD_BEFORE.test(text.slice(outer.start, first.start));
        // A body or a building named after a person opens with their name: "Jeff McBride Experience".
        const namedAfter = from === 0 && last.end < outer.end && outer.type !== 'person' && length >= 2 && length <= 3 && classOf(first.word) === 'first-name'
          && tokens.slice(1, length).every((token) => /^\p{Lu}/u.test(token.word) && !isEnglishWord(token.word));
        const entity = standalone.get(part) ?? (!placeName || afterComma ? knownPlace(part) : undefined) ?? (afterCivicHead ? { key: part, type: 'place' as const } : undefined)
          ?? (namedAfter ? { key: part, type: 'person' as const } : undefined);
        if (!entity || entity.key === outer.key) continue;
        if (outer.type === 'person' && (from > 0 || entity.type !== 'organization')) continue;
        const shorterName = entity.type === 'organization' && outer.type === 'organization' && (last.end === outer.end || (from === 0 && /^ (?:of|for)\b/.test(text.slice(last.end, outer.end))));
        if (shorterName) continue;
        taken.push({ start: first.start, end: last.end });
        nested.push({ start: first.start, end: last.end, text: part, type: entity.type, key: entity.key, nested: true });
      }
    }
  }
  return nested;
}

/**
 * People a headline names by first name and surname, up to its verb: "Wikinews interviews
 * Christopher Hill, …", "Boris Johnson Resigns". Other capitalised words in a headline say nothing.
 */
function headlinePersons(text: string, runs: Candidate[]): Found[] {
  return runs.flatMap((run) => {
    const verbAt = run.tokens.findIndex((token, index) => index > 0 && (isPresentTenseVerb(token.word.toLowerCase()) || isPastTenseVerb(token.word.toLowerCase())));
    const tokens = run.tokens.slice(0, verbAt > 0 ? verbAt : run.tokens.length);
    // "Senator Warner on the Intelligence Committee's Inquiry": a title before a surname the text gives in full.
    const surname = tokens[1];
    if (tokens.length === 2 && classOf(tokens[0]!.word) === 'title' && /^\p{Lu}\p{Ll}/u.test(surname!.word) && classOf(surname!.word) !== 'title' && endsLongerName(text, surname!.word)) {
      return [{ candidate: { start: surname!.start, end: surname!.end, tokens: [surname!], titles: [tokens[0]!.word], sentenceInitial: false }, name: surname!.word, type: 'person' as const }];
    }
    const plain = tokens.every((token) => !CONNECTORS.has(token.word) && !['title', 'date', 'place', 'demonym'].includes(classOf(token.word) ?? ''));
    if (tokens.length < 2 || tokens.length > 3 || !plain || classOf(tokens[0]!.word) !== 'first-name') return [];
    const candidate: Candidate = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens, titles: [], sentenceInitial: false };
    return [{ candidate, name: text.slice(candidate.start, candidate.end), type: 'person' as const }];
  });
}

/** What joins the names of a list: "Zeus, Hera, Poseidon, and Athena", "Google, Bing and Yahoo". */
/** Words that show a text to be about a legislature: "the Senate", "Speaker Mike Johnson", "lawmakers". */
const LEGISLATURE_NAMED = /\b(?:Senate|Congress|Speaker|Representatives|lawmakers|legislators|Parliament)\b/;

const LIST_JOIN = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;
/** A model's number before a list's join, which the model's name takes in later: " 2 and " of "Mistral Large 2 and Codestral". */
const MODEL_NUMBER_BEFORE_JOIN = /^ \d{1,3}(?:\.\d{1,2})?(?=,|\s+(?:and|or)\s)/;

/**
 * A name guessed to be a person's that ends in a word the text shows to be a place is a place
 * near it ("the suburbs of Penteli and Nea Penteli"), or a body of it.
 */
function typeByPlaceInName(found: Found[]): void {
  const places = new Set(found.filter((item) => item.type === 'place' && !item.guessed && item.candidate.tokens.length === 1).map((item) => item.name));
  for (const item of found) {
    const last = item.candidate.tokens.at(-1)!.word;
    // Only a place that the text, not the lexicon, shows: "Valeska Paris" is a person's name.
    if (!item.guessed || item.type !== 'person' || item.candidate.tokens.length < 2) continue;
    // A body's letters or a common word before a place name a body of it, as no one's given name
    // does: "BBC Birmingham", "Local Government NSW" (but "Valeska Paris"). No one's surname is in
    // capitals either; a regnal number is no body's letters ("Benedict XVI").
    const first = item.candidate.tokens[0]!.word;
    const bodyOfPlace = isAcronym(first) || (isEnglishWord(first) && classOf(first) === 'common' && !isFirstNameToo(first));
    if ((bodyOfPlace && (places.has(last) || classOfName(last) === 'place')) || (isAcronym(last) && !POST_NOMINALS.has(last) && !isRomanNumeral(last))) Object.assign(item, { type: 'organization', guessed: false });
    else if (places.has(last) && classOfName(last) === undefined) Object.assign(item, { type: 'place', guessed: false });
  }
}

/**
 * Bodies the text names in one word that looks like a brand's or is known as a body's: a first
 * name alone may be taken for a body's ("Jannik said"), a brand's may make a product's name.
 */
function brandsNamedAlone(found: Found[]): Set<string> {
  const brandLike = (word: string) => isAcronym(word) || /\p{Ll}\p{Lu}/u.test(word) || classOfName(word) === 'organization';
  return new Set(found.filter((item) => item.type === 'organization' && !item.guessed && item.candidate.tokens.length === 1 && brandLike(item.name)).map((item) => item.name));
}

/**
 * A name guessed to be a person's whose first word is a body the text names alone, or one the
 * lexicon knows, is that body's product: "SpaceX Starship" where "SpaceX" stands alone, "Boeing
 * Starliner", "Google Chrome" (not "Thomas Frank").
 */
function typeByMakerInName(found: Found[]): void {
  const bodies = brandsNamedAlone(found);
  for (const item of found) {
    if (!item.guessed || item.type !== 'person' || item.candidate.tokens.length !== 2) continue;
    const [maker, product] = item.candidate.tokens.map((token) => token.word) as [string, string];
    // Not a person's role ("NASA Administrator", "the Mets Poet").
    const personal = ['first-name', 'last-name', 'title'].includes(classOf(product) ?? '') || isOccupation(product);
    if ((bodies.has(maker) || classOfName(maker) === 'organization') && !personal) Object.assign(item, { type: 'misc' });
  }
}

/** A one-word guess that a numbered thing's name opens is that series: "Artemis" beside "Artemis II". */
function typeSeriesByNumbered(found: Found[]): void {
  const series = new Set(found.filter((item) => item.type === 'misc' && item.candidate.tokens.length === 2 && /^(?:[IVX]+|\d{1,3})$/.test(item.candidate.tokens[1]!.word)).map((item) => item.candidate.tokens[0]!.word));
  for (const item of found) if (item.guessed && item.candidate.tokens.length === 1 && series.has(item.name)) Object.assign(item, { type: 'misc' });
}

/**
 * Names listed together are of one kind: a one-word name's guessed type gives way to the type
 * most of the list's shown types agree on ("Zeus, Hera, Poseidon, Aphrodite, and Athena" are all
 * persons). It is still a guess, which what the text shows elsewhere outweighs ("Israel and Hamas
 * agreed", but "Hamas said in a statement").
 */
function typeListsAlike(found: Found[], text: string): void {
  let list: Found[] = [];
  const settle = () => {
    const shown = list.filter((item) => !item.guessed);
    if (list.length > 1 && shown.length > 0 && shown.length < list.length) {
      const type = majority(shown.reduce((votes, item) => votes.set(item.type, (votes.get(item.type) ?? 0) + 1), new Map<EntityType, number>()));
      // Only one-word guesses: a guessed person's name of several words holds its own in a list.
      for (const item of list) if (item.guessed && item.candidate.tokens.length === 1) item.type = type;
    }
    // A given name alone among places is a place's too: "south Wales, Devon and Cornwall".
    const places = list.filter((item) => item.type === 'place' && !item.guessed);
    if (list.length >= 3 && places.length === list.length - 1) for (const item of list) if (item.type === 'person' && item.candidate.tokens.length === 1) item.type = 'place';
  };
  for (const [index, item] of found.entries()) {
    const previous = found[index - 1];
    // "Kaiann Drance, Apple's vice president": a possessive after a comma opens a description, not a list's next item.
    const between = previous ? text.slice(previous.candidate.end, item.candidate.start) : '';
    const describes = /^,\s*$/.test(between) && /^['’]s\s/.test(text.slice(item.candidate.end, item.candidate.end + 3));
    if (previous && !describes && LIST_JOIN.test(between.replace(MODEL_NUMBER_BEFORE_JOIN, ''))) list.push(item);
    else {
      settle();
      list = [item];
    }
  }
  settle();
}

/** "Luhansk regional military administration", "Kyiv city council": a body named after its place (not "the Agwara local government area", a place). */
const AUTHORITY_AFTER = /^ ((?:(?:regional|city|state|military|district|municipal|provincial|local|federal|national|county|civil|civilian|interim|central|oblast|town|village|metropolitan)\s){1,3})(administration|council|government|ministry|police|court|parliament|assembly|committee|authority|authorities|legislature|duma|prosecutor's office)\b(?! area)/;

/** Turns a place followed by an administrative body's name into that body, an organisation. */
function extendToAuthorities(found: Found[], text: string): void {
  for (const item of found) {
    if (item.type !== 'place') continue;
    const match = AUTHORITY_AFTER.exec(text.slice(item.candidate.end, item.candidate.end + 80));
    if (!match) continue;
    const end = item.candidate.end + match[0].length;
    item.candidate = { ...item.candidate, end, tokens: tokensOf(text, { start: item.candidate.start, end }) };
    item.name = text.slice(item.candidate.start, end);
    item.type = 'organization';
    item.guessed = false;
  }
}

/** An ordinal just before a body's name. */
const ORDINAL_BEFORE = /(?<![\p{L}\d])\d+(?:st|nd|rd|th) $/u;
/** Military units, which go by their numbers ("the 110th Brigade"), unlike events ("the 97th Academy Awards"). */
const UNITS = new Set(['brigade', 'battalion', 'regiment', 'rifles', 'division', 'corps', 'army', 'fleet', 'squadron', 'wing', 'infantry', 'artillery']);

/** A military unit numbered by an ordinal takes it in: "the 110th Brigade", "the 82nd Airborne Division"; so does an appeals court, a body whatever its word alone seemed: "the 5th Circuit". */
function extendToOrdinals(found: Found[], text: string): void {
  for (const item of found) {
    const circuit = item.name === 'Circuit';
    const unit = (item.type === 'organization' && UNITS.has(item.candidate.tokens.at(-1)!.word.toLowerCase())) || circuit;
    const ordinal = unit ? ORDINAL_BEFORE.exec(text.slice(Math.max(0, item.candidate.start - 8), item.candidate.start)) : null;
    if (!ordinal) continue;
    if (circuit) item.type = 'organization';
    const start = item.candidate.start - ordinal[0].length;
    item.candidate = { ...item.candidate, start, tokens: tokensOf(text, { start, end: item.candidate.end }) };
    item.name = text.slice(start, item.candidate.end);
  }
}

/** A common noun before a name that makes it a publication's or a work's: "the journal Science". */
const NAMED_AS_WORK_BEFORE = /\b(?:the|a)\s+(?:journal|magazine|newspaper|website|film|book|novel|album|song|play|series|show)\s+$/i;

/** A nickname in quotation marks between a first name and a surname: ` "Kiki" `, ` ‘Kiki’ `. */
const NICKNAME_BETWEEN = /^ ["“‘'][\p{Lu}][\p{L}.'’ -]{0,20}["”’'] $/u;

/** A first name, a nickname in quotation marks and a surname are one person: Enrique "Kiki" Camarena. */
function joinNicknames(found: Found[], text: string): Found[] {
  const joined: Found[] = [];
  for (let index = 0; index < found.length; index += 1) {
    const first = found[index]!;
    // The nickname may be found as a name of its own between them.
    const afterNickname = (step: number) => found[index + step]?.candidate.tokens.length === 1 && NICKNAME_BETWEEN.test(text.slice(first.candidate.end, found[index + step]!.candidate.start));
    // The first name may be one the lexicon knows as something else, after a title: Superintendent Cornwall 'Bigga' Ford.
    const givenName = classOf(first.name) === 'first-name' || first.candidate.titles.length > 0;
    const step = first.candidate.tokens.length === 1 && givenName ? [1, 2].find(afterNickname) : undefined;
    if (step === undefined) {
      joined.push(first);
      continue;
    }
    const surname = found[index + step]!;
    const span = { start: first.candidate.start, end: surname.candidate.end };
    // Named without the nickname, as the text names the person in full elsewhere ("Sean Combs").
    joined.push({ candidate: { ...first.candidate, ...span, tokens: tokensOf(text, span) }, name: `${first.name} ${surname.name}`, type: 'person' });
    index += step;
  }
  return joined;
}

/** Capitalised words, perhaps with small ones between: "Regulation and Management". */
const capitalisedWords = (word: string) => String.raw`${word}(?:\s+(?:(?:of|the|and|for|on|in|to)\s+)*${word})*`;
const CAPITALISED_WORDS = capitalisedWords(String.raw`\p{Lu}[\p{L}'’-]*`);
/** The words of a law's name before its bracket, which no other law's kind ends: not "Online Safety Bill and the Development (…". */
const LAW_NAME_WORDS = capitalisedWords(String.raw`(?!(?:Bill|Act|Rules|Regulations|Order|Code|Ordinance)\b)\p{Lu}[\p{L}'’-]*`);
/** A law's kind after its title's bracket, perhaps as an amendment: ") Bill", ") Amendment Bill". */
const LAW_HEAD = String.raw`\)\s+(?:Amendment\s+)?(?:Bill|Act|Rules|Regulations|Order|Code|Ordinance)\b`;
const HAS_LAW_HEAD = new RegExp(LAW_HEAD);
/** A law's title with a part in brackets, and perhaps its year: "Marine Fisheries (Regulation and Management) Bill, 2026", "Development (Town Planning, Lands and Works) Amendment Bill". */
const LAW_TITLE = new RegExp(String.raw`(?<!\p{L})(?!The\s)${LAW_NAME_WORDS}\s+\(${CAPITALISED_WORDS}(?:,\s+${CAPITALISED_WORDS})*${LAW_HEAD}(?:,\s+\d{4})?`, 'gu');

/** A law's title is one name, whatever its brackets hold: "Representation of the People (Amendment) Act, 1950". */
function joinLawTitles(found: Found[], text: string): Found[] {
  let joined = found;
  // Most texts name no such law: a quick look for its bracket and head spares the long pattern.
  if (!HAS_LAW_HEAD.test(text)) return found;
  for (const match of text.matchAll(LAW_TITLE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const within = joined.filter((item) => item.candidate.start >= span.start && item.candidate.start < span.end);
    if (within.length === 0) continue;
    const law: Found = { candidate: { ...within[0]!.candidate, ...span, tokens: tokensOf(text, span), titles: [] }, name: match[0], type: 'misc' };
    joined = [...joined.filter((item) => !within.includes(item) && item.candidate.start < span.start), law, ...joined.filter((item) => item.candidate.start >= span.end)];
  }
  return joined;
}

/** Endings of English adjectives: "Maronite", "Regional", "International". */
const ADJECTIVE_ENDING = /\p{Ll}(?:ite|ic|ish|ese|ist|al|ary)$/u;
/**
 * An adjective no lexicon knows before a title qualifies the title: "Maronite Patriarch Bechara
 * al-Rahi", "Regional Director" (but "Kumamoto Governor" is the governor of a place).
 */
function dropTitleQualifiers(found: Found[], text: string): void {
  const qualifiesTitle = (item: Found) => {
    const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(item.candidate.end, item.candidate.end + 30))?.[1];
    return item.guessed && item.candidate.tokens.length === 1 && ADJECTIVE_ENDING.test(item.name) && next !== undefined && classOf(next) === 'title';
  };
  found.splice(0, found.length, ...found.filter((item) => !qualifiesTitle(item)));
}

/** A court case is one name, its parties within it: "Free Speech Coalition v. Paxton" (a match's "England v Australia" has no point). */
function joinCaseNames(found: Found[], text: string): Found[] {
  const joined: Found[] = [];
  for (const item of found) {
    const previous = joined.at(-1);
    if (previous && /^ v\. $/.test(text.slice(previous.candidate.end, item.candidate.start))) {
      // A party may be someone's, its owner a name apart: "Humphrey's Executor v. United States".
      const owner = joined.at(-2);
      const owned = owner !== undefined && /^['’]s $/.test(text.slice(owner.candidate.end, previous.candidate.start));
      if (owned) joined.pop();
      const span = { start: (owned ? owner : previous).candidate.start, end: item.candidate.end };
      joined[joined.length - 1] = { candidate: { ...previous.candidate, ...span, tokens: tokensOf(text, span), titles: [] }, name: text.slice(span.start, span.end), type: 'misc' };
    } else joined.push(item);
  }
  return joined;
}

/** A version with its point after a name: "Claude Sonnet 4.5". */
const POINTED_VERSION_AFTER = /^ \d{1,2}\.\d{1,2}\b(?![.,]?\d|\s*(?:%|per\s?cent|percent|million|billion|trillion))/;
const MODEL_WORDS_AFTER = /^(?: \p{Lu}\p{Ll}+){1,2}\b(?![-'’])/u;
/** A version's point after a name that ends in its number: "GPT-5.1". */
const VERSION_POINT_AFTER = /^\.\d{1,2}\b(?![.,]?\d)/;

/** A thing's name takes in its model's number: "the iPhone 17e", "a Falcon 9 rocket", "GPT-5.1". */
/** How many a chart or a ranking lists, after its name: "Billboard Global 200", "Fortune 500". */
const RANKING_SIZE_AFTER = /^ (?:40|100|200|500|1000)\b(?![.,]\d)/;

function extendToModelNumbers(found: Found[], text: string): void {
  const models: Candidate[] = [];
  for (const item of found) {
    // Not a first name ("737 Max 9"), which the name apart from its number would then be taken for.
    const word = item.candidate.tokens[0]!.word;
    const after = text.slice(item.candidate.end, item.candidate.end + 40);
    const modelNumber = item.type === 'misc' && item.candidate.tokens.length === 1 && classOf(word) !== 'first-name' && !isFirstNameToo(word) ? MODEL_NUMBER_AFTER.exec(after) : null;
    // A name of several words takes a version with its point ("Claude Sonnet 4.5"), a number
    // after a model's word ("Apple Watch Series 11", "AirPods Pro 3"), or a ranking's size ("Billboard Hot 100").
    const several = item.type === 'misc' && item.candidate.tokens.length > 1;
    const version = several ? POINTED_VERSION_AFTER.exec(after) ?? (MODEL_WORDS.has(item.candidate.tokens.at(-1)!.word) ? MODEL_NUMBER_AFTER.exec(after) : null) ?? RANKING_SIZE_AFTER.exec(after) : null;
    // A broadcaster's station takes its number: "BBC Radio 1".
    const station = item.type === 'organization' && /^(?:Radio|Channel|TV)$/.test(item.candidate.tokens.at(-1)!.word) ? /^ \d{1,2}\b(?![.,:]?\d)/.exec(after) : null;
    const number = modelNumber ?? version ?? station ?? (item.type === 'misc' && /\d$/.test(item.candidate.tokens.at(-1)!.word) ? VERSION_POINT_AFTER.exec(after) : null);
    if (!number) continue;
    // A model's words after its number are the model's: "iPhone 17 Pro Max".
    const modelWords = MODEL_WORDS_AFTER.exec(text.slice(item.candidate.end + number[0].length, item.candidate.end + number[0].length + 20))?.[0] ?? '';
    const end = item.candidate.end + number[0].length + (modelWords.split(' ').slice(1).every((word) => MODEL_WORDS.has(word)) ? modelWords.length : 0);
    item.candidate = { ...item.candidate, end, tokens: tokensOf(text, { start: item.candidate.start, end }) };
    item.name = text.slice(item.candidate.start, end);
    models.push(item.candidate);
  }
  // A name the model's words were found as on their own is the model's now: "Pro Max" in "iPhone 18 Pro Max".
  const within = (item: Found) => models.some((model) => model !== item.candidate && model.start <= item.candidate.start && item.candidate.end <= model.end);
  found.splice(0, found.length, ...found.filter((item) => !within(item)));
}

/** Endings that transliterations of one Slavic surname differ in: "Zelensky", "Zelenskiy", "Zelenskyy". */
const TRANSLITERATED_ENDING = /(?:iy|yy|ii|y|i)$/;

/**
 * The full name whose surname is this word transliterated with another ending: "Zelensky" for
 * "Volodymyr Zelenskiy", "Zelenskyy". Words that differ within ("Johnson", "Johnston") stay apart.
 */
function transliteratedSurname<T extends { type: EntityType }>(word: string, fullNameBySurname: Map<string, T>): T | undefined {
  if (word.length < 5) return undefined;
  const stem = word.replace(TRANSLITERATED_ENDING, '');
  if (stem === word) return undefined;
  const matches = [...fullNameBySurname.entries()].filter(([surname, full]) => full.type === 'person' && surname !== word && surname.replace(TRANSLITERATED_ENDING, '') === stem);
  return matches.length === 1 ? matches[0]![1] : undefined;
}

/** A Cantonese given name of two syllables, as Hong Kong writes it after an English name and a surname: "Ka-chiu", "Puk-sun". */
const CANTONESE_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** English first names as they are commonly shortened, with the full name each stands for. */
const SHORT_FIRST_NAMES = new Map(Object.entries({
  Larry: 'Lawrence', Bill: 'William', Will: 'William', Bob: 'Robert', Rob: 'Robert', Bobby: 'Robert', Jim: 'James', Jimmy: 'James',
  Mike: 'Michael', Tony: 'Anthony', Joe: 'Joseph', Dick: 'Richard', Rick: 'Richard', Tom: 'Thomas', Tommy: 'Thomas', Dan: 'Daniel',
  Danny: 'Daniel', Dave: 'David', Steve: 'Steven', Chris: 'Christopher', Matt: 'Matthew', Nick: 'Nicholas', Alex: 'Alexander',
  Ben: 'Benjamin', Sam: 'Samuel', Ted: 'Edward', Ed: 'Edward', Andy: 'Andrew', Pat: 'Patrick', Pete: 'Peter', Ron: 'Ronald',
  Don: 'Donald', Jeff: 'Jeffrey', Greg: 'Gregory', Kate: 'Katherine', Liz: 'Elizabeth', Beth: 'Elizabeth', Sue: 'Susan',
  Jenny: 'Jennifer', Jen: 'Jennifer', Meg: 'Margaret', Maggie: 'Margaret', Vicky: 'Victoria', Becky: 'Rebecca',
}));

/** Whether two words differ by at most one letter changed, added or left out. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/**
 * The acronyms a name may go by: its initials ("USI"); with an acronym within it whole ("UN
 * Environment Programme" is "UNEP"); without a country before it ("US National Snow and Ice Data
 * Center" is "NSIDC"); with its connectors ("Bank of Japan" is "BOJ"); without its legal form
 * ("Research In Motion Ltd" is "RIM").
 */
function acronymsOf(words: string[]): string[] {
  const initials = initialsOf(words);
  if (words.length < 2) return initials.length >= 2 ? [initials] : [];
  const withAcronyms = words.some(isAcronym) ? words.filter((word) => !CONNECTORS.has(word) && word !== 'and').map((word) => (isAcronym(word) ? word : word[0])).join('') : '';
  const unqualified = COUNTRY_ALIASES.has(words[0]!) || isCountry(words[0]!) ? initialsOf(words.slice(1)) : '';
  const withConnectors = words.some((word) => CONNECTORS.has(word)) ? words.filter((word) => word !== 'the').map((word) => word[0]!.toUpperCase()).join('') : '';
  const withoutLegalForm = LEGAL_FORMS.has(words.at(-1)!.replace(/\.$/, '')) ? initialsOf(words.slice(0, -1)) : '';
  return [initials, withAcronyms, unqualified, withConnectors, withoutLegalForm].filter((acronym, index) => acronym.length >= (index === 0 ? 2 : 3));
}

/** The capitals a name would be abbreviated to: "University of Southern Indiana" → "USI", "LibriVox" → "LV", "Pakistan Tehreek-e-Insaf" → "PTI"; "" for one plain word. */
export function initialsOf(words: string[]): string {
  // A number in Roman numerals gives no initial: "Artemis III" is no "AI", "World War II" no "WWI".
  // Nor does a small word between the names: "Board of Control for Cricket in India" is "BCCI",
  // "Organization of the Petroleum Exporting Countries" "OPEC".
  const named = words.filter((word) => !CONNECTORS.has(word) && !/^(?:and|in|on|at|the)$/.test(word) && !(word.length > 1 && isRomanNumeral(word)));
  if (named.length === 1) {
    const capitals = named[0]!.match(/\p{Lu}/gu) ?? [];
    return capitals.length >= 2 && !isAcronym(named[0]!) ? capitals.join('') : '';
  }
  // A hyphenated word gives the capitals of its parts: "Tehreek-e-Insaf" → "TI".
  return named.every((word) => /^\p{Lu}/u.test(word)) ? named.map((word) => word.split('-').map((part) => /^\p{Lu}/u.test(part) ? part[0] : '').join('')).join('') : '';
}

/** The words of a body's name that "the …" can stand for: "Church", "Court" in "Supreme Court of Cassation". */
function bodyHeadsOf(words: string[], placesNamed: Set<string>): Set<string> {
  const ofAt = words.findIndex((word) => word === 'of' || word === 'for');
  // A chamber's party members are no chamber: "Senate Democrats" is not "the Senate".
  const members = words.length > 1 && PARTY_MEMBERS.has(words.at(-1)!.replace(/s$/, ''));
  const heads = [...(members ? [] : [words[0]!]), words[words.length - 1]!, ...(ofAt > 0 ? [words[ofAt - 1]!] : [])].filter((word) => ORGANIZATION_HEADS.has(word.toLowerCase()));
  const nickname = teamNickname(words, placesNamed);
  return new Set(nickname ? [...heads, nickname] : heads);
}

/**
 * A team named after its city goes by its own last word: "Nuggets" for "Denver Nuggets", "Thunder"
 * for "Oklahoma City Thunder"; a city the lexicon knows or the text names as a place ("Bills" for
 * "Buffalo Bills" where "Buffalo" is a place).
 */
function teamNickname(words: string[], placesNamed: Set<string>): string | undefined {
  const nickname = words.at(-1)!;
  const city = words.length > 1 && words.length <= 3 && ((knownPlace(words.slice(0, -1).join(' ')) ?? knownPlace(words[0]!))?.type === 'place' || (PLACE_PREFIXES.has(words[0]!) && isTeamName(words)) || placesNamed.has(words.slice(0, -1).join(' ')));
  return city && !ORGANIZATION_HEADS.has(nickname.toLowerCase()) && !FACILITY_HEADS.has(nickname.toLowerCase()) && !PUBLIC_BODY_HEAD.test(nickname) ? nickname : undefined;
}

/**
 * A country divided in two, both halves named ("North Korea", "South Korea"), by the compass word
 * that stands for each: "the North", "the South".
 */
function dividedCountries(found: Found[]): Map<string, string> {
  const halves = new Map(found.filter(({ name, candidate: { tokens } }) => tokens.length === 2 && /^(?:North|South)$/.test(tokens[0]!.word) && isCountry(name)).map(({ name, candidate: { tokens } }) => [tokens[0]!.word, name]));
  const divided = halves.size === 2 && halves.get('North')!.split(' ')[1] === halves.get('South')!.split(' ')[1];
  return divided ? halves : new Map();
}

/** The places the article names, and the cities it names as their teams ("for Buffalo (8-4)" beside "the Buffalo Bills"). */
const placesNamedIn = (found: Found[], text: string) => {
  const bodies = found.filter(({ type }) => type === 'organization').map(({ name }) => name);
  const cityAsTeam = (name: string) => !name.includes(' ') && namedAsTeam(text, name) && bodies.some((body) => body.startsWith(`${name} `));
  return new Set(found.filter(({ type, name }) => type === 'place' || (type === 'organization' && cityAsTeam(name))).map(({ name }) => name));
};

/** The article's bodies by the head words "the …" can stand for (see `bodyHeadsOf`). */
function bodiesByHead(found: Found[], placesNamed: Set<string>): OnlyName {
  const bodies = new OnlyName();
  for (const { type, name, candidate: { tokens } } of found) {
    if (type === 'organization' && tokens.length > 1) for (const head of bodyHeadsOf(tokens.map((token) => token.word), placesNamed)) bodies.add(head, name);
  }
  return bodies;
}

/** Words after a firm's own name that only say it is a firm. */
const FIRM_WORDS = new Set(['Management', 'Capital', 'Partners', 'Group', 'Holdings', 'Investments', 'Advisors', 'Advisers', 'Associates', 'Securities', 'Asset', 'Motor', 'Motors', 'Industries', 'Electric', 'Electronics', 'Technologies', 'Pharmaceuticals',
  'Robotics', 'Systems', 'Labs', 'Software', 'Networks', 'Therapeutics', 'Biosciences', 'Aerospace', 'Semiconductor', 'Semiconductors', 'Foods', 'Brands',
  'Media', 'Entertainment', 'Communications', 'Logistics', 'Solutions', 'Ventures', 'Enterprises', 'Energy', 'Airlines', 'Studios', 'Games', 'AI']);

/** Whether a full name puts the family name first: no first name opens it, and its given names are no English words nor first names ("Xi Jinping", "Wang Yi"; "Xi" alone is Xi Jinping). */
function familyNameFirst(fullName: string | undefined): boolean {
  const words = fullName?.split(' ') ?? [];
  return words.length > 1 && classOf(words[0]!) !== 'first-name' && words.slice(1).every((word) => !isEnglishWord(word) && classOf(word) !== 'first-name');
}

/** Names indexed by a word of theirs, read back only when one name alone has that word. */
class OnlyName {
  private readonly names = new Map<string, Set<string>>();

  add(word: string, name: string): void {
    this.names.set(word, (this.names.get(word) ?? new Set()).add(name));
  }

  has(word: string): boolean {
    return this.names.has(word);
  }

  get(word: string): string | undefined {
    const names = this.names.get(word);
    return names?.size === 1 ? [...names][0] : undefined;
  }
}

/**
 * Gives each mention the key of the entity it names within the article: a surname alone joins the
 * full name it ends ("Putin" → "Vladimir Putin"), a country acronym its name ("US" → "United States"),
 * a divided country's compass word its half (`halves`: "the North" → "North Korea").
 */
function keyMentions(found: Found[], text: string, halves: Map<string, string>): Mention[] {
  // What a short form can stand for in this article: the first full name each surname ends; the
  // first name each acronym abbreviates ("USI" → "University of Southern Indiana", "LV" → "LibriVox");
  // the one full name a first name starts ("Ahmed" → "Ahmed Mohamed"); the one organisation a head
  // word starts or ends ("the Church" → "Church of Scientology"); the one body's full name a shorter
  // name starts before "for" or "of" ("Andy Warhol Foundation" → "… for the Visual Arts"); the one
  // body a country or its adjective qualifies ("Home Office" → "UK Home Office", "Supreme Court" →
  // "Italian Supreme Court of Cassation").
  const fullNameBySurname = new Map<string, { name: string; words: string[]; type: EntityType }>();
  // Relatives share a surname: "Ms Walsh" after "Jayden Walsh … his mother, Kerry Walsh" is not the boy.
  const peopleBySurname = new Map<string, { name: string; words: string[] }[]>();
  const nameByInitials = new Map<string, string>();
  const personByInitials = new Map<string, string>();
  const fullNameByFirst = new OnlyName();
  const placesNamed = placesNamedIn(found, text);
  const organisationByHead = bodiesByHead(found, placesNamed);
  const fullBodyName = new OnlyName();
  const companyShortNames = new Set<string>();
  // An unknown word stands for a person's full name it opens only where the text shows that name a person's ("China's Xi agrees" … "President Xi Jinping").
  const shownPersonByFirst = new OnlyName();
  // A name within a full name may stand for it too: "Lula" for "Luiz Inácio Lula da Silva".
  const fullNameByMiddle = new OnlyName();
  const fullNameByLastTwo = new OnlyName();
  // A given name and surname stand for the full name with a middle name between: "Ayana Johnson" for "Ayana Elizabeth Johnson".
  const fullNameByFirstAndLast = new OnlyName();
  // An English name before a Cantonese given name stands for the whole: "John Lee" for "John Lee Ka-chiu".
  const fullNameByEnglishName = new OnlyName();
  const namedAfterSomeone: { name: string; words: string[]; type: EntityType }[] = [];
  const bodiesNamedAlone = brandsNamedAlone(found);
  // A name's type is what most of its occurrences show: a headline's guess ("Boeing Starliner returns")
  // gives way to "the Boeing Starliner capsule".
  const votesByName = new Map<string, Map<EntityType, number>>();
  // A name opening a sentence takes a capital its owner does not write: "UniQure CEO" is "uniQure".
  const namesWritten = new Set(found.map((item) => item.name));
  for (const item of found) {
    const uncapitalised = item.name[0]!.toLowerCase() + item.name.slice(1);
    if (uncapitalised !== item.name && namesWritten.has(uncapitalised)) item.name = uncapitalised;
  }
  const namesShown = new Set(found.filter((item) => !item.guessed).map((item) => item.name));
  for (const { name, type, guessed } of found) {
    const votes = votesByName.get(name) ?? new Map<EntityType, number>();
    votesByName.set(name, votes.set(type, (votes.get(type) ?? 0) + (guessed ? GUESS_WEIGHT : 1)));
  }
  /** Gives every occurrence of a name the type the text shows it to have elsewhere. */
  const retype = (name: string, type: EntityType) => {
    votesByName.set(name, new Map([[type, 1]]));
    for (const item of found) if (item.name === name) item.type = type;
  };
  // A two-word name that the text calls by its first word alone, no first name, is a firm's: "Lockheed"
  // for "Lockheed Martin", "Goldman" for "Goldman Sachs"; a person goes by their surname.
  const namedAlone = new Set(found.filter((item) => item.candidate.tokens.length === 1).map((item) => item.name));
  for (const [name, votes] of votesByName) {
    const [first, last, ...rest] = name.split(' ');
    const byFirstWord = last !== undefined && rest.length === 0 && namedAlone.has(first!) && !namedAlone.has(last) && classOf(first!) !== 'first-name' && !isFirstNameToo(first!);
    // (A place's name alone is the place, not a firm's short name: "Europa" of "Europa Clipper".)
    if (!byFirstWord || isAcronym(first!) || ORGANIZATION_HEADS.has(first!.toLowerCase()) || majority(votesByName.get(first!)!) === 'place') continue;
    // (A product's word after a firm's is no first name: "Apple Intelligence".)
    if (majority(votes) === 'person' && (classOf(last) === 'first-name' || isFirstNameToo(last)) && !namesShown.has(name) && !familyNameFirst(name)) retype(name, 'organization');
    if (majority(votesByName.get(name)!) === 'organization' && classOfName(first!) === undefined) fullBodyName.add(first!, name);
  }
  for (const { candidate, name, guessed } of found) {
    const type = majority(votesByName.get(name)!);
    const written = candidate.tokens.map((token) => token.word);
    // A full name in capitals, as a press release writes a defendant's ("DANIEL R. HOLLOWAY"), is what its usual case stands for ("Daniel Holloway").
    const words = type === 'person' && written.length > 1 && !/\p{Ll}/u.test(name) ? titleCased(name).split(' ') : written;
    if (type !== 'person') {
      for (const acronym of acronymsOf(words)) if (!nameByInitials.has(acronym)) nameByInitials.set(acronym, name);
    } else if (words.length >= 3) {
      // Someone known by the initials of three names or more: "Mohammed bin Salman" is "MBS".
      personByInitials.set(words.map((word) => word[0]!.toUpperCase()).join(''), name);
    }
    if (words.length < 2) continue;
    if (type === 'person') fullNameByFirst.add(words[0]!, name);
    if (type === 'person') peopleBySurname.set(words.at(-1)!, [...(peopleBySurname.get(words.at(-1)!) ?? []), { name, words }]);
    if (type === 'person' && !guessed) shownPersonByFirst.add(words[0]!, name);
    if (type === 'person' && words.length > 2) {
      fullNameByLastTwo.add(words.slice(-2).join(' '), name);
      fullNameByFirstAndLast.add(`${words[0]} ${words.at(-1)}`, name);
      if (words.length === 3 && CANTONESE_GIVEN_NAME.test(words[2]!) && classOf(words[0]!) === 'first-name') fullNameByEnglishName.add(`${words[0]} ${words[1]}`, name);
    }
    if (type === 'person') for (const middle of words.slice(1, -1)) if (!NAME_PARTICLES.has(middle.toLowerCase())) fullNameByMiddle.add(middle, name);
    // A thing's last word after common words or its maker's name stands for it, as a surname does:
    // "Atlantis" for "Space Shuttle Atlantis", "Starliner" for "Boeing Starliner", "Starship" for
    // "SpaceX Starship" where the text names SpaceX alone.
    // Not where "of" puts a place's name last: "Arnhem" is not "Battle of Arnhem".
    const thing = type === 'misc' && words.slice(0, -1).every((word) => isEnglishWord(word) || classOfName(word) === 'organization' || bodiesNamedAlone.has(word)) && !CONNECTORS.has(words.at(-2) ?? '');
    // A saint's name is no surname's: "Pope Francis" is not "St Francis".
    if ((type === 'person' || thing) && !fullNameBySurname.has(words.at(-1)!) && !/^(?:St|Saint|San|Santa|São)$/.test(words[0]!)) fullNameBySurname.set(words.at(-1)!, { name, words, type });
    if (type !== 'person' && words.length > 2 && classOf(words[0]!) === 'first-name' && !isEnglishWord(words[1]!) && words.slice(2).every(isEnglishWord)) namedAfterSomeone.push({ name, words, type });
    if (type === 'organization') {
      const ofAt = words.findIndex((word, index) => index > 1 && (word === 'of' || word === 'for'));
      if (ofAt > 0) fullBodyName.add(text.slice(candidate.start, candidate.tokens[ofAt - 1]!.end), name);
      // A firm goes by its first word before words that only say it is a firm: "Elliott" for "Elliott Management", "Toyota" for "Toyota Motor Corp.";
      // a word of the dictionary too, where the text never writes it in lower case ("Mistral" for "Mistral AI").
      const firstWordIsName = () => !isEnglishWord(words[0]!) || !new RegExp(String.raw`(?<!\p{L})${words[0]!.toLowerCase().replace(/[^\p{L}]/gu, '.')}(?!\p{L})`, 'u').test(text);
      if (words.length > 1 && words.slice(1).every((word) => FIRM_WORDS.has(word) || LEGAL_FORMS.has(word.replace(/\.$/, ''))) && firstWordIsName()) fullBodyName.add(words[0]!, name);
      // A company is its name without "Inc." or "Ltd": "Tesla" is "Tesla Inc".
      if (LEGAL_FORMS.has(words.at(-1)!.replace(/\.$/, ''))) {
        const company = text.slice(candidate.start, candidate.tokens.at(-2)!.end);
        fullBodyName.add(company, name);
        companyShortNames.add(company);
      }
      // A club named with its city, or a university, goes by its own word: "Shakhtar" for "Shakhtar
      // Donetsk", "Bayern" for "Bayern Munich", "Yale" for "Yale University".
      const university = /^(?:University|College)$/.test(words[1]!);
      const club = knownPlace(words[1]!)?.type === 'place' && !isEnglishWord(words[0]!);
      if (words.length === 2 && (club || university) && knownPlace(words[0]!) === undefined) fullBodyName.add(words[0]!, name);
      const nickname = teamNickname(words, placesNamed);
      if (nickname) fullBodyName.add(nickname, name);
      // "the Fed" is the Federal Reserve the text names.
      if (/^(?:(?:US|U\.S\.) )?Federal Reserve(?: System| Board)?$/.test(name)) fullBodyName.add('Fed', name);
      // The city named as the team is the team: "Buffalo (8-4)".
      const city = words.slice(0, -1).join(' ');
      const cityVotes = votesByName.get(city);
      if (nickname && cityVotes && majority(cityVotes) === 'organization') fullBodyName.add(city, name);
      // A party is its name without "Party", its members' plural too: "Labour", "the Conservatives".
      if (words.length > 1 && words.at(-1) === 'Party') {
        const party = text.slice(candidate.start, candidate.tokens.at(-2)!.end);
        fullBodyName.add(party, name);
        fullBodyName.add(`${party}s`, name);
      }
      const country = [2, 1].find((count) => count < words.length - 1 && isNation(words.slice(0, count).join(' ')));
      const qualifier = country ?? (classOf(words[0]!) === 'demonym' && words.length > 2 ? 1 : undefined);
      if (qualifier !== undefined) {
        const unqualified = candidate.tokens.slice(qualifier);
        fullBodyName.add(text.slice(unqualified[0]!.start, candidate.end), name);
        const unqualifiedOfAt = unqualified.findIndex((token, index) => index > 1 && (token.word === 'of' || token.word === 'for'));
        if (unqualifiedOfAt > 0) fullBodyName.add(text.slice(unqualified[0]!.start, unqualified[unqualifiedOfAt - 1]!.end), name);
      }
    }
  }
  // A thing or body named after someone whom the article does not name goes by their surname: "Webb" for "James Webb Space Telescope".
  for (const named of namedAfterSomeone) if (!fullNameBySurname.has(named.words[1]!)) fullNameBySurname.set(named.words[1]!, named);
  const bracketedWords = new Set([...text.matchAll(/\((\p{Lu}\p{Ll}+)\)/gu)].map((match) => match[1]!));
  // A name of several words in brackets after a body's, or a place's after a place's, is another
  // name of it, and the shorter stands for the longer: "Africa Centres for Disease Control and
  // Prevention (Africa CDC)", "CEI (Italian Episcopal Conference)", "Masjid Al-Haram (Grand Mosque)"; so are
  // letters that do not spell it out: "Lagos State Emergency Management Agency (LASEMA)", "(NiMet)", "(Infonavit)".
  const shortNames = new Map(halves);
  found.forEach((item, index) => {
    const named = found[index - 1];
    const type = named && majority(votesByName.get(named.name)!);
    const letters = item.candidate.tokens.length === 1 && (item.name.match(/\p{Lu}/gu) ?? []).length >= 2;
    // Or a word no dictionary knows after a body's long name, its acronym in another language: "National Workers' Housing Fund Institute (Infonavit)".
    const foreignAcronym = named !== undefined && item.candidate.tokens.length === 1 && type === 'organization' && named.candidate.tokens.length >= 3 && !isEnglishWord(item.name) && classOf(item.name) === undefined;
    if (named && (item.candidate.tokens.length > 1 || letters || foreignAcronym) && (type === 'organization' || (type === 'place' && majority(votesByName.get(item.name)!) === type)) && knownPlace(item.name) === undefined
      && text.slice(named.candidate.end, item.candidate.start) === ' (' && text[item.candidate.end] === ')') {
      const [short, long] = item.name.length < named.name.length ? [item.name, named.name] : [named.name, item.name];
      shortNames.set(short, long);
      // A body's other name is a body's, though it looks like someone's: "Ombudsman's Office (Defensoría del Pueblo)".
      if (type === 'organization' && majority(votesByName.get(item.name)!) === 'person') retype(item.name, 'organization');
    }
  });
  const typeVotes = new Map<string, Map<EntityType, number>>();
  const writtenInLowerCase = new Map(found.filter(({ name }) => /\p{Ll}/u.test(name) && !/^\p{Lu}{2,} /u.test(name)).map(({ name }) => [name.toLowerCase(), name]));
  // A body's letters written as a word are the letters: "Cop31" where the text writes "COP31" too, "Nasa" where it writes "NASA".
  const inCapitals = new Set(found.filter(({ name, candidate }) => candidate.tokens.length === 1 && /^\p{Lu}[\p{Lu}\d]+$/u.test(name)).map(({ name }) => name));
  let previous: Mention | undefined;
  const keyed = found.map(({ candidate, name, type, guessed }) => {
    // An acronym written as a word is one where the text gives it in brackets: "the UN Environment Programme (Unep)".
    // Letters with a small connector among them are an acronym too: "BoE", "DfE".
    const acronym = isAcronym(name) || bracketedWords.has(name) || /^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u.test(name);
    const abbreviated = candidate.tokens.length === 1 && acronym ? nameByInitials.get(name.replace(/\./g, '').toUpperCase()) : undefined;
    // (A place's or a person's name in capitals is the name: "JASPER, Alta." is Jasper.)
    const asLetters = candidate.tokens.length === 1 && (type === 'organization' || type === 'misc') && inCapitals.has(name.toUpperCase()) ? name.toUpperCase() : undefined;
    let key = COUNTRY_ALIASES.get(name) ?? abbreviated ?? shortNames.get(name) ?? nameInCapitals(name, type, writtenInLowerCase) ?? asLetters ?? name;
    if (shortNames.has(name)) type = majority(votesByName.get(shortNames.get(name)!)!);
    // The text's own acronym is of its name's type, whatever else the lexicon knows it for ("Serious Fraud Office (SFO)", not the airport)
    // or a guess makes of it ("Unep's executive director"); a known place's letters are the place ("T.N." of "Tamil Nadu").
    if (abbreviated && !COUNTRY_ALIASES.has(name) && (classOfName(name) !== undefined || guessed || knownPlace(abbreviated) !== undefined)) type = majority(votesByName.get(abbreviated)!);
    const initialsOfPerson = !abbreviated && isAcronym(name) && name.length >= 3 && classOfName(name) === undefined ? personByInitials.get(name) : undefined;
    if (initialsOfPerson) {
      key = initialsOfPerson;
      type = 'person';
    }
    const tokens = candidate.tokens;
    // A surname with its particles ("von der Leyen", "De Clercq") joins the full name as a surname alone does.
    const particlesOnly = tokens.length > 1 && tokens.slice(0, -1).every((token) => NAME_PARTICLES.has(token.word.toLowerCase()));
    if (particlesOnly && fullNameBySurname.get(tokens.at(-1)!.word)?.type === 'person') {
      key = fullNameBySurname.get(tokens.at(-1)!.word)!.name;
      type = 'person';
    } else if (tokens.length === 1) {
      // A first name alone is the full name's; so is any first word of a full name that the text shows to be a person ("Tedros told reporters").
      const known = classOfName(name);
      // A brand's name is no first name: "SpaceX" of "SpaceX Starship".
      const brand = /\p{Ll}\p{Lu}/u.test(name);
      // "Her father, Tom,": a relative named by first name is someone of their own, not another Tom the text names in full.
      const relative = KIN_APPOSED_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start));
      const fullByFirst = fullNameByFirst.get(name);
      const firstOfFull = brand || relative ? undefined : classOf(name) === 'first-name' || isFirstNameToo(name) || type === 'person' || (known === undefined && (!isEnglishWord(name) || familyNameFirst(fullByFirst))) ? fullByFirst : known === undefined ? shownPersonByFirst.get(name) : undefined;
      const middleOfFull = known !== 'place' && known !== 'organization' ? fullNameByMiddle.get(name) : undefined;
      const fullName = ofHonorificSex(name, candidate.titles, fullNameBySurname.get(name), peopleBySurname) ?? fullNameBySurname.get(withParticleRecased(name)) ?? (/\p{Ll}/u.test(name) ? undefined : fullNameBySurname.get(titleCased(name))) ?? firstOfFull ?? middleOfFull ?? (type === 'person' || guessed ? transliteratedSurname(name, fullNameBySurname) : undefined);
      const company = fullBodyName.get(name);
      const organisation = /\bthe\s+$/i.test(text.slice(Math.max(0, candidate.start - 5), candidate.start)) ? organisationByHead.get(name) : undefined;
      // A word named as a publication or a work ("the journal Science") is no person's surname.
      const named = NAMED_AS_WORK_BEFORE.test(text.slice(Math.max(0, candidate.start - 20), candidate.start));
      if (fullName && !named) {
        key = typeof fullName === 'string' ? fullName : fullName.name;
        // A surname the text shows to be a person's ("Prescott said") outweighs a guess at the full name ("Dak Prescott threw").
        const personShown = typeof fullName !== 'string' && type === 'person' && !guessed && !namesShown.has(fullName.name) && !namedAfterSomeone.includes(fullName);
        // So does a company the text shows it to be ("Lilly's shares rose" after "Eli Lilly"), as one vote against the full name's look.
        const companyShown = typeof fullName !== 'string' && showsCompany(text, candidate.start, candidate.end);
        type = companyShown ? 'organization' : typeof fullName === 'string' || personShown ? 'person' : fullName.type;
      } else if (organisation ?? company) {
        key = (organisation ?? company)!;
        type = 'organization';
      }
    } else if ((type === 'organization' || companyShortNames.has(name)) && fullBodyName.get(name)) {
      // A company's name without its legal form is the company's, whatever else it looks like: "Northvolt Energy" of "Northvolt Energy Inc.".
      key = fullBodyName.get(name)!;
      type = 'organization';
    } else if (type === 'person') {
      // "Kristen Wilkins" after "Kristin Wilkins", "Larry Lessig" after "Lawrence Lessig": one person,
      // the first name misspelt once or shortened as English shortens it.
      const earlier = fullNameBySurname.get(tokens.at(-1)!.word);
      const first = tokens[0]!.word;
      const sameFirst = (other: string) => (first.length >= 6 && withinOneEdit(first, other)) || SHORT_FIRST_NAMES.get(first) === other || SHORT_FIRST_NAMES.get(other) === first;
      if (earlier?.type === 'person' && earlier.name !== name && earlier.words.length === tokens.length && sameFirst(earlier.words[0]!)) key = earlier.name;
      // Two surnames stand for the full name they end: "López Obrador" for "Andrés Manuel López Obrador";
      // a given name and surname for the full name with a middle name.
      else if (tokens.length === 2) key = fullNameByLastTwo.get(name) ?? fullNameByFirstAndLast.get(name) ?? fullNameByEnglishName.get(name) ?? key;
    }
    // "Gen Mohamed Hamdan Dagalo, known as Hemedti", "the California Department of Forestry and Fire
    // Protection, known as Cal Fire": the name after "known as" is the person's or the body's.
    // So is a shorter name after ", or" that ends its clause: "the California Department of Forestry and Fire Protection, or Cal Fire,".
    const between = previous ? text.slice(previous.end, candidate.start) : '';
    const previousWords = previous?.text.split(' ').length ?? 0;
    const orAlias = previous?.type === 'organization' && between === ', or ' && /^[,.;)]/.test(text.slice(candidate.end, candidate.end + 1))
      && previousWords >= 3 && candidate.tokens.length < previousWords;
    if ((previous?.type === 'person' || previous?.type === 'organization') && (KNOWN_AS.test(between) || orAlias)) {
      key = previous.key;
      type = previous.type;
    }
    const votes = typeVotes.get(key) ?? new Map<EntityType, number>();
    // A title is the best evidence, and so is a region after a place ("JASPER, Alta."); a guess counts
    // for less than anything the text shows.
    const withRegion = type === 'place' && candidate.end - candidate.start > name.length && text.startsWith(`${name},`, candidate.start);
    const weight = candidate.titles.length > 0 || withRegion ? 2 : guessed && key === name ? GUESS_WEIGHT : 1;
    votes.set(type, (votes.get(type) ?? 0) + weight);
    typeVotes.set(key, votes);
    const mention: Mention = { start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), key, type };
    if (candidate.titles.length > 0) mention.titles = candidate.titles.join(' ');
    previous = mention;
    return mention;
  });
  // A short form keyed to a name that stands for a longer one stands for that too: "Johnson" for
  // "Ayana Johnson", which is "Ayana Elizabeth Johnson".
  const furtherKey = new Map(keyed.filter((mention) => mention.text !== mention.key && mention.text.includes(' ')).map((mention) => [mention.text, mention.key]));
  return keyed.map((mention) => {
    const key = furtherKey.get(mention.key) ?? mention.key;
    return { ...mention, key, type: majority(typeVotes.get(key)!) };
  });
}

/** The person a surname after an honorific stands for: the first full name it ends, unless that name is of the other sex and another is not. */
function ofHonorificSex<T extends { words: string[] }>(surname: string, titles: string[], first: T | undefined, peopleBySurname: Map<string, { name: string; words: string[] }[]>): T | string | undefined {
  const sex = titles.map(sexOfHonorific).find(Boolean);
  const sexOf = (words: string[]) => sexOfFirstName(words[0]!);
  if (!sex || !first || (sexOf(first.words) ?? sex) === sex) return first;
  return peopleBySurname.get(surname)?.find((person) => (sexOf(person.words) ?? sex) === sex)?.name ?? first;
}

/**
 * A place written in capitals, as a dateline writes it ("WASHINGTON", "NEW YORK"), by its usual
 * name: one the lexicon knows, or one typed a place by its dateline ("SYDNEY, Australia (AP) —");
 * so a person's full name, as a transcript writes its speakers ("MARK WARNER:").
 */
function nameInCapitals(name: string, type: EntityType, writtenInLowerCase: Map<string, string>): string | undefined {
  // A story's first word in capitals, as tabloids and local papers write it: "HOLLY Willoughby is in talks", "COFFS United Lions defeated".
  if (/^\p{Lu}{2,} \p{Lu}\p{Ll}/u.test(name)) return writtenInLowerCase.get(name.toLowerCase());
  if (!/^\p{Lu}+\.?(?:[ -]\p{Lu}+\.?)*$/u.test(name) || name.replace(/ /g, '').length < 4) return undefined;
  const usual = titleCased(name);
  // As the text writes it elsewhere: "DAR ES SALAAM" is "Dar es Salaam" (but a body's letters are its name: "KORVA", not "Korva").
  const written = type === 'organization' ? undefined : writtenInLowerCase.get(name.toLowerCase());
  return (written !== name ? written : undefined) ?? knownPlace(usual)?.key ?? (type === 'place' || (type === 'person' && name.includes(' ')) ? usual : undefined);
}

/** "DAR ES SALAAM" as "Dar Es Salaam". */
const titleCased = (name: string) => name.toLowerCase().replace(/(?<!\p{L})\p{L}/gu, (letter) => letter.toUpperCase());

export function majority<T>(votes: Map<T, number>): T {
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
