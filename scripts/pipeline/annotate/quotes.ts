/**
 * Direct quotes: text in quotation marks that someone said, with the words that attribute it.
 *
 * Marks: straight and curly, double and single; a single mark between letters is an apostrophe.
 * Speech or not: a quote of three words or fewer is speech only when a speech cue introduces it
 * ("said that", "according to"); otherwise it is a scare quote, title or nickname. Attribution looks
 * for a speech cue before the quote in its sentence, then after it, and takes the cue's subject: a
 * named person or organisation, or a pronoun resolved to the person the text was last about.
 * Speech without marks is a quote too where the text says so: a paragraph signed by a name at its
 * end (a pull quote), and a paragraph that a cue and a colon introduce (a statement).
 */
import type { Block, EntityType, Mention, Quote, Sentence, Span } from '../model.ts';
import { spanAt, spanIndexAt, spansWithin } from './spans.ts';
import { classOf, HEADLINE_LOWER_WORDS, isPastTenseVerb, isPresentTenseVerb, PARTY_MEMBERS, sexOfFirstName, TITLES } from './lexicon.ts';
import { KIN, KIN_APPOSED_BEFORE } from './entity-types.ts';

interface QuoteMarks extends Span {
  /** Offset just past the closing mark (the block's end when the quote runs on). */
  after: number;
  /** Offset of the opening mark. */
  before: number;
  block: number;
  /** A whole paragraph quoted without marks: a statement a cue and a colon introduce. */
  unmarked?: boolean;
}

/** A cue whose speaker follows it: "That was the message from union leader Christiane Benner". */
const MESSAGE_FROM = String.raw`(?:was|were|is) the (?:message|word|words|verdict|warning|response) (?:from|of)`;
const SPEECH_VERBS = String.raw`said|says|say|saying|stated|told|tells|telling|added|adds|adding|stressed|stresses|noted|warned|warns|explained|explains|claimed|insisted|insists|argued|argues|asked|asks|replied|replies|responded|wrote|writes|tweeted|tweets|posted|commented|announced|announces|declared|declares|continued|concluded|acknowledged|admitted|suggested|urged|remarked|recalled|pointed out|went on|according to|as per|in the words of|reported|denied|quoting|quoted by|recommending|recommended|described|describes|reads|cited|stating|reasoned|replying|warning|insisting|explaining|continues|emphasised|emphasized|reiterated|reiterates|maintained|affirmed|underscored|underlined|revealed|disclosed|contended|countered|retorted|exclaimed|radioed|radios|messaged|texted|emailed|whispered|yelled|screamed|testified|testifies|recounted|recounts|mused|wondered|confirmed|confirms|boasted|observed|promised|promising|promises|vowed|vows|pledged|pledges|joked|jokes|quipped|quips|shouted|calling it|called it|called (?:this|that|them|him|her|the [a-z]+)|conceded|concedes|predicted|complained|lamented|cautioned|called for|calls for|called on|calls on|(?:accused|critici[sz]ed|condemned) by|accused|accuses|accusing|alleged|alleges|asserted|asserts|has called|have called|had called|issued a statement|released a statement|${MESSAGE_FROM}`;
/** Someone issuing a statement, which the quote after it is: "Cornyn issued a statement regarding …". */
const STATEMENT_ISSUED = /\b(?:issued|released|published|put out)\s+(?:a|an)\s+(?:\p{L}+\s+)?statement\b/iu;
const CUE = new RegExp(String.raw`\b(${SPEECH_VERBS})\b`, 'gi');
const PRONOUN = /\b(he|she|they|we|it)\b/gi;
const PERSONAL_PRONOUN = /^(he|she|someone)$/i;
/** What an epithet stands for ("the 25-year-old", "the Washington Democrat"): a person, of either sex. */
const SOMEONE = 'someone';
const OPENERS = '“"‘\'«„';
/** A quote in guillemets or German marks, within one paragraph. */
const FOREIGN_QUOTE = /«[^«»\n]+»|„[^„“”\n]+[“”]/g;
const CONTRACTION = /^(?:s|t|re|ve|ll|d|m|em|til|tis|n)\b/i;

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/**
 * Quotation spans of one block. Single marks nested in double quotes belong to the outer quote.
 * `runsOn`: the previous paragraph ended inside a quote; unless this one opens a quote afresh, its
 * text up to the closing mark continues it (a quote over several paragraphs).
 */
function findMarks(text: string, block: Block, blockIndex: number, runsOn: boolean): { marks: QuoteMarks[]; endsOpen: boolean } {
  const found: QuoteMarks[] = [];
  let open: { at: number; mark: string } | null = null;
  const opensAfresh = /^[“"]/.test(text.slice(block.start, block.end));
  if (runsOn && !opensAfresh && /[”"]/.test(text.slice(block.start, block.end))) open = { at: block.start - 1, mark: '“' };
  // Guillemets and German marks pair on their own: «Nous devons rester unis», „Europa muss …“.
  const foreignClosers = new Set<number>();
  for (const pair of text.slice(block.start, block.end).matchAll(FOREIGN_QUOTE)) {
    const before = block.start + pair.index;
    const after = before + pair[0].length;
    const inner = pair[0].slice(1, -1);
    found.push({ before, start: before + 1 + (inner.length - inner.trimStart().length), end: after - 1 - (inner.length - inner.trimEnd().length), after, block: blockIndex });
    foreignClosers.add(after - 1);
  }
  for (let index = block.start; index < block.end; index += 1) {
    if (foreignClosers.has(index)) continue;
    const character = text[index]!;
    const previous = text[index - 1];
    const next = text[index + 1];
    const double = character === '“' || character === '”' || character === '"';
    const single = character === '‘' || character === '’' || character === "'";
    if (!double && !single) continue;
    // A single mark before a contraction or possessive ending ("boy 's", "’til") is an apostrophe.
    const apostrophe = single && CONTRACTION.test(text.slice(index + 1, index + 4));
    const canOpen = !isLetter(previous) && next !== undefined && !/\s/.test(next) && !apostrophe;
    const canClose = !isLetter(next) && previous !== undefined && !/\s/.test(previous);
    if (!open) {
      if (character !== '”' && character !== '’' && canOpen) open = { at: index, mark: character };
      else if (double && canClose && found.length === 0 && wordCount(text.slice(block.start, index)) >= 4 && !/[“"]/.test(text.slice(block.start, index))) {
        // A closing mark with no opening one: the paragraph's opening mark was lost.
        found.push({ before: block.start, start: block.start, end: index, after: index + 1, block: blockIndex });
      }
      continue;
    }
    const openDouble = open.mark === '“' || open.mark === '"';
    // A double quote opening inside an unclosed single one: the single mark was an apostrophe.
    if (!openDouble && double && canOpen && character !== '”') {
      open = { at: index, mark: character };
      continue;
    }
    if (openDouble !== double) continue;
    // A left mark after the words, before a space, was typed for a right one ("decision.“ However").
    if (character === '‘' || !canClose || (character === '“' && canOpen)) continue;
    found.push({ before: Math.max(open.at, block.start), start: open.at + 1, end: index, after: index + 1, block: blockIndex });
    open = null;
  }
  const endsOpen = open !== null && (open.mark === '“' || open.mark === '"');
  // A single mark opening the paragraph's speech, left open, runs on when the next paragraph opens
  // with one again: "he said: 'I have always tried … I serve.¶'I am proud …'".
  const singleRunsOn = open !== null && !endsOpen && /^\s*[‘']/.test(text.slice(block.end, block.end + 4))
    && /^(?:|.*[:,]\s*)$/s.test(text.slice(block.start, open.at));
  if (open && (endsOpen || singleRunsOn)) {
    found.push({ before: Math.max(open.at, block.start), start: open.at + 1, end: block.end, after: block.end, block: blockIndex });
  }
  return { marks: found.filter((marks) => marks.end > marks.start).sort((a, b) => a.start - b.start), endsOpen };
}

/** Cues whose object is the source: "according to the ministry", "quoting KCNA". */
const SOURCE_CUE = new RegExp(String.raw`^(?:according to|as per|in the words of|quoting|${MESSAGE_FROM})$`, 'i');
/** Cues that declare what the "that" after them reports ("said … that the deal was …"), unlike "asked". */
const DECLARING = /^(?:said|says|told|tells|wrote|writes|stated|added|announced|insisted|argued|claimed|warned|noted)$/i;

/**
 * Words quoted as words or as a name, not as anyone's speech: "adding the words “and Emergency”", "the
 * adage, “Those who forget …”", "the booster, nicknamed “Never Tell Me The Odds”", a work's title: "his solo single “Seven”", letters spelt out: "MASGA, short for “Make American Shipbuilding Great Again”".
 */
const WORDS_NAMED = /\b(?:(?:the|a|an|this|that|its|his|her|their)\s+(?:\p{L}+\s+){0,2}?(?:word|words|phrase|term|terms|name|label|slogan|motto|adage|saying|proverb|expression|hashtag|single|song|track|album|film|movie|book|novel|memoir|documentary|podcast)|(?:nick|code-?)?named|dubbed|titled|entitled|known as|short for|stands? for|standing for)\s*,?\s*$/iu;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const ROLE_WORDS = new Set([...TITLES, 'governor', 'official', 'officials', 'head', 'chief', 'supremo', 'representative', 'adviser', 'advisor', 'aide', 'prosecutor', 'lawyer', 'attorney', 'analyst', 'expert', 'source', 'witness', 'resident', 'owner', 'coach', 'captain', 'manager', 'organiser', 'organizer', 'researcher', 'scientist', 'doctor', 'pilot', 'engineer', 'teacher', 'nurse', 'firefighter', 'paramedic', 'detective', 'investigator', 'surgeon']);
/** A role set before a name in apposition, opening a sentence: "China's lead negotiator, ", "His lawyer, ". */
const APPOSED_ROLE = new RegExp(String.raw`^\s*(?:(?:the|his|her|their|its|\p{Lu}[\p{L}.-]*['’]s?)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:${[...ROLE_WORDS].join('|')}|negotiator),\s*$`, 'iu');
const NOT_CONTENT = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'his', 'her', 'their', 'its', 'who', 'which', 'that']);

/** The one who saw or obtained a document, before their name: "a letter seen by Sky News". */
const HAS_SEEN_BEFORE = /\b(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?$/i;
/** The point of an abbreviation within a clause, which does not end it: "alongside Ms. Harris", "in Wayne, Mich.". */
const ABBREVIATION_POINT = String.raw`(?<=\b\p{Lu}\p{Ll}{0,3})\.`;
/**
 * A description set off by commas between a name and its verb: ", Panama coach," or ", a
 * spokeswoman for the ministry,", perhaps with a clause after it (", general secretary of the NAHT,
 * which did not reach the threshold,").
 */
const APPOSITION = new RegExp(String.raw`^(?:,(?:[^,.;:!?"“”]|${ABBREVIATION_POINT}){1,120}){1,3},\s*(?:(?:has|had|have)\s+)?$`, 'u');
/** A relative clause between a subject and its cue. */
const RELATIVE_CLAUSE = new RegExp(String.raw`^,\s+(?:who|whose|which)\b(?:[^.;:!?"“”]|${ABBREVIATION_POINT}){1,160},\s*(?:(?:has|had|have)\s+)?$`, 'u');
/** The city a body is in, after its name: " in London". */
const BODY_CITY = /^\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u;
/** Where a person works, between the name and the next one: "James Gibbs of the State University …", "Rebecca Brunner of the University of California, Berkeley", "Ana Ruiz of the ruling Popular Party". */
const AFFILIATION = /^\s+(?:of|from|at)\s+(?:the\s+(?:\p{Ll}+\s+){0,2})?(?:\p{Lu}[\p{L}.'’-]*,?\s+(?:(?:of|for|and|the|at)\s+)*){0,6}$/u;

/**
 * The subject of a cue among the names before it: the last one, unless that one only describes a
 * person named before it ("Hernan Gomez, Panama coach, said": Gomez speaks, not Panama; so does
 * Gibbs in "James Gibbs of Yale said"), or only saw the document that speaks.
 */
function subjectOf(mentions: Mention[], text: string, cueStart: number): Mention | undefined {
  // "A letter seen by Sky News says …": the one who saw a document does not speak for it.
  // Letters in brackets after a name are the name's: "Ella Jakubowska of European Digital Rights (EDRi) said"
  // (but speak where the name before them is none found: "Alternative for Germany (AfD), which …, accused").
  const lettersOfName = (mention: Mention, index: number) => text[mention.start - 1] === '(' && text[mention.end] === ')' && index > 0 && /^\s*\($/.test(text.slice(mentions[index - 1]!.end, mention.start));
  const before = mentions.filter((mention, index) => !HAS_SEEN_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start)) && !lettersOfName(mention, index));
  const last = before.at(-1);
  // "Walsh, a former teacher from Wagga Wagga, said", "Kira Yarmysh, Navalny's spokeswoman, said":
  // a name within a description set off by commas is not the one described.
  const describer = last && !APPOSITION.test(text.slice(last.end, cueStart)) ? before.findLast((mention) => mention.end <= last.start && APPOSITION.test(text.slice(mention.end, cueStart))) : undefined;
  if (describer) return describer;
  if (last && possessesPerson(text, last)) return undefined;
  // "Leclerc, who took second place from Pérez, said:", "Meta, which owns Facebook and Instagram,
  // said", "Snap, the parent company of Snapchat, said": the one a clause or description describes speaks.
  const described = before.find((mention) => {
    const between = text.slice(mention.end, cueStart);
    return RELATIVE_CLAUSE.test(between) || (mention.type === 'organization' && APPOSITION.test(between));
  });
  const person = last && before.findLast((mention) => mention.type === 'person' && mention.end <= last.start);
  // "Dr. Fatima Cody Stanford of Massachusetts General Hospital, who was not involved, said": "who"
  // describes the person, not the body she is of.
  const affiliatedPerson = (body: Mention) => person && body.type !== 'person' && AFFILIATION.test(text.slice(person.end, body.start)) && /^,\s+who\b/.test(text.slice(body.end, cueStart));
  if (described) return affiliatedPerson(described) ? person : described;
  if (!last || last.type === 'person') return last;
  // "Pontus Skoglund at the Francis Crick Institute in London, who was not involved, says": so does the body's city and a clause after it.
  const afterBody = text.slice(last.end, cueStart).replace(BODY_CITY, '');
  const affiliated = person && AFFILIATION.test(text.slice(person.end, last.start)) && (/^\s*(?:\([^()]*\))?\s*,?\s*$/.test(afterBody) || RELATIVE_CLAUSE.test(afterBody));
  return person && (affiliated || APPOSITION.test(text.slice(person.end, cueStart))) ? person : last;
}

/** A name after "the" that qualifies a role before the cue, and does not speak: "the Labour leader said", "the TDP supremo said". */
function qualifiesRole(text: string, mention: Mention, cueStart: number): boolean {
  const words = text.slice(mention.end, cueStart).trim().replace(/,$/, '').split(/\s+/);
  return /\bthe\s+$/i.test(text.slice(Math.max(0, mention.start - 5), mention.start)) && words.length >= 1 && words.length <= 3
    && words.every((word) => /^[\p{Ll}-]+$/u.test(word)) && ROLE_WORDS.has(words.at(-1)!);
}

/** A form of "be" before a cue, which makes it passive: "had been asked", "was told". */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|was|were)\s+$/i;
/** A cue in a predicate after "and" or "but": "… and said", "but later told". */
const COORDINATED_CUE = /\b(?:and|but)\s+(?:also\s+|later\s+|then\s+)?$/i;
/** What may come before the name that opens a sentence as its subject: "The", "China's", "Labour's Shadow Home Secretary", "Congress leader". */
function opensAsSubject(words: string): boolean {
  const list = words.trim().split(/\s+/).filter(Boolean);
  return list.length <= 6 && list.every((word, index) => /^\p{Lu}/u.test(word) || ROLE_WORDS.has(word) || (index === 0 && word === 'the'));
}

/** The subject a sentence opens with, before `cueStart`: a pronoun or a person or body named. */
function openingSubject(text: string, sentenceStart: number, cueStart: number, speakers: Mention[]): Mention | { start: number; pronoun: string } | undefined {
  const pronoun = /^\s*(He|She|They)\b/.exec(text.slice(sentenceStart, cueStart));
  if (pronoun) return { start: sentenceStart + pronoun[0].length - pronoun[1]!.length, pronoun: pronoun[1]! };
  // The head of the phrase is the subject, not a name before it ("UN Secretary-General António
  // Guterres"), nor a possessive ("China's Taiwan Affairs Office").
  return spansWithin(speakers, sentenceStart, cueStart).findLast((mention) => opensAsSubject(text.slice(sentenceStart, mention.start)) && !/^\s?['’]/.test(text.slice(mention.end, mention.end + 2)));
}

/** A state's body, after its name: "Qatar's foreign ministry said", "Russia's defence ministry". The state speaks through it. */
const STATE_BODY_AFTER = /^\s?['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministry|government|army|military|embassy|parliament|presidency|armed forces|air force|navy)\b/u;
/** Where a clause opens: a sentence's start, after "and" or "but" (not "in London, who … said"). */
const CLAUSE_OPENS_BEFORE = /(?:^|[.!?:;]\s+|\n|\b(?:and|but|while|as)\s+)(?:[Tt]he\s+)?$/;
/** A cue right after a name, perhaps past an aside set off by commas: " said", ", speaking for the Arab Group, said". */
const PLACE_SPEAKS_AFTER = new RegExp(String.raw`^(?:,[^,.;:!?"“”]{1,120},)?\s+(?:${SPEECH_VERBS})\b`, 'u');
/** People one has, who speak for themselves: "Savage's readers", "her lawyer". */
const PEOPLE_WORDS = new Set(['readers', 'fans', 'supporters', 'critics', 'followers', 'family', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'friend', 'friends', 'colleague', 'colleagues', 'staff', 'members', 'aides', 'officials']);

/** People of a body who speak for it: "officials of the ministry said". */
const SPEAK_FOR_BODY = new Set(['staff', 'members', 'aides', 'officials', 'colleagues']);

/**
 * A name's possessive before a person ("Putin’s spokesman", "Savage's readers"), or a name's people
 * before it ("the family of victim Margaret Ellis"): that person is the subject, not the name. What
 * the name wrote or found is its own ("PC World's analysis concluded").
 */
function possessesPerson(text: string, mention: Span): boolean {
  const after = text.slice(mention.end, mention.end + 50);
  // A place's letters may qualify the role: "Lilly's UK general manager".
  const words = /^\s?[’']s?\s+(?:\p{Lu}{2,3}\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u.exec(after)?.[1]?.split(/\s+/) ?? [];
  // "the family of victim Margaret Ellis": the people of a name before it, who speak for themselves.
  const people = /\b(\p{Ll}+)\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  // "India's foreign ministry": a body of the state, whose words are the state's, not a person.
  return (!STATE_BODY_AFTER.test(after) && words.some((word) => ROLE_WORDS.has(word) || PEOPLE_WORDS.has(word))) || (people !== undefined && PEOPLE_WORDS.has(people) && !SPEAK_FOR_BODY.has(people));
}

/** Content words of a role ("Ukraine’s deputy defence minister" → deputy, defence, minister), by stem. */
function roleWords(phrase: string): string[] {
  // A judge is titled "Justice": "Mr Justice Garnham" is "the judge".
  return phrase.toLowerCase().split(/[^\p{L}’'-]+/u).filter((word) => word && !NOT_CONTENT.has(word) && !/[’']s$/.test(word)).map((word) => (word === 'justice' ? 'judge' : word.slice(0, 5)));
}

/**
 * A role named instead of a person ("the regional military governor"), just after or before a
 * cue: lower-case words, possibly after a possessive or a people's name ("Ukraine’s deputy defence
 * minister", "the French president").
 */
function rolePhrase(text: string, from: number, to: number, side: 'after' | 'before'): Span | null {
  const window = text.slice(from, to);
  const match = side === 'after'
    ? /^\s+((?:the\s+|a\s+|an\s+)?(?:[\p{Lu}][\p{L}-]*(?:[’']s)?\s+)?(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)/u.exec(window)
    : /((?:the\s+|a\s+|an\s+)?(?:[\p{Lu}][\p{L}-]*(?:[’']s)?\s+)?(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)\s*,?\s*$/u.exec(window);
  if (!match) return null;
  const start = from + match.index + match[0].indexOf(match[1]!);
  const words = match[1]!.toLowerCase().split(/\s+/);
  if (!words.some((word) => ROLE_WORDS.has(word))) return null;
  return { start, end: start + match[1]!.length };
}

/** A role opening the main clause after a comma, just before the cue: ", the mayor ". */
const ROLE_AFTER_CLAUSE = /,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*$/u;
/** A role in lower case just before a name, perhaps after a body's: "Labour leader ", "TDP supremo ". */
const ROLE_LEADING_BEFORE = /((?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){1,2})$/u;
/** A role set off by a comma before a name, perhaps with an age: "The mayor of Bristol, ", "its chief executive, ", "the pilot, 67-year-old ". */
const ROLE_APPOSED_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+([^,.;:“”"]{2,60}),\s*(?:(?:\d+|\p{L}+)-year-old\s+)?$/u;

/**
 * The person the article names in a role: the one whose titles or apposition ("Serhii Haidai, the
 * chairman of the Luhansk regional military administration") share the most words with it, two at
 * least, within three paragraphs; the nearest on a tie. A role of one word ("the chancellor") is
 * the one person named with it. With no one in the role that near, the article's earlier
 * paragraphs are read too, as a reader looks back for "the president".
 */
function personInRole(text: string, role: Span, mentions: Mention[], blocks: Block[], blockIndex: number): string | null {
  const wanted = new Set(roleWords(text.slice(role.start, role.end)));
  const needed = Math.min(2, wanted.size);
  // A title after a body's name is that body's officer's: "Senate President Godswill Akpabio".
  const officerOfBody = (mention: Mention) => {
    const titleStart = mention.start - (mention.titles?.length ?? 0) - 1;
    return mention.titles !== undefined && mentions.some((body) => body.type === 'organization' && body.end < titleStart && /^\s+$/.test(text.slice(body.end, titleStart)));
  };
  const holderWithin = (start: number, end: number) => {
    const holders = new Set<string>();
    const plainHolders = new Set<string>();
    let best: { key: string; score: number; distance: number } | null = null;
    for (const mention of spansWithin(mentions, start, end)) {
      // A former holder holds the role no more: "Former President Andrés Manuel López Obrador".
      if (mention.type !== 'person' || FORMER.test(mention.titles ?? '')) continue;
      // Not a clause the name is the subject of: "Nigel Farage, said the chancellor should resign".
      const afterName = /^\s*,\s*([^,.;:“”"]{3,90})/.exec(text.slice(mention.end, mention.end + 100))?.[1] ?? '';
      const firstWord = afterName.split(/\s+/)[0] ?? '';
      const apposition = isPastTenseVerb(firstWord) || isPresentTenseVerb(firstWord) ? '' : afterName;
      // A role may come first, set off by a comma: "The mayor of Bristol, Tony Dyer, …", or be
      // written before the name in lower case, a body's name leading it: "Labour leader Keir Starmer".
      const roleBefore = ROLE_APPOSED_BEFORE.exec(text.slice(Math.max(0, mention.start - 80), mention.start))?.[1] ?? '';
      // Not a verb's subject: "The Conservative leader said Reeves had …" describes no Reeves.
      const leading = ROLE_LEADING_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1] ?? '';
      const roleLeading = leading.split(/\s+/).some((word) => isPastTenseVerb(word) || isPresentTenseVerb(word)) ? '' : leading;
      const described = new Set(roleWords(`${mention.titles ?? ''} ${apposition} ${roleBefore} ${roleLeading}`));
      const score = [...wanted].filter((word) => described.has(word)).length;
      const distance = Math.abs(mention.start - role.start);
      if (score >= needed) holders.add(mention.key);
      if (score >= needed && !officerOfBody(mention)) plainHolders.add(mention.key);
      if (score >= needed && (!best || score > best.score || (score === best.score && distance < best.distance))) best = { key: mention.key, score, distance };
    }
    // "The president" is not the "Senate President" where the text names a president of no body too.
    const onlyPlain = plainHolders.size === 1 ? [...plainHolders][0]! : null;
    return { holders, key: needed === 1 && holders.size > 1 ? onlyPlain : best?.key ?? null };
  };
  const nearStart = blocks[Math.max(0, blockIndex - 3)]!.start;
  const near = holderWithin(nearStart, blocks[Math.min(blocks.length - 1, blockIndex + 3)]!.end);
  return near.holders.size > 0 ? near.key : holderWithin(0, nearStart).key;
}

const FORMER = /\b(?:former|ex|late|then)\b/i;

/**
 * A person named by age, nationality or what they do: "the 87-year-old pontiff", "the Russian",
 * "the seven-time world champion", "the Green politician" (`isEpithet` checks the nationality).
 * Roles ("the minister") are matched to the one who holds them instead.
 */
const EPITHET_NOUNS = 'champion|driver|player|striker|forward|midfielder|defender|goalkeeper|winger|veteran|star|singer|frontman|frontwoman|guitarist|bassist|drummer|vocalist|songwriter|actor|actress|rapper|billionaire|teenager|youngster|politician|lawmaker|legislator|pontiff|economist|historian|author|novelist|poet|artist|entrepreneur|activist|campaigner|academic|filmmaker|comedian|composer|pianist|athlete|swimmer|sprinter|boxer|cyclist|bowler|batter|pitcher|quarterback';
/** A party's member, perhaps after where they sit for: "the Washington Democrat", "the South Dakota Republican". */
const PARTY_MEMBER_NOUNS = [...PARTY_MEMBERS].join('|');
const ENDS_IN_EPITHET_NOUN = new RegExp(String.raw`\b(?:${EPITHET_NOUNS}|${PARTY_MEMBER_NOUNS})$`);
const EPITHET = String.raw`\d+-year-old(?:\s+\p{L}+)?|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:${PARTY_MEMBER_NOUNS})|\p{Lu}\p{Ll}+|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:[\p{Ll}\d-]+\s+){0,3}(?:${EPITHET_NOUNS})`;
const EPITHET_BEFORE = new RegExp(String.raw`\b[Tt]he\s+(${EPITHET})\s*,?\s*$`, 'u');
/** An epithet right after a cue: "said the Briton", "said the McLaren driver". */
const EPITHET_AFTER = new RegExp(String.raw`^\s+the\s+(${EPITHET})\b`, 'u');
const isEpithet = (words: string) => /year-old/.test(words) || classOf(words) === 'demonym' || ENDS_IN_EPITHET_NOUN.test(words);

/** A body named by a common noun as the subject of a cue: "The city reasoned", "the ministry said". */
const BODY_SUBJECT = /\b(?:the\s+(?:[\p{Ll}-]+\s+)?(city|town|municipality|company|firm|ministry|department|agency|council|club|party|union|court|board|committee|commission|school|university|church|government|administration|police|army|embassy|office|center|centre|institute|service|bureau|authority|foundation|group|band|watchdog|regulator|forum|association|federation|alliance|coalition|network|trust|charity)|the\s+(spokesperson|spokesman|spokeswoman)|an?\s+(spokesperson|spokesman|spokeswoman))\s*,?\s*$/iu;
const PLACE_BODIES = new Set(['city', 'town', 'municipality']);
/** Nouns any kind of body goes by ("the agency" for the National Weather Service), unlike "the ministry". */
const ANY_BODY = new Set(['company', 'firm', 'agency', 'club', 'group', 'band', 'watchdog', 'regulator', 'charity']);
/** A regulator's name: "Civil Aviation Authority", "Federal Trade Commission", "Ofcom". */
const REGULATOR_NAME = /\b(?:Authority|Commission|Agency|Office|Board|Regulator|Ombudsman|Inspectorate|Of[a-z]{3,})$/;
/** A sport's league or governing body, which is no club: "the Premier League champions". */
const GOVERNING_BODY = /\b(?:League|Association|Federation|Confederation|Cup)\b/;
/** Where the text says whom a spokesperson speaks for: "A spokesperson for the US State Department said". */
const SPOKESPERSON_FOR = /\bspokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?$/i;
/** A spokesperson no one names, for the body after: " a spokesperson for the ". */
const SPOKESPERSON_OF_BODY = /^\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?spokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?$/iu;
/** What lies between two quotes of one list: a closing mark, an aside in brackets, then a comma, "and" or "or". */
const QUOTE_JOIN = /^[”"’']?\s*(?:\(+[^()]*\)+\s*)?(?:,\s*)?(?:and|or|,)\s*$/;

/**
 * The body "the city" or "the ministry" before a cue stands for, with the words that name it: the
 * nearest body named earlier with that word in its name (for a city or town, any of city, town and
 * municipality: "the Municipality of Livorno"), else for a city or town the nearest place, and for
 * "the company" or "the agency" the nearest body named since `since` (the paragraph before); "the
 * spokesperson" speaks for the body a spokesperson was said to speak for since then.
 */
function bodyInReference(text: string, from: number, to: number, mentions: Mention[], since: number): { words: Span & { text: string }; key: string } | null {
  const match = BODY_SUBJECT.exec(text.slice(from, to));
  if (!match) return null;
  const head = (match[1] ?? match[2] ?? match[3]!).toLowerCase();
  const earlier = mentions.filter((mention) => mention.end <= from).reverse();
  const heads = PLACE_BODIES.has(head) ? PLACE_BODIES : new Set([head]);
  const body = earlier.find((mention) => mention.type !== 'person' && mention.text.toLowerCase().split(/\s+/).some((word) => heads.has(word)))
    ?? (PLACE_BODIES.has(head) ? earlier.find((mention) => mention.type === 'place') : undefined)
    // "The Civil Aviation Authority has fined easyJet … the regulator said": a watchdog is a body named as one.
    ?? (head === 'regulator' || head === 'watchdog' ? earlier.find((mention) => mention.type === 'organization' && mention.start >= since && REGULATOR_NAME.test(mention.key)) : undefined)
    ?? (ANY_BODY.has(head) ? earlier.find((mention) => mention.type === 'organization' && mention.start >= since && !(head === 'club' && GOVERNING_BODY.test(mention.text))) : undefined)
    ?? (head.startsWith('spokes') ? earlier.find((mention) => mention.type === 'organization' && mention.start >= since && SPOKESPERSON_FOR.test(text.slice(Math.max(0, mention.start - 40), mention.start))) : undefined)
    // "A spokesman said:" after a paragraph about a body speaks for that body.
    ?? (head.startsWith('spokes') ? earlier.find((mention) => mention.type === 'organization' && mention.start >= since) : undefined);
  if (!body) return null;
  const start = from + match.index;
  const end = start + match[0].replace(/[\s,]+$/, '').length;
  return { words: { start, end, text: text.slice(start, end) }, key: body.key };
}

interface Attribution {
  speaker: Span & { text: string } | null;
  key: string | null;
  cue: string | null;
  /** The cue's subject is someone the text does not name: "a resident told Reuters". */
  unnamed?: boolean;
}

/** A sentence opening with someone in a role: "The French president agreed.", "A senior official warned …", "But the mayor disagreed.", or a kin who speaks: "Her mother said …". */
const ROLE_SUBJECT = new RegExp(String.raw`^\s*(?:(?:But|And|Yet|So)\s+)?((?:(?:[Tt]he|An?|an?|One|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...ROLE_WORDS].join('|')}))|(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:${KIN})(?=\s+(?:said|says|told|tells|added|recalled|explained|insisted)\b))(?:\s+\p{Ll}|,)`, 'u');
/** A relative clause set off by commas just before a cue: ", who asked not to be named because she feared for her career, ". */
const CLAUSE_BEFORE_CUE = String.raw`,\s*(?:who|whose)\b[^;:“”"]*,\s*`;
const RELATIVE_CLAUSE_BEFORE_CUE = new RegExp(`${CLAUSE_BEFORE_CUE}$`, 'u');
/** A subject that names no one, before its cue: "a resident", "one mother", "the official", or a group by its plural: "officials", "Police", "local residents". */
const UNNAMED_SUBJECT = new RegExp(String.raw`(?:\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]he)\s+\p{L}[^,;:“”"]*|(?:^\s*|[.!?;:,]\s+|\b(?:and|but)\s+)(?:\p{Lu}\p{Ll}*\s+)?(?:\p{Ll}+\s+){0,2}(?:\p{Ll}+s|police|staff|people)|^\s*(?:\p{Lu}\p{Ll}+s|Police|Staff|People))\s*(?:${CLAUSE_BEFORE_CUE})?$`, 'u');

/** Cues whose object listens or is spoken of, rather than speaks: "told Reuters", "accused Netanyahu of …". */
const LISTENER_CUE = /^(?:told|tells|telling|asked|asks|accused|accuses|accusing)$/;
/** A name after a preposition is no subject: "said in a statement on Telegram", "Asked about Vinícius, the Italian said". */
const AFTER_PREPOSITION = /\b(?:on|in|at|to|from|via|with|by|for|about|of|against)\s+(?:the\s+)?$/i;
/** A verb after a name that follows the cue: the name is the subject of what was said ("said Reeves had broken …", "said Pearce showed …"), not who said it. */
const REPORTED_SUBJECT_AFTER = /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|must|might|did)\b/;
const reportsSubject = (after: string) => {
  const verb = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return REPORTED_SUBJECT_AFTER.test(after) || (verb !== undefined && (isPastTenseVerb(verb) || isPresentTenseVerb(verb)));
};

/**
 * Resolves a pronoun at `offset`: "he" or "she" to the person the text is about (one named earlier
 * in the pronoun's own sentence; else the speaker of the last quote within the previous paragraph;
 * else the first person named in the nearest sentence before it); "it" or "they" likewise to an
 * organisation, the last one named. Names within the `quoted` spans are passed over.
 */
function resolvePronoun(
  text: string,
  offset: number,
  pronoun: string,
  mentions: Mention[],
  quoted: Span[],
  typeOfKey: Map<string, EntityType>,
  sentences: Sentence[],
  earlierQuotes: Quote[],
  blockOfOffset: number,
  blockOfPrevious: number,
  holderOfRole: (role: Span, block: number) => string | null,
): string | null {
  const wanted = PERSONAL_PRONOUN.test(pronoun) ? 'person' : 'organization';
  const previousQuote = earlierQuotes.at(-1);
  // "she" is rather a woman than a man named with her: "Dmitry Peskov met Maria Zakharova. “…,” she said".
  const sex = /^he$/i.test(pronoun) ? 'male' : /^she$/i.test(pronoun) ? 'female' : undefined;
  // A name of one word may be a surname or a nickname ("Lula"): no first name tells its sex.
  const fits = (key: string) => !sex || !key.includes(' ') || (sexOfFirstName(key.split(' ')[0]!) ?? sex) === sex;
  const current = spanIndexAt(sentences, offset);
  const namedIn = (index: number) => {
    const sentence = sentences[index]!;
    // In the pronoun's own sentence, one named after a preposition is not the one it stands for; in
    // one before, nor is one whose thing the sentence is about ("Asked about Fidan's comments, Peskov
    // said …. “…,” he said").
    const candidates = spansWithin(mentions, sentence.start, index === current ? offset : sentence.end)
      .filter((mention) => mention.type === wanted && !quoted.some((quote) => quote.start <= mention.start && mention.end <= quote.end))
      .filter((mention) => index !== current || !AFTER_PREPOSITION.test(text.slice(Math.max(0, mention.start - 12), mention.start)))
      .filter((mention) => index === current || !(/^\s?['’]s?\s/.test(text.slice(mention.end, mention.end + 4)) && AFTER_PREPOSITION.test(text.slice(Math.max(0, mention.start - 12), mention.start))))
      // "Navalny's spokeswoman, Kira Yarmysh, said …. “…,” she wrote": in a sentence before, the one
      // whose role it is is not the one spoken of.
      .filter((mention) => index === current || !possessesPerson(text, mention))
      // "His son, Marco, is a lawyer. “…,” he said": a relative of the one spoken of is not that one.
      .filter((mention) => index === current || !KIN_APPOSED_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)));
    // Of several, the one whose first name fits the pronoun; the lexicon's sexes of names are a hint only in the pronoun's paragraph.
    // In the paragraph before, a name of the other sex is no one's the pronoun stands for: "… led Leakey to write: …. “…,” she often said".
    const fitting = candidates.filter((mention) => fits(mention.key));
    const chosen = fitting.length > 0 || sentence.block !== sentences[current]?.block ? fitting : candidates;
    return wanted === 'person' ? chosen[0] : chosen[chosen.length - 1];
  };
  const inOwnSentence = current >= 0 ? namedIn(current) : undefined;
  if (inOwnSentence) return inOwnSentence.key;
  // "The French president agreed. “…,” he said": a sentence about someone in a role the text does
  // not name stops the search, as "he" is more likely that one than anyone named before.
  // The one the text names in that role elsewhere is meant ("The mayor of Bristol, Tony Dyer, …
  // But the mayor disagreed. “…,” the 58-year-old said").
  const aboutRole = (index: number) => (wanted === 'person' ? ROLE_SUBJECT.exec(text.slice(sentences[index]!.start, sentences[index]!.end)) : null);
  const roleHolder = (index: number, role: RegExpExecArray) => {
    const start = sentences[index]!.start + role.index + role[0].indexOf(role[1]!);
    return holderOfRole({ start, end: start + role[1]!.length }, sentences[index]!.block);
  };
  // One named earlier in the same paragraph, after the last quote, comes before that quote's speaker.
  let index = current - 1;
  // A role the sentence opens with is its subject, before anyone it names after ("The president added that he had spoken to Thune").
  for (; index >= 0 && sentences[index]!.block === sentences[current]?.block && sentences[index]!.start >= (previousQuote?.end ?? 0); index -= 1) {
    const role = aboutRole(index);
    const holder = role ? roleHolder(index, role) : null;
    if (holder) return holder;
    const found = namedIn(index);
    if (found) return found.key;
    if (role) return null;
  }
  // So does a role the paragraph before ends on, after the last quote.
  const roleBefore = index >= 0 && sentences[index]!.start >= (previousQuote?.end ?? 0) ? aboutRole(index) : null;
  const holderBefore = roleBefore ? roleHolder(index, roleBefore) : null;
  if (holderBefore || (roleBefore && !namedIn(index))) return holderBefore;
  if (previousQuote?.speakerKey && blockOfOffset - blockOfPrevious <= 1 && typeOfKey.get(previousQuote.speakerKey) === wanted && fits(previousQuote.speakerKey)) return previousQuote.speakerKey;
  // "One doctor … said morale was at “rock bottom”. “I love the job,” she told the Guardian": the one
  // who spoke just before in the paragraph, unnamed, is meant.
  if (previousQuote && !previousQuote.speakerKey && previousQuote.cue && blockOfOffset === blockOfPrevious) return null;
  // "It" looks back one sentence only: further back it is more often a thing than a body named there.
  const lookBack = wanted === 'person' ? 4 : 1;
  for (let index = current - 1; index >= 0 && index >= current - lookBack; index -= 1) {
    const found = namedIn(index);
    if (found) return found.key;
  }
  // "He reiterated: …" after quotes of his no cue could tell: the last person named to speak, within
  // three paragraphs, where no one else is named outside quotes since.
  const lastSpoken = earlierQuotes.findLast((quote) => quote.speakerKey !== null && typeOfKey.get(quote.speakerKey) === 'person');
  if (wanted !== 'person' || !lastSpoken || !fits(lastSpoken.speakerKey!) || blockOfOffset - sentences[spanIndexAt(sentences, lastSpoken.start)]!.block > 3) return null;
  const namedSince = spansWithin(mentions, lastSpoken.end, offset).some((mention) => mention.type === 'person' && mention.key !== lastSpoken.speakerKey && !quoted.some((quote) => quote.start <= mention.start && mention.end <= quote.end));
  return namedSince ? null : lastSpoken.speakerKey;
}

/** A quote attributed to a named speaker, by the cue that says so. */
const attributedTo = (mention: Mention, cue: string | null): Attribution => ({ speaker: { start: mention.start, end: mention.end, text: mention.text }, key: mention.key, cue });

/** The quote's fields for an attribution, all null when there is none. */
const attributionFields = (found: Attribution | null): Pick<Quote, 'speakerMention' | 'speakerKey' | 'cue'> => ({ speakerMention: found?.speaker ?? null, speakerKey: found?.key ?? null, cue: found?.cue ?? null });

/**
 * A pull quote set without quotation marks and signed by a person at the paragraph's end ("… she
 * was suppressive. Valeska Paris", "… misguided decision. John Cornyn, U.S. Senator (R-Texas)",
 * "… laughs about it. — Rick Santorum"): a signature has no full stop of its own, which a sentence
 * of prose always has. The quote's end and its signer, else null.
 */
function signedParagraph(text: string, block: Block, speakers: Mention[]): { end: number; signer: Mention } | null {
  const body = text.slice(block.start, block.end).trimEnd();
  if (/[.!?"”’]$/.test(body)) return null;
  for (const signer of spansWithin(speakers, block.start, block.end)) {
    if (signer.type !== 'person') continue;
    const lead = /([.!?]["”’]?)\s+(?:[—–-]\s*)?$/.exec(text.slice(block.start, signer.start));
    if (lead && endsSignature(text.slice(signer.end, block.start + body.length)) && wordCount(text.slice(block.start, signer.start)) >= 6) {
      return { end: block.start + lead.index + lead[1]!.length, signer };
    }
  }
  return null;
}

/** What may follow a signature to the paragraph's end: nothing, a role after a comma ("NASA Administrator"), or a picture credit. */
function endsSignature(tail: string): boolean {
  const role = tail.replace(/\s*\b(?:image|photo|picture)s?:.*$/i, '').trimEnd();
  return role === '' || (/^,\s*[^!?;:"“”]+$/.test(role) && !/[.!?]\s+\p{Ll}/u.test(role) && wordCount(role) <= 8);
}

/** Who an interview is with: "an interview with Pat Cullen", "in conversation with". */
const INTERVIEW_WITH_BEFORE = /\b(?:interview|conversation|Q&A) with\s+$/i;
/** An answer's label in an interview: "A: Because …". */
const ANSWER_LABEL = /^A(?:nswer)?:[ \t]+(?=\S)/;
/** A question's label in an interview: "Q: How far off track are we?". */
const QUESTION_LABEL = /^Q(?:uestion)?:[ \t]+(?=\S)/;
/** Names and nothing else, four or more, set apart by commas. */
const NAME_LIST = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*){3,}\.?$/u;
/** A speaker's label opening a paragraph of a transcript: a title, a name and a colon ("SEN. MARK WARNER:"). */
const TURN_LABEL = /^[^\n:“”"]{2,48}:[ \t]+(?=\S)/;

/**
 * The turns of a transcript or an interview: paragraphs that a speaker's name and a colon open
 * ("MARGARET BRENNAN: Senator, thank you …", "Wikinews: How did you …"), by block index, with the
 * label's speaker and where the words start. Labels open two paragraphs or more in a transcript;
 * one alone is a headline's or a lead's ("Peskov: Kremlin has …"), and no turn.
 */
function transcriptTurns(text: string, blocks: Block[], speakers: Mention[]): Map<number, { speaker: Mention; start: number }> {
  const turns = new Map<number, { speaker: Mention; start: number }>();
  // "an interview with Pat Cullen" near the top: the one who answers ("A: Because …"); else the one
  // person the text names before its questions and answers ("In an interview, Simon Stiell said …").
  const opening = blocks.slice(0, 3);
  const blockText = (block: Block) => text.slice(block.start, block.end);
  const firstTurn = blocks.findIndex((block) => QUESTION_LABEL.test(blockText(block)) || ANSWER_LABEL.test(blockText(block)));
  const answers = blocks.filter((block) => ANSWER_LABEL.test(blockText(block))).length;
  const interviewee = speakers.find((mention) => mention.type === 'person' && opening.some((block) => block.start <= mention.start && mention.end <= block.end)
    && INTERVIEW_WITH_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)))
    ?? (answers >= 2 && firstTurn > 0 ? solePersonIn({ start: blocks[0]!.start, end: blocks[firstTurn - 1]!.end }, speakers) : undefined);
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const answer = interviewee && ANSWER_LABEL.exec(text.slice(block.start, block.end));
    if (answer) return turns.set(index, { speaker: interviewee, start: block.start + answer[0].length });
    const label = TURN_LABEL.exec(text.slice(block.start, block.end));
    // A team's line-up after its name is no one's words: "Arsenal: Raya, White, Saliba, Gabriel, …".
    if (!label || NAME_LIST.test(text.slice(block.start + label[0].length, block.end).trim())) return;
    const labelEnd = block.start + label[0].trimEnd().length - 1;
    const speaker = spansWithin(speakers, block.start, labelEnd).find((mention) => mention.type !== 'place' && mention.end === labelEnd);
    if (speaker) turns.set(index, { speaker, start: block.start + label[0].length });
  });
  // Someone speaks in a transcript: labels that are only teams or outlets head a schedule's lines ("Nuggets: Host the Lakers on Monday.").
  return turns.size >= 2 && [...turns.values()].some(({ speaker }) => speaker.type === 'person') ? turns : new Map();
}

/** A short label opening a paragraph before a quote: "What they're saying: ". */
const SECTION_LABEL = /^[^.!?:"“”]{3,30}:\s*$/;

/** Words with which a speaker speaks of themselves. */
const FIRST_PERSON = /\b(?:I|we|We|us|our|Our|my|My)\b/;

/** A paragraph ending in a colon after a speech cue ("the Church denied these allegations:") introduces a statement. */
function introducesStatement(text: string, paragraph: Span, sentences: Sentence[]): boolean {
  const body = text.slice(paragraph.start, paragraph.end).trimEnd();
  const last = spanAt(sentences, paragraph.start + body.length - 1) ?? paragraph;
  // "According to the indictment:" opens the writer's account of a source, not its words.
  return body.endsWith(':') && (text.slice(last.start, paragraph.start + body.length).match(CUE) ?? []).some((cue) => !SOURCE_CUE.test(cue));
}

/** A picture's caption, which ends with its credit ("… on their launchpads. Image: NASA."): it does not interrupt a quote. */
const isCaption = (text: string, block: Block) => /\b(?:image|photo|picture)s?:\s*[^.:]{1,60}\.?\s*$/i.test(text.slice(block.start, block.end));

/** What may come before the person a sentence opens with: nothing, "Her father, ", "The mayor, ", "His assistant ". */
const SUBJECT_PREFIX = /^(?:(?:the|her|his|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(,?)\s+)?$/iu;

/** The one person a sentence opens with, after a role perhaps, but not after a verb ("The club signed Tato"). */
function openingPerson(text: string, sentence: Span, mentions: Mention[]): Mention | undefined {
  const subject = solePersonIn(sentence, mentions);
  const prefix = subject && SUBJECT_PREFIX.exec(text.slice(sentence.start, subject.start));
  if (!prefix) return undefined;
  const [, role, comma] = prefix;
  return !role || comma || !(isPastTenseVerb(role) || isPresentTenseVerb(role)) ? subject : undefined;
}

/** The one person a paragraph names, the last time it names them; none when it names several or nobody. */
function solePersonIn(paragraph: Span, mentions: Mention[]): Mention | undefined {
  const persons = spansWithin(mentions, paragraph.start, paragraph.end).filter((mention) => mention.type === 'person');
  return new Set(persons.map((mention) => mention.key)).size === 1 ? persons[persons.length - 1] : undefined;
}

export function annotateQuotes(text: string, blocks: Block[], sentences: Sentence[], mentions: Mention[]): Quote[] {
  const quotes: Quote[] = [];
  const quoteBlocks: number[] = [];
  // A country speaks through its state's bodies ("Mexico's foreign ministry said"), or as the subject of a cue ("Saudi Arabia, speaking for the Arab Group, said").
  const speakers = mentions.filter((mention) => mention.type === 'person' || mention.type === 'organization' || (mention.type === 'place' && (STATE_BODY_AFTER.test(text.slice(mention.end, mention.end + 40)) || (CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start)) && PLACE_SPEAKS_AFTER.test(text.slice(mention.end, mention.end + 160))))));
  const typeOfKey = new Map(mentions.map((mention) => [mention.key, mention.type]));
  const sentenceAt = (offset: number) => spanAt(sentences, offset);

  const turns = transcriptTurns(text, blocks, speakers);
  let runsOn = false;
  // The paragraph a statement introduced by a cue and a colon takes up, while the statement may go on.
  let statementBlock = -1;
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') {
      runsOn = false;
      return;
    }
    const turn = turns.get(blockIndex);
    if (turn) {
      const end = block.start + text.slice(block.start, block.end).trimEnd().length;
      quotes.push({ start: turn.start, end, text: text.slice(turn.start, end), partial: false, ...attributionFields(attributedTo(turn.speaker, ':')) });
      quoteBlocks.push(blockIndex);
      runsOn = false;
      return;
    }
    const scanned = findMarks(text, block, blockIndex, runsOn);
    runsOn = scanned.endsOpen;
    const blockText = text.slice(block.start, block.end);
    const previousParagraph = blocks[blockIndex - 1];
    const statement = !/^[“"‘']/.test(blockText) && previousParagraph?.kind === 'paragraph' && introducesStatement(text, previousParagraph, sentences);
    // A statement goes on into the paragraphs after it that speak in the first person and cite no one: "Today we are giving councils the teeth they need".
    const statementQuote = quotes.at(-1);
    if (!statement && scanned.marks.length === 0 && statementBlock === blockIndex - 1 && statementQuote !== undefined && statementQuote.start === previousParagraph?.start && FIRST_PERSON.test(blockText) && !blockText.match(CUE)) {
      const end = block.start + blockText.trimEnd().length;
      quotes.push({ ...statementQuote, start: block.start, end, text: text.slice(block.start, end) });
      quoteBlocks.push(blockIndex);
      statementBlock = blockIndex;
      return;
    }
    if (statement) statementBlock = blockIndex;
    const marks: QuoteMarks[] = statement
      ? [{ before: block.start, start: block.start, end: block.start + blockText.trimEnd().length, after: block.end, block: blockIndex, unmarked: true }]
      : scanned.marks;
    const signed = marks.length === 0 ? signedParagraph(text, block, speakers) : null;
    if (signed) {
      quotes.push({ start: block.start, end: signed.end, text: text.slice(block.start, signed.end), partial: false, ...attributionFields(attributedTo(signed.signer, '—')) });
      quoteBlocks.push(blockIndex);
      return;
    }
    // Marks around no one's words (a title: told CNN's “State of the Union”) bound no window of words before a quote.
    const unspoken = new Set<QuoteMarks>();
    marks.forEach((mark, markIndex) => {
      const sentence = sentenceAt(mark.start) ?? block;
      const previousSpoken = marks.slice(0, markIndex).findLast((earlier) => !unspoken.has(earlier));
      const nextMark = marks[markIndex + 1];
      const beforeFrom = Math.max(block.start, previousSpoken && previousSpoken.after > sentence.start ? previousSpoken.after : sentence.start);
      const closingSentence = sentenceAt(Math.max(mark.start, mark.end - 1)) ?? block;
      // "“Another jet is down. Glory to the soldiers!” Commander Mykola Oleshchuk wrote on Telegram.":
      // whole sentences quoted may be attributed by a short sentence of their own after them, or by a
      // short clause opening one ("“We are ready.” That was the message from Christiane Benner on Monday, as …").
      const sentenceAfter = sentences[spanIndexAt(sentences, closingSentence.start) + 1];
      const attributedAfter = /^\s*$/.test(text.slice(sentence.start, mark.before)) && /[.!?]$/.test(text.slice(mark.start, mark.end).trimEnd()) && sentenceAfter !== undefined && sentenceAfter.end <= (nextMark ? nextMark.before : block.end)
        && /^\s*$/.test(text.slice(mark.after, sentenceAfter.start)) && wordCount(text.slice(sentenceAfter.start, sentenceAfter.end).split(/[,;]/)[0]!) <= 15;
      const afterTo = attributedAfter ? sentenceAfter.end : Math.min(nextMark ? nextMark.before : block.end, Math.max(closingSentence.end, sentenceAt(mark.after)?.end ?? 0));
      const beforeText = text.slice(beforeFrom, mark.before);
      const afterText = text.slice(mark.after, afterTo);
      const quoted = text.slice(mark.start, mark.end);
      const previousQuote = quotes[quotes.length - 1];
      const previousBlock = quoteBlocks[quoteBlocks.length - 1] ?? -10;

      const attribution = (window: string, from: number, cueIsLast: boolean): Attribution | null => {
        // "Barnier had been asked “to form …”": a cue in the passive names no speaker, unless by whom ("was quoted by").
        const cues = [...window.matchAll(CUE)].filter((cue) => / by$/i.test(cue[0]) || !PASSIVE_BEFORE.test(window.slice(0, cue.index)));
        if (cues.length === 0) return null;
        // "said …, but warned that “…”": a cue after "and" or "but" shares the first cue's subject.
        const lastCue = cues[cues.length - 1]!;
        const sharesSubject = cues.length > 1 && /\b(?:and|but)\s+$/i.test(window.slice(0, lastCue.index));
        const cue = cueIsLast && !sharesSubject ? lastCue : cues[0]!;
        const cueStart = from + cue.index;
        const cueEnd = cueStart + cue[0].length;
        const lowerCue = cue[0].toLowerCase();
        const windowEnd = from + window.length;
        // "“What did they cross?” asked their uncle": right after the quote, the one who asks follows the cue.
        const listens = LISTENER_CUE.test(lowerCue) && !(!cueIsLast && /^ask/.test(lowerCue) && /^[\s,]*$/.test(window.slice(0, cue.index)));
        // Words within a quote do not attribute it: "“They arrived,” a resident told Reuters". Quotes
        // are in order, so only the last ones can reach into the window.
        const reaching: Span[] = [...marks];
        for (let index = quotes.length - 1; index >= 0 && quotes[index]!.end > from; index -= 1) reaching.push(quotes[index]!);
        const quotedAt = (offset: number) => reaching.some((quote) => quote.start <= offset && offset < quote.end);
        const subjectBefore = subjectOf(spansWithin(speakers, from, cueStart).filter((mention) => !quotedAt(mention.start)), text, cueStart);
        // "One doctor, who asked not to be named because she feared …, said": a pronoun within a relative clause is not the subject.
        const clauseAt = RELATIVE_CLAUSE_BEFORE_CUE.exec(text.slice(from, cueStart))?.index ?? Infinity;
        const pronounBefore = [...text.slice(from, cueStart).matchAll(PRONOUN)].filter((pronoun) => !quotedAt(from + pronoun.index) && pronoun.index < clauseAt).pop();
        const epithet = EPITHET_BEFORE.exec(text.slice(from, cueStart));
        const epithetBefore = epithet && isEpithet(epithet[1]!) ? epithet : null;
        const epithetFollowing = listens ? null : EPITHET_AFTER.exec(text.slice(cueEnd, windowEnd));
        const epithetAfter = epithetFollowing && isEpithet(epithetFollowing[1]!) ? epithetFollowing : null;
        // "said Mauer", "according to the ministry"; not "said in a statement on Telegram".
        // The one told or asked listens: "a resident told Reuters".
        const namedAfter = listens ? [] : spansWithin(speakers, cueEnd, windowEnd).filter((mention) => mention.start - cueEnd < 60
          && !AFTER_PREPOSITION.test(text.slice(cueEnd, mention.start)) && !reportsSubject(text.slice(mention.end, mention.end + 20)));
        // "said Jefferies analyst Martin Deboo", "said ESB's Derek Hynes", "said NASA Administrator Bill Nelson": the person whose role a body's name qualifies speaks.
        const [firstAfter, nextAfter] = namedAfter;
        const between = firstAfter && nextAfter ? text.slice(firstAfter.end, nextAfter.start) : '';
        const onlyTitles = /^\s+(?:[\p{L}-]+\.?\s+){1,4}$/u.test(between) && between.trim().split(/\s+/).every((word) => classOf(word.replace(/\.$/, '')) === 'title');
        const qualifies = nextAfter?.type === 'person' && ((/^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(between) && between.trim().split(/\s+/).some((word) => ROLE_WORDS.has(word))) || /^['’]s\s+$/.test(between) || onlyTitles);
        const objectAfter = qualifies ? nextAfter : firstAfter;
        let speaker: (Span & { text: string }) | null = null;
        let key: string | null = null;
        const pronounStart = pronounBefore ? from + pronounBefore.index : -1;
        // An epithet ("the Russian joked") stands for a person as "he" or "she" does.
        const fromPronoun = (start: number, word: string, written = word) => {
          speaker = { start, end: start + written.length, text: written };
          // No one named inside a quote is its "he" ("“The First Amendment forbids it,” he said"), however
          // many paragraphs of one sentence back the pronoun looks.
          const quoted: Span[] = [...quotes, mark];
          const holderOfRole = (role: Span, block: number) => personInRole(text, role, mentions, blocks, block);
          key = /^we$/i.test(word) ? null : resolvePronoun(text, start, word, mentions, quoted, typeOfKey, sentences, quotes, blockIndex, previousBlock, holderOfRole);
        };
        const fromMention = (mention: Mention) => {
          speaker = { start: mention.start, end: mention.end, text: mention.text };
          key = mention.key;
        };
        const fromRole = (role: Span | null) => {
          const person = role && personInRole(text, role, mentions, blocks, blockIndex);
          if (!role || !person) return false;
          speaker = { ...role, text: text.slice(role.start, role.end) };
          key = person;
          return true;
        };
        const fromBody = (body: ReturnType<typeof bodyInReference>) => {
          if (!body) return false;
          speaker = body.words;
          key = body.key;
          return true;
        };
        // "He was quoted by The Canadian Press": the one quoted speaks, not the one quoting.
        const quotedBySubject = lowerCue === 'quoted by' && (subjectBefore || pronounBefore);
        const roleAfterClause = subjectBefore && ROLE_AFTER_CLAUSE.test(text.slice(subjectBefore.end, cueStart)) ? rolePhrase(text, subjectBefore.end, cueStart, 'before') : null;
        // "He criticised the plans for the network and said …", "The office called Lai's speech “…”
        // and said he …": a cue after "and" or "but" has the subject its sentence opens with.
        // So does a participle after a comma: "Jairam Ramesh criticised the Centre, saying …".
        const cueSentence = sentenceAt(cueStart);
        const sentenceBefore = cueSentence ? text.slice(cueSentence.start, cueStart) : '';
        const takesOpeningSubject = cueSentence && (COORDINATED_CUE.test(sentenceBefore) || (/,\s*$/.test(sentenceBefore) && /^\p{L}+ing\b/u.test(lowerCue)));
        const opening = takesOpeningSubject ? openingSubject(text, cueSentence.start, cueStart, speakers.filter((mention) => !quotedAt(mention.start))) : undefined;
        // "The fiscal watchdog apologised after …, calling it …": a body the opening names by a common noun.
        const openingPhrase = takesOpeningSubject && !opening ? /^\s*the\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+/iu.exec(sentenceBefore) : null;
        const openingBody = openingPhrase && bodyInReference(text, cueSentence!.start, cueSentence!.start + openingPhrase[0].length, mentions, blocks[Math.max(0, blockIndex - 1)]!.start);
        if (opening) {
          if ('pronoun' in opening) fromPronoun(opening.start, opening.pronoun);
          else fromMention(opening);
        } else if (openingBody) {
          fromBody(openingBody);
        } else if (!quotedBySubject && (SOURCE_CUE.test(lowerCue) || / by$/.test(lowerCue))) {
          const role = rolePhrase(text, cueEnd, windowEnd, 'after');
          // "in the words of the Crown prosecutor, Mark Tedeschi", "the message from union leader Christiane
          // Benner": the role's holder named in apposition or after it speaks.
          if (objectAfter && (!role || objectAfter.start < role.end || /^\s*,?\s*$/.test(text.slice(role.end, objectAfter.start)))) fromMention(objectAfter);
          // "according to a spokesperson for the Department for Education": the body speaks through them.
          else if (!fromRole(role)) {
            const body = spansWithin(speakers, cueEnd, windowEnd).find((mention) => mention.type === 'organization' && SPOKESPERSON_OF_BODY.test(text.slice(cueEnd, mention.start)));
            if (body) fromMention(body);
          }
        } else if (roleAfterClause) {
          // The role after an opening clause speaks, not the name in it: "Speaking on BBC Radio Manchester, the mayor said";
          // with no holder named, someone unnamed does ("after the OBR published its forecasts early, the chancellor said").
          if (!fromRole(roleAfterClause)) speaker = { ...roleAfterClause, text: text.slice(roleAfterClause.start, roleAfterClause.end) };
        } else if (subjectBefore && subjectBefore.end > pronounStart && !epithetBefore && !qualifiesRole(text, subjectBefore, cueStart)) {
          // A name within an epithet qualifies it, and does not speak: "the Tamale South lawmaker said".
          fromMention(subjectBefore);
        } else if (epithetBefore) {
          // The epithet is the cue's subject, whatever pronoun a clause before it holds ("after they had
          // presented …, the lawmaker said") or name its clause opens with ("the frontman says Tool are …").
          fromPronoun(from + epithetBefore.index, SOMEONE, epithetBefore[0].replace(/[\s,]+$/, ''));
        } else if (pronounBefore) {
          fromPronoun(pronounStart, pronounBefore[0]);
        } else if (epithetAfter && !(objectAfter?.type === 'person' && objectAfter.start >= cueEnd + epithetAfter[0].length)) {
          const written = epithetAfter[0].trimStart();
          fromPronoun(cueEnd + epithetAfter[0].length - written.length, SOMEONE, written);
        } else if (objectAfter) {
          fromMention(objectAfter);
        } else if (!fromRole(rolePhrase(text, from, cueStart, 'before')) && !fromBody(bodyInReference(text, from, cueStart, mentions, blocks[Math.max(0, blockIndex - 1)]!.start))) {
          // "said he …" where nothing before the cue could be its subject: "The King said he and …" reports him.
          const pronounAfter = /^[\s\p{P}]*(?:and\s+|but\s+)?$/u.test(text.slice(from, cueStart)) ? /^\s*(he|she|they)\b/i.exec(text.slice(cueEnd, windowEnd)) : null;
          if (pronounAfter) fromPronoun(cueEnd + pronounAfter[0].length - pronounAfter[1]!.length, pronounAfter[1]!);
        }
        return { speaker, key, cue: cue[0], unnamed: speaker === null && UNNAMED_SUBJECT.test(text.slice(from, cueStart)) };
      };

      // A paragraph ending in a colon introduces the quote that opens the next one.
      const introduced = mark.before === block.start && previousParagraph?.kind === 'paragraph' && /[:;]$/.test(text.slice(previousParagraph.start, previousParagraph.end).trimEnd());
      // So does a sentence just before a quote that opens the next sentence, when it ends in a colon
      // or semicolon or says that someone issued a statement.
      const previousSentence = sentences[spanIndexAt(sentences, sentence.start) - 1];
      const previousText = previousSentence ? text.slice(previousSentence.start, previousSentence.end) : '';
      const introducesNext = mark.before === sentence.start && previousSentence !== undefined && previousSentence.start >= block.start;
      const introducedInBlock = introducesNext && (/[:;]\s*$/.test(previousText) || STATEMENT_ISSUED.test(previousText));
      const introduction = introduced ? sentenceAt(previousParagraph!.end - 1) ?? previousParagraph! : introducedInBlock ? previousSentence : null;
      // "… ” — Shimon Peres, on …": a name after a dash signs the quote.
      // So does a name alone after the quote, with at most a role or a picture credit after it.
      const signed = /^\s*(?:[—–-]\s*)?/.exec(text.slice(mark.after, block.end))!;
      const signer = spansWithin(speakers, mark.after, nextMark ? nextMark.before : block.end).find((mention) => mention.start === mark.after + signed[0].length
        && (/[—–-]/.test(signed[0]) || endsSignature(text.slice(mention.end, block.end))));
      // "Sunak defended the record: “The Home Secretary and I …”": a colon in the sentence introduces the quote, and its subject speaks.
      const colonSubject = (): Attribution | null => {
        const from = introduction?.start ?? sentence.start;
        if (!/[:;]\s*$/.test(text.slice(from, mark.before))) return null;
        const named = spansWithin(speakers, from, mark.before);
        const subject = named.find((mention) => mention.type === 'person') ?? named[0];
        return subject ? attributedTo(subject, ':') : null;
      };
      // A section's label before the quote ("What they're saying: “…,” an OpenAI spokesperson told Axios") gives way to a cue after it.
      const labelled = SECTION_LABEL.test(text.slice(block.start, mark.before));
      const labelledAfter = labelled ? attribution(afterText, mark.after, false) : null;
      const fromBefore = labelledAfter?.key ? null : attribution(beforeText, beforeFrom, true) ?? (introduction ? attribution(text.slice(introduction.start, introduction.end), introduction.start, true) : null)
        ?? (signer ? attributedTo(signer, '—') : null)
        ?? colonSubject();
      const fromAfter = fromBefore ? null : labelledAfter ?? attribution(afterText, mark.after, false);
      const short = wordCount(quoted) <= 3;
      const accordingAfter = /\b(according to|as per)\b/i.test(afterText);
      const continuesPrevious = previousQuote !== undefined && (
        previousBlock === blockIndex || (mark.before === block.start && previousBlock < blockIndex && blocks.slice(previousBlock + 1, blockIndex).every((between) => isCaption(text, between)))
      );
      // A few words quoted are speech only close to their cue ("called it “reckless”"), or to the
      // "that" of what the cue reports ("said in an email to members that the deal was “exceptional”"),
      // not nine words on. "According to …" at a sentence's start covers the whole sentence.
      const lastCue = [...beforeText.matchAll(CUE)].pop();
      const afterCue = lastCue ? beforeText.slice(lastCue.index + lastCue[0].length) : '';
      const reported = lastCue && DECLARING.test(lastCue[0]) ? /\bthat\b/.exec(afterCue)?.index : undefined;
      // "calling it “abominable”" quotes a word; "called it the ‘worst week’" and "called the plan
      // “bold”" name a thing (two words or more after "called the plan" are speech all the same: “a
      // costly distraction”); "called on them to take “concrete steps”" is a call's words.
      const nearWords = lastCue === undefined || !/^call(?!(?:ed|s)? (?:on|for)$)/i.test(lastCue[0]) ? 8 : /^call(?:ed|ing) it$/i.test(lastCue[0]) || wordCount(quoted) >= 2 ? 0 : -1;
      // What a cue reports after "that" may open with a clause of its own ("that if the news was true, Putin would “bear responsibility”").
      const cueNear = !lastCue || SOURCE_CUE.test(lastCue[0]) || (reported === undefined ? wordCount(afterCue) <= nearWords : wordCount(afterCue.slice(reported)) <= 12);
      // One word after a preposition is a label, not speech: "the switches moved from “run” to “cutoff”".
      const label = wordCount(quoted) === 1 && /\b(?:from|to|into|of|in|on|at|with|between)\s*$/i.test(text.slice(Math.max(block.start, mark.before - 12), mark.before));
      // A title after a possessive names a work: "told CNN's “State of the Union”".
      const worksTitle = looksLikeTitle(quoted) && /\p{Lu}[\p{L}.-]*['’]s\s*$/u.test(text.slice(Math.max(block.start, mark.before - 30), mark.before));
      const named = label || worksTitle || WORDS_NAMED.test(text.slice(Math.max(block.start, mark.before - 40), mark.before));
      // "called the sentence “dangerous” and “ideological”": a quote joined to the one before is as much speech.
      const joined = previousQuote !== undefined && previousBlock === blockIndex && QUOTE_JOIN.test(text.slice(previousQuote.end, mark.before));
      // A few words ending in their own punctuation and attributed after are a sentence said ("Leo is unique," Martino said).
      const saidAfter = Boolean(fromAfter) && /[,.!?]$/.test(quoted.trimEnd());
      // A few words that are a sentence of their own, after someone's quote in the paragraph, go on with it ("“We lost,” he said. “They deserved it.”").
      // So do they after an unnamed speaker's ("“We were told to pay,” one executive said. “Everyone knew.”").
      const goesOn = mark.before === sentence.start && /[.!?]$/.test(quoted.trimEnd()) && previousBlock === blockIndex && previousQuote !== undefined;
      // A few words in capitals are a title even by a cue: "in his “Urbi et Orbi” blessing".
      // Unattributed, a title may take the comma after it inside its marks: "“My Songs Know What You Did in the Dark (Light Em Up),” was released".
      const isSpeech = !named && (joined || (short ? !looksLikeTitle(quoted) && ((Boolean(fromBefore) && cueNear) || accordingAfter || saidAfter || goesOn) : Boolean(fromBefore || fromAfter) || !looksLikeTitle(quoted.trimEnd().replace(/,$/, ''))));
      if (!isSpeech) {
        unspoken.add(mark);
        return;
      }
      let found = fromBefore ?? fromAfter ?? (accordingAfter ? attribution(afterText, mark.after, false) : null);
      // "It said" is no person's words, whoever spoke before.
      const itSaid = /^it$/i.test(found?.speaker?.text ?? '') && typeOfKey.get(previousQuote?.speakerKey ?? '') === 'person';
      // With no cue at all, a person the quote's own sentence opens with speaks ("Nick Bos studies “the
      // amazing …”", "China's lead negotiator, Li Gao, praised Brazil for “…”"), whoever spoke before.
      // Not one named after a cue, of whom something is said: "The Conservative leader said Reeves had “…”".
      const opener = !found?.key ? spansWithin(speakers, sentence.start, mark.before)[0] : undefined;
      const openerBefore = opener ? text.slice(sentence.start, opener.start) : '';
      if (opener?.type === 'person' && (!/[,;:]/.test(openerBefore) || APPOSED_ROLE.test(openerBefore)) && !possessesPerson(text, opener) && openerBefore.match(CUE) === null) found = attributedTo(opener, null);
      // "a resident told Reuters": a cue whose subject is no one named speaks for someone else.
      if ((!found || !found.key) && continuesPrevious && previousQuote && !itSaid && !found?.unnamed) {
        found = { speaker: found?.speaker ?? previousQuote.speakerMention, key: previousQuote.speakerKey, cue: found?.cue ?? previousQuote.cue };
      }
      // A quote that is a sentence of its own, attributed nowhere, goes on from the sentence before
      // it when that one reports someone's words ("Wilkins also said Warhol was …. “As a way to …”").
      if (!found?.key && introducesNext && /^[\s.,]*$/.test(afterText)) {
        const reported = attribution(previousText, previousSentence!.start, true);
        if (reported?.key) found = reported;
      }
      // A paragraph that is only a quote, with nothing to attribute it, is the words of the one
      // person the paragraph before it is about.
      const fillsParagraph = mark.before === block.start && /^[\s.,]*$/.test(text.slice(mark.after, block.end));
      // Or of the one person its last sentence opens with: "… His assistant Jesus Tato took his place and said …".
      const lastSentenceBefore = previousParagraph && sentences[spanIndexAt(sentences, previousParagraph.end - 1)];
      const topic = (!found || !found.key) && fillsParagraph && previousParagraph?.kind === 'paragraph' ? solePersonIn(previousParagraph, mentions) ?? (lastSentenceBefore && openingPerson(text, lastSentenceBefore, mentions)) : undefined;
      if (topic) found = { speaker: found?.speaker ?? null, key: topic.key, cue: found?.cue ?? null };
      // A quote that is a sentence of its own, attributed nowhere, is the words of the one person
      // the sentence before it opens with: "Her father, Tom, 67, nodded. “I've farmed this land …”"
      const subject = !found?.key && introducesNext && /^[\s.,]*$/.test(afterText) ? openingPerson(text, previousSentence!, mentions) : undefined;
      if (subject) found = { speaker: null, key: subject.key, cue: null };
      quotes.push({
        start: mark.start,
        end: mark.end,
        text: text.slice(mark.start, mark.end),
        partial: !mark.unmarked && (!(OPENERS.includes(text[mark.before]!) && (mark.before === sentence.start || mark.before === block.start)) || short),
        ...attributionFields(found),
      });
      quoteBlocks.push(blockIndex);
    });
  });
  attributeRunningQuotes(text, blocks, quotes, quoteBlocks);
  return [...quotes, ...repeatedPullQuotes(text, blocks, quotes), ...quotedInTitle(text, blocks, quotes)].sort((a, b) => a.start - b.start);
}

/**
 * A quote left open at its paragraph's end runs on into the next paragraph's, and is the words of
 * whoever the paragraph that closes it names: "“We are only fighting injustice. … ¶ “The New
 * Patriotic Party is in cahoot …,” he said."
 */
function attributeRunningQuotes(text: string, blocks: Block[], quotes: Quote[], quoteBlocks: number[]): void {
  for (let index = quotes.length - 2; index >= 0; index -= 1) {
    const quote = quotes[index]!;
    const next = quotes[index + 1]!;
    const block = blocks[quoteBlocks[index]!]!;
    const nextBlock = blocks[quoteBlocks[index + 1]!]!;
    const leftOpen = text.slice(quote.end, block.end).trim() === '';
    const opensNext = quoteBlocks[index + 1] === quoteBlocks[index]! + 1 && text.slice(nextBlock.start, next.start).length <= 1;
    if (quote.speakerKey === null && quote.cue === null && next.speakerKey !== null && leftOpen && opensNext) quotes[index] = { ...quote, speakerKey: next.speakerKey };
  }
}

/**
 * Words quoted in the title that the body quotes too ("North Korea puts military in 'quasi-state of
 * war'"): the same quote, by the body's speaker. A title's quote the body does not give is no one's.
 */
function quotedInTitle(text: string, blocks: Block[], quotes: Quote[]): Quote[] {
  const normal = (words: string) => words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return blocks.flatMap((block, index) => {
    if (block.kind !== 'title') return [];
    return findMarks(text, block, index, false).marks.flatMap((mark) => {
      const same = quotes.find((quote) => normal(quote.text) === normal(text.slice(mark.start, mark.end)));
      return same ? [{ ...same, start: mark.start, end: mark.end, text: text.slice(mark.start, mark.end), speakerMention: null }] : [];
    });
  });
}

/**
 * A pull quote's words repeated without marks at the start of a paragraph of the body (a page that
 * shows the quote in a box and again in the text): the same quote, by the same speaker. Not in an
 * interview's answer to a question, which is the speaker's words throughout, and no quote.
 */
function repeatedPullQuotes(text: string, blocks: Block[], quotes: Quote[]): Quote[] {
  const repeated: Quote[] = [];
  for (const pull of quotes.filter((quote) => quote.cue === '—' && quote.text.length >= 40)) {
    for (const [index, block] of blocks.entries()) {
      const answer = index > 0 && text.slice(blocks[index - 1]!.start, blocks[index - 1]!.end).trimEnd().endsWith('?');
      if (block.kind !== 'paragraph' || block.start === pull.start || answer || !text.startsWith(pull.text, block.start)) continue;
      if (quotes.some((quote) => quote.start < block.start + pull.text.length && block.start < quote.end)) continue;
      repeated.push({ ...pull, start: block.start, end: block.start + pull.text.length, speakerMention: null });
    }
  }
  return repeated;
}

/** Most words capitalised and no closing punctuation: a title or a name, not speech. */
function looksLikeTitle(quoted: string): boolean {
  // Headline case keeps short words in lower case: "State of the Union".
  const words = quoted.split(/\s+/).filter((word, index) => /\p{L}/u.test(word) && (index === 0 || !HEADLINE_LOWER_WORDS.has(word)));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length > 0.6 && !/[.!?,]$/.test(quoted.trim());
}
