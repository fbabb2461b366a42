/**
 * Where the names of an article are: runs of capitalised words, joined across connectors ("Ministry
 * of Defence") and shared heads ("National Air and Space Museum"), split where one name follows
 * another ("NASA Administrator Charles Bolden"), and trimmed of sentence-initial common words, titles
 * and possessives.
 */
import type { Span } from '../model.ts';
import { classOf, classOfName, classOfSingular, COUNTRY_SHORT_NAMES, isTeamName, EVENT_WORDS, FACILITY_HEADS, isAcronym, isAnonymisedName, isCommonInitialism, isCompoundPlural, isCountry, isCurrencyCode, isEnglishWord, isFirstNameToo, isNounLike, isSingularNounOrName, isRegionOrCountry, isRomanNumeral, LEGAL_FORMS, ORGANIZATION_HEADS, PARTY_MEMBERS, PLACE_HEADS, SHOP_HEADS, singularOf, STREET_HEADS, TITLE_QUALIFIERS } from './lexicon.ts';

export interface Token extends Span {
  word: string;
}

export interface Candidate extends Span {
  tokens: Token[];
  /** Titles stripped from the front ("Mr", "Russian President"), evidence of a person. */
  titles: string[];
  sentenceInitial: boolean;
}

// Initials may lose their last stop to a tokeniser's space ("the U.S .").
// A web address's domain is part of the name it gives: "Secunia.com", "CBC.ca".
// A party's letters may take a letter in brackets: "JD(U)", "CPI(M)".
// A degree's letters are one word: "Ph.D."; so is a place's before a saint's: "Minneapolis-St. Paul".
const TOKEN = /\p{Lu}{2,}\(\p{Lu}{1,2}\)(?![\p{L}\p{N}])|\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|\p{Lu}\p{Ll}\.\p{Lu}\.|\p{Lu}(?:\.\p{Lu})+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:(?<=-St)\.(?= \p{Lu}))?(?:\.(?:com|org|net|gov|edu|ca|us|uk|io)(?![\p{L}\p{N}]))?/gu;
export const CONNECTORS = new Set(['of', 'of the', 'for', 'for the', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'es', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'y']);
/** Letters after a person's name: "Mark Tedeschi, QC", "Clare Montgomery KC". */
export const POST_NOMINALS = new Set(['QC', 'KC', 'SC', 'MEP', 'MSP', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'PhD', 'MD', 'Jr', 'Sr', 'Esq']);
const PORTUGUESE_DO = new Set(['do', 'dos', 'das']);
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'es', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'y']);
const HEADS_OF_PHRASE = new Set([...ORGANIZATION_HEADS, ...PLACE_HEADS, 'statue', 'house', 'duke', 'duchess', 'earl', 'prince', 'princess', 'isle', 'cape', 'gulf', 'bay', 'sea', 'day', 'war', 'battle', 'cup', 'tour', 'festival', 'act', 'treaty', 'order', 'museum', 'centre', 'center', 'institute']);
/** Bodies named for a subject after "on". */
const SUBJECT_BODIES = new Set(['commission', 'committee', 'council', 'conference', 'institute', 'centre', 'center', 'panel', 'convention']);
/** Words that never end or open a name ("Elizabeth Quat In", "Ahmed Mohamed Image"). */
const EDGE_WORDS = new Set(['hey', 'hi', 'hello', 'dear', 'oh', 'in', 'on', 'at', 'the', 'a', 'an', 'its', 'their', 'of', 'for', 'and', 'but', 'or', 'to', 'by', 'with', 'from', 'image', 'images', 'photo', 'photos', 'picture', 'pictures', 'video', 'videos', 'audio', 'yesterday', 'today', 'tomorrow', 'tonight', 'after', 'before', 'while', 'when', 'as', 'if', 'why', 'how', 'what', 'where']);
/** Ranks of several words whose first is no title alone: "Air Vice Marshal", "Wing Commander", "Lance Corporal". */
const COMPOUND_RANK = /^(?:Air (?:Chief |Vice[- ])?Marshal|Air Commodore|Field Marshal|Wing Commander|Flight (?:Lieutenant|Sergeant)|Squadron Leader|Group Captain|(?:Chief )?Petty Officer|Warrant Officer|Pilot Officer|Flying Officer|Lance (?:Corporal|Sergeant)|Staff Sergeant|Rear Admiral)(?= )/;
/** How many of the tokens from `index` a compound rank takes, or 0. */
function rankLengthAt(tokens: Token[], index: number): number {
  const rank = COMPOUND_RANK.exec(tokens.slice(index, index + 4).map((token) => token.word).join(' '));
  return rank ? rank[0].split(' ').length : 0;
}
/** Words before "Secretary" that make it a post: "Cabinet Secretary", "Permanent Secretary". */
const SECRETARY_KINDS = new Set(['Cabinet', 'Permanent', 'Principal', 'Parliamentary', 'Private']);
/** Letters joined by "&" that are common terms, no names: "R&D", "Q&A". */
const AMPERSAND_TERMS = new Set(['R&D', 'Q&A', 'R&B', 'B&B', 'M&A', 'S&M', 'P&L', 'G&T', 'D&D', 'F&B', 'A&E', 'T&C', 'B&W', 'A&R']);
/** Words that, capitalised, name one institution even opening a sentence: "Kremlin spokesman Dmitry Peskov said". */
const INSTITUTION_WORDS = new Set(['Kremlin', 'Pentagon', 'Congress', 'Whitehall', 'Vatican']);
/** A newspaper's last word, which a weekday may open: "The Sunday Times". */
const NEWSPAPER_HEADS = new Set(['Times', 'Telegraph', 'Post', 'Mirror', 'Express', 'Herald', 'Mail', 'Tribune', 'Star', 'Independent', 'Observer']);
const MONTHS_AS_GIVEN_NAMES = new Set(['Jan', 'January', 'April', 'Jun', 'June', 'July', 'August']);
const ABBREVIATED = /^(Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sgt|Prof|Sen|Rep|Gov|Jr|Sr|Mt|Ft)$/;
export const POSSESSIVE = /[’']s?$/;
/** Endings of English abstract nouns: fields, doctrines, qualities. */
const ABSTRACT_SUFFIX = /\p{Ll}(?:ology|sophy|istry|phobia|ism|ity|ency)$/u;
/** Endings of English common words: a capitalised sentence start with one is no name. */
const COMMON_SUFFIX = /\p{Ll}(?:less|ful|ness|ment|tion|sion|ity|ing|ed|ly|ous|ive|able|ible|ism|ist)$/u;
/** Words that are never names: "I", "OK", and small words in capitals for emphasis ("serve ALL of the people"). */
const PRONOUN_LIKE = new Set(['I', 'OK', 'ALL', 'NOT', 'NO', 'NEVER', 'EVERY', 'ANY', 'AND', 'BUT', 'OR', 'ONLY', 'VERY', 'MUST', 'THE']);
/** A pronoun or a verb contracted ("We're", "It's", "Don't") opening a sentence: no name. */
const CONTRACTED = /^(?:I|We|You|They|He|She|It|That|There|Here|Let|What|Who|Where|How|Do|Does|Did|Can|Could|Would|Should|Wo|Is|Are|Was|Were|Has|Have|Had)(?:n?[’'](?:s|re|ve|ll|d|m|t))$/;
const isPronounLike = (word: string) => PRONOUN_LIKE.has(word) || CONTRACTED.test(word);

/** Lower-case particles that open a name: "al-Assad", "d'Ettorre", "bin-Salman". */
const NAME_PREFIX = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|d|l|o)[-'’](?=\p{Lu})/u;
/** A brand written with a lower-case first letter or word: "iPhone", "eBay", "easyJet", an operating system's "iOS", "macOS" (not "kWh" or "mRNA"). */
const LOWER_FIRST_BRAND = /^\p{Ll}{1,5}\p{Lu}\p{Ll}{2,}|^\p{Ll}{1,6}OS$/u;
const ANY_CASE_PREFIX = new RegExp(NAME_PREFIX.source, 'iu');
/** The same name with its particle's case turned: "Al-Sudani" opening a sentence is "al-Sudani" within one. */
export function withParticleRecased(word: string): string {
  if (!ANY_CASE_PREFIX.test(word)) return word;
  const first = word[0]!;
  return (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + word.slice(1);
}
export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) || NAME_PREFIX.test(word) || LOWER_FIRST_BRAND.test(word);
const MODIFIER_TAILS = /-(?:led|backed|brokered|mediated|imposed|sanctioned|headquartered|focused|based|born|made|owned|controlled|style|era|run|funded|linked|like|speaking|affiliated|aligned|allied|held|occupied|annexed|appointed|friendly|oriented|centric|wide|related|supported|sponsored|inspired|themed|bound|certified|registered|listed|dominated|produced|designed|built|trained|educated|raised|flagged|language|level)$/i;
/** Prefixes that make a modifier of a name: "Pro-Russian", "Anti-NATO", "Post-Soviet", "Pan-democrat". */
const MODIFIER_PREFIXES = new Set(['pro', 'anti', 'non', 'post', 'pre', 'ex', 'mid', 'trans', 'pan', 'neo', 'semi', 'sub', 'co', 'ultra', 'counter', 'quasi', 'self', 'all']);
function isCompoundModifier(word: string, afterName = false): boolean {
  if (!word.includes('-') || NAME_PREFIX.test(word)) return false;
  const base = word.slice(0, word.indexOf('-'));
  const baseClass = classOf(base);
  // "Passers-by", "Runners-up": a noun and its particle (not a given name: "Moon Jae-in").
  if (/-(?:by|on|up|off|out|in)$/.test(word) && !(afterName && !isEnglishWord(singularOf(base)))) return true;
  if (MODIFIER_TAILS.test(word) || baseClass === 'demonym' || /^\p{Ll}/u.test(base) || MODIFIER_PREFIXES.has(base.toLowerCase())) return true;
  // "DNA-suitable", "HIV-positive": an initialism qualifying a common word.
  if (isAcronym(base) && /^\p{Ll}+$/u.test(word.slice(base.length + 1))) return true;
  // "Twenty-eight" and "Twenty-Eight" are words; "Min-Woo" and "Jean-Pierre", a name after the hyphen, are
  // names, and so is a given name after a surname ("Woo Won-shik").
  const tail = word.slice(base.length + 1);
  return baseClass === 'common' && !afterName && (!/^\p{Lu}/u.test(tail) || (isEnglishWord(base) && isEnglishWord(tail)));
}

/** The words and abbreviations of a span, with their offsets. */
export function tokensOf(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(span.start, span.end).matchAll(TOKEN)) {
    const start = span.start + match.index;
    tokens.push({ start, end: start + match[0].length, word: match[0] });
  }
  return tokens;
}

/**
 * A common noun owning what follows within a name: "People's" in "Korean People's Army". A body's
 * head word stands for the body instead ("the Bank's Monetary Policy Committee").
 */
const isCommonPossessor = (word: string) => isEnglishWord(word) && (classOf(word) === 'common' || (classOf(word) === undefined && DOERS.test(word))) && !ORGANIZATION_HEADS.has(word.toLowerCase());
/** A plural of doers, which the lexicon may not know: "Renters' Rights Act". */
const DOERS = /\p{Ll}(?:er|or|ant|ent|ist|ee)s$/u;

/** Whether a word ends a body's or a place's name: "Office", "Park", "Palace". */
const isBodyOrPlaceHead = (word: string) => [ORGANIZATION_HEADS, PLACE_HEADS, FACILITY_HEADS].some((heads) => heads.has(word.toLowerCase()));
/** A title's possessive before a body's or a place's head: "Minister's Office", "Governor's Office", "Queen's Park". */
const isTitlesBody = (possessive: string, next: string) => /[’']s$/.test(possessive) && classOf(possessive.slice(0, -2)) === 'title' && isBodyOrPlaceHead(next);

/** A US legislator's party and state after the name (", D-N.Y.,", "(R-Texas)"): no name of its own. */
const PARTY_AND_STATE = /^[DRI]-((?:[A-Z]\.){1,2}[A-Z]?[a-z]?|[A-Z][a-z]{1,5}|[A-Z]{2})(?![\p{L}-])/u;
function isPartyAndState(text: string, token: Token): boolean {
  const state = PARTY_AND_STATE.exec(text.slice(token.start, token.start + 12))?.[1];
  return state !== undefined && /[,(]\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start)) && (/^[A-Z]{2}$/.test(state) || isRegionOrCountry(state));
}

/** A body named in full after "for" is one of its own: "Rocket Lab for the University of California". */
const forBody = (connector: string, head: Token, after?: Token) => /^for\b/.test(connector) && ORGANIZATION_HEADS.has(head.word.toLowerCase()) && after?.word === 'of';

/** A dateline's place in capitals: "BELÉM", "NEW YORK". */
export const DATELINE_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M} .'’-]+`;
/** A dateline before a sentence's first word: "BELÉM, Brazil — ", "WASHINGTON (AP) — ". */
const DATELINE_BEFORE = new RegExp(String.raw`^${DATELINE_PLACE}(?:,[^—–\n]{1,40})?(?:\s\([^)\n]{1,30}\))?\s*(?:—|–|--?)\s*$`, 'u');

/** An amount after a currency's letter, in figures and a magnitude: "P194B", "P6.793-trillion", "R2 billion". */
const LETTERED_AMOUNT = /^\p{Lu}\d[\d,]*(?:\.\d+)?(?:[BMK]\b|\s?-?(?:trillion|billion|million|bn|mn)\b)/u;
/** A warning's colour before it: "Amber wind warning", "a Red alert". */
const WARNING_COLOURS = /^(?:Red|Amber|Yellow|Orange|Green|Purple)$/;
const WARNING_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:warnings?|alerts?|alarms?)\b/u;
/** A listed company's ticker in brackets after its name, or an index's: "Nvidia (NVDA.O)", "Toyota (7203.T)", "Germany's DAX (.GDAXI)", "Apple (NASDAQ: AAPL)", "Roche (SIX: RO, ROG; OTCQX: RHHBY)", "Apple (AAPL, Tech30)" with an index, after a possessive too ("Amazon's (AMZN, Tech30) appstore"). */
const INDEX_CODE = String.raw`\.[\p{Lu}\d]{2,8}`;
const EXCHANGE = String.raw`(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|BSE|NSE|TSE|OTC|OTCQX|OTCQB|SIX|Euronext|XETRA|FSE|ETR|LON|TYO)`;
const TICKER = new RegExp(String.raw`^(?:['’]s)? ?\((?:${EXCHANGE}\s?:\s?[\p{Lu}\d.]{1,10}(?:[,;]\s?(?:${EXCHANGE}\s?:\s?)?[\p{Lu}\d.]{1,10})*|[\p{Lu}\d]{1,6}\.\p{Lu}{1,3}|${INDEX_CODE}|\p{Lu}{1,5}, ?[\p{L}&]+\d{2,3})\)`, 'u');
export const isListedAt = (text: string, end: number) => TICKER.test(text.slice(end, end + 60));
const INDEX_TICKER = new RegExp(String.raw`^ ?\(${INDEX_CODE}\)`, 'u');
/** Whether a stock index's code follows: "DAX (.GDAXI)". */
export const isIndexAt = (text: string, end: number) => INDEX_TICKER.test(text.slice(end, end + 12));
/** Whether a token is within a ticker's brackets: a code, no name. */
function isInTicker(text: string, token: Token): boolean {
  const from = Math.max(0, token.start - 40);
  const before = text.slice(from, token.start);
  const open = before.lastIndexOf('(');
  // "(XOM.N) and Eni": a bracket closed before the token holds another's ticker.
  return open >= 0 && !before.includes(')', open) && isListedAt(text, from + open);
}

/** Common words in capitals labelling their line: "NOTE: A reference …", "DRIVING THE DAY: With nine days …", "WHAT WE'RE WATCHING:". */
function isCapitalsLabel(text: string, token: Token): boolean {
  if (!/^\p{Lu}[\p{Lu}'’]+$/u.test(token.word)) return false;
  const lineStart = text.lastIndexOf('\n', token.start) + 1;
  const label = CAPITALS_LABEL.exec(text.slice(lineStart, lineStart + 60))?.[1];
  if (!label || lineStart + label.length < token.end) return false;
  const words = label.split(/\s+/).map((word) => word.replace(/['’]\p{Lu}*$/u, ''));
  return words.join('').length >= 4 && words.every((word) => isEnglishWord(word));
}
const CAPITALS_LABEL = /^\s*((?:\p{Lu}[\p{Lu}'’]*\s+){0,4}\p{Lu}[\p{Lu}'’]*):/u;

/** Maximal runs of capitalised tokens, joined across connectors such as "of the". */
export function capitalisedRuns(text: string, sentence: Span): Candidate[] {
  const tokens = tokensOf(text, sentence);
  const runs: Candidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    // "Rep. Nancy Pelosi, D-San Francisco": the party's letter before a known home town is no part of its
    // name (a state's abbreviation after it is no name at all: "R-Ky."; "D-Day" is a day).
    const town = tokens[index]!.word.slice(2);
    const hometown = /^[DRI]-\p{Lu}\p{Ll}/u.test(tokens[index]!.word) && /,\s$/.test(text.slice(tokens[index]!.start - 2, tokens[index]!.start))
      && [town, `${town} ${tokens[index + 1]?.word}`].some((place) => classOfName(place) === 'place');
    if (hometown && !isPartyAndState(text, tokens[index]!)) {
      tokens[index] = { ...tokens[index]!, start: tokens[index]!.start + 2, word: town };
    }
    const first = tokens[index]!;
    // A handle or a hashtag ("@POTUS", "#RejectFinanceBill2024") is no name as written.
    const handle = /[@#]$/.test(text.slice(first.start - 1, first.start));
    // A country's letters before a currency's sign are the currency's ("NZ$26 million", "US $ 20"), and
    // a currency's code before an amount is no name: "Rs 1,200 crore", "USD 20 million".
    const after = text.slice(first.end, first.end + 3);
    const currency = (isAcronym(first.word) && /^\s?\$/.test(after)) || (/^\.?\s?\d/.test(after) && isCurrencyCode(first.word));
    // A code of many digits is no name: a grant's "R01AI123456", a serial number; nor is an amount
    // after a currency's letter ("P194B", "P6.793-trillion", "R2 billion"), nor a warning's colour, nor a clock's "AM".
    const noName = (first.word.match(/\d/g)?.length ?? 0) >= 5 || LETTERED_AMOUNT.test(text.slice(first.start, first.start + 30))
      || (WARNING_COLOURS.test(first.word) && WARNING_AFTER.test(text.slice(first.end, first.end + 30)))
      || (/^[AP]\.?M\.?$/.test(first.word) && /\d\s?$/.test(text.slice(first.start - 2, first.start)))
      || isCapitalsLabel(text, first);
    if (!isCapitalised(first.word) || isPronounLike(first.word) || isPartyAndState(text, first) || handle || currency || noName || isInTicker(text, first)) {
      index += 1;
      continue;
    }
    const run = [first];
    let next = index + 1;
    while (next < tokens.length) {
      const previous = run[run.length - 1]!;
      const gap = text.slice(previous.end, tokens[next]!.start);
      const token = tokens[next]!;
      // Not a country in brackets after a place: "New Delhi [India], August 21 (ANI):".
      const bracketed = gap === ' [' ? /^([\p{L} .]*)\]/u.exec(text.slice(token.start, token.start + 30))?.[1] : undefined;
      const editorial = (/^\.?\] $/.test(gap) && text[first.start - 1] === '[') || (bracketed !== undefined && !isRegionOrCountry(bracketed));
      // A plural common noun's possessive within a name: "Palestinian Prisoners’ Society".
      // So does a saint's whose name ends in "s": "St Thomas' Hospital".
      const pluralOwner = /^[’'] $/.test(gap) && /s$/.test(previous.word) && (isCommonPossessor(previous.word) || (run.length === 2 && /^(?:St|Saint)$/.test(first.word)));
      // An initial goes on to the name after it ("E. Jean Carroll"), not to an acronym: "posted on X. NASA said".
      // A reading list's author, surname first, opens its line: "Austen, Jane. Pride and Prejudice".
      const surnameFirst = gap === ', ' && run.length === 1 && /(?:^|\n)$/.test(text.slice(first.start - 1, first.start)) && classOf(token.word) === 'first-name' && text[token.end] === '.';
      // An ampersand joins one name's parts: "Brighton & Hove City Council", "Marks & Spencer", "Johnson & Johnson"
      // (not two people's: "Ben & Jerry", nor two names no dictionary knows, a picture's credit: "Miharris & Acphillips").
      // A business named for two takes the possessive: "Ben & Jerry's".
      const ampersand = gap === ' & ' && ((classOf(previous.word) !== 'first-name'
        && (isEnglishWord(previous.word) || isEnglishWord(token.word) || previous.word === token.word || classOfName(previous.word) === 'place'))
        || (run.length === 1 && /[’']s$/.test(token.word) && classOf(token.word.slice(0, -2)) === 'first-name'));
      if (isCapitalised(token.word) && !isPronounLike(token.word) && (gap === ' ' || ampersand || pluralOwner || editorial || surnameFirst || (gap === '. ' && (ABBREVIATED.test(previous.word) || (/^\p{Lu}$/u.test(previous.word) && !isAcronym(token.word)))))) {
        // A possessive ends a name ("Russia's Defence Ministry"), unless a common word owns it within
        // the name ("Korean People's Army", "Women's Institute"), a title owns a body ("Prime Minister's
        // Office"), or a saint owns a building ("St Peter's Basilica").
        const saints = /^(?:St|Saint)$/.test(first.word);
        // A name's possessive ends the name however common its last word: "Taylor Swift's Eras Tour", "Marine Le Pen's National Rally".
        const persons = run.length > 1 && (classOf(first.word) === 'first-name' || (!isEnglishWord(first.word) && classOf(first.word) === undefined) || run.slice(1).some((earlier) => NAME_PARTICLES.has(earlier.word.toLowerCase())));
        // A body named for someone takes the possessive in: "Alzheimer's Association".
        // So does a shop: "Dave's Market".
        const namedBody = run.filter((earlier) => earlier.word !== 'The').length === 1 && (ORGANIZATION_HEADS.has(token.word.toLowerCase()) || SHOP_HEADS.has(token.word.toLowerCase())) && !isAcronym(previous.word.slice(0, -2)) && classOf(previous.word.slice(0, -2)) !== 'place';
        // So does a place's: "Gaza City's Zeitoun neighbourhood", "Mexico City's Zócalo".
        const places = run.length > 1 && PLACE_HEADS.has(previous.word.slice(0, -2).toLowerCase());
        // So does a whole body's: "the Department for Transport's Active Travel Fund" (but "Ministry of Women's Affairs"), and one in capitals: "ACT's David Seymour".
        const owner = previous.word.slice(0, -2);
        const wholeBody = run.slice(0, -1).some((earlier) => ORGANIZATION_HEADS.has(earlier.word.toLowerCase())) && !/(?:s|men|children|people)$/i.test(owner);
        // So does a body named for a disease named for someone: "Huntington's Disease Society of America".
        const bodysWord = tokens[next + 1];
        const diseasesBody = run.length === 1 && /^(?:Disease|Syndrome)$/.test(token.word) && bodysWord !== undefined && text.slice(token.end, bodysWord.start) === ' ' && isCapitalised(bodysWord.word);
        if (/[’']s$/.test(previous.word) && (persons || places || wholeBody || isAcronym(owner) || !isCommonPossessor(owner)) && !isTitlesBody(previous.word, token.word) && !saints && !namedBody && !diseasesBody) break;
        run.push(token);
        next += 1;
        continue;
      }
      // A connector joins two capitalised runs: "Ministry of Defence", "Bank of the West", "Ludwig
      // van Beethoven"; "of" and "for" only after a word that heads an organisation, place or
      // title, so that "Wong Pik-wan of the Democratic Party" stays a person and a party.
      const two = tokens[next + 1];
      const three = tokens[next + 2];
      // A body's name after its head's connector may take one more "of": "Institute for the Study of War".
      const bodyGoesOn = token.word === 'of' && !run.some((earlier) => earlier.word === 'of')
        && run.some((earlier, at) => ORGANIZATION_HEADS.has(earlier.word.toLowerCase()) && CONNECTORS.has(run[at + 1]?.word ?? ''));
      // A head in the plural heads one body too: "National Institutes of Health".
      // A hall heads one too, not someone's surname: "the Baseball Hall of Fame" (not "Stuart Hall of the BBC").
      const hall = previous.word === 'Hall' && classOf(first.word) !== 'first-name' && !isFirstNameToo(first.word);
      const headsPhrase = HEADS_OF_PHRASE.has(previous.word.toLowerCase()) || HEADS_OF_PHRASE.has(singularOf(previous.word)) || classOf(previous.word) === 'title' || bodyGoesOn || hall;
      // Particles come in pairs too: "Ursula von der Leyen", "Rafael van der Vaart".
      // A body for a subject takes "on" before it: "Commission on Human Rights", "Council on Foreign Relations".
      // A newspaper's Sunday edition is one name: "The Mail on Sunday", "the Independent on Sunday".
      const onSubject = (connector: string) => connector === 'on' && ((SUBJECT_BODIES.has(previous.word.toLowerCase()) && classOf(two?.word ?? '') !== 'date') || (NEWSPAPER_HEADS.has(previous.word) && two?.word === 'Sunday'));
      // A work's title, opened by "The" within a sentence, goes on after "of": "The Life of a Showgirl", "The Fate of Ophelia".
      const workTitle = first.word === 'The' && !/^[\s“"‘'(\[—–-]*$/.test(text.slice(sentence.start, first.start));
      // Someone's work goes on after more prepositions: "Andrew Miller's The Land in Winter".
      const someonesWork = workTitle && /\p{L}['’]s?\s+$/u.test(text.slice(Math.max(0, first.start - 4), first.start));
      // Portuguese "do" ("André Corrêa do Lago", "Maria do Socorro") is an English verb after an English word ("What do Americans think").
      const joins = (connector: string) => !(PORTUGUESE_DO.has(connector) && isEnglishWord(previous.word) && classOf(previous.word) !== 'first-name')
        && ((CONNECTORS.has(connector) && (NAME_PARTICLES.has(connector) || headsPhrase)) || connector.split(' ').every((word) => NAME_PARTICLES.has(word)) || onSubject(connector) || (workTitle && /^of(?: (?:the|a|an))?$/.test(connector)) || (someonesWork && /^(?:in|on|at|for|from|with|to|under|over|after|before)(?: (?:the|a|an))?$/.test(connector)));
      // A body of so many members: "Group of 20", "Committee of 100".
      const members = token.word === 'of' && two !== undefined && /^\d{1,3}$/.test(two.word) && ORGANIZATION_HEADS.has(previous.word.toLowerCase());
      if (gap === ' ' && two && joins(token.word) && text.slice(token.end, two.start) === ' ' && (isCapitalised(two.word) || members) && !forBody(token.word, two, three)) {
        run.push(token, two);
        next += 2;
        continue;
      }
      if (gap === ' ' && two && three && joins(`${token.word} ${two.word}`) && isCapitalised(three.word) && !forBody(token.word, three, tokens[next + 3])) {
        run.push(token, two, three);
        next += 3;
        continue;
      }
      break;
    }
    // A lower-case particle opens the name: "al Qaeda", "al Shabab".
    const particle = tokens[index - 1];
    if (particle && /^(?:al|el)$/.test(particle.word) && text.slice(particle.end, first.start) === ' ') run.unshift(particle);
    const before = text.slice(sentence.start, run[0]!.start);
    // A quotation opening within the sentence starts a sentence of its own ('concluded, "Usually, …'), and
    // so does a dateline's dash for a word alone ("BELÉM, Brazil — Nearly 200 countries …"; but
    // "WASHINGTON — Supreme Court justices …").
    runs.push({ start: run[0]!.start, end: run[run.length - 1]!.end, tokens: run, titles: [], sentenceInitial: /^[\s“"‘'«„(\[—–-]*$|(?:^|[\s,:;])[“"«„]$/.test(before) || (run.length === 1 && DATELINE_BEFORE.test(before)) });
    index = next;
  }
  return joinSpelledOut(joinSharedHeads(joinLegalForms(runs, text, tokens), text, tokens), text, tokens);
}

/** A company's legal form after a comma is its name's: "Vera Bradley, Inc." (then the company, not the person). */
const joinLegalForms = (runs: Candidate[], text: string, tokens: Token[]) =>
  joinWithPrevious(runs, tokens, (previous, run) => run.tokens.length === 1 && LEGAL_FORMS.has(run.tokens[0]!.word) && text.slice(previous.end, run.start) === ', ');

const BODY_OR_BUILDING_HEADS = new Set([...ORGANIZATION_HEADS, ...FACILITY_HEADS]);
/** Heads of what is named after someone with their title: "Prince Moulay Abdellah Stadium", "Queen Elizabeth Hospital". */
const NAMED_BUILDING_HEADS = new Set([...FACILITY_HEADS, 'hospital', 'airport', 'university', 'college', 'school', 'bridge']);

/** The field words of a name before "and", "The" and a country's acronym before them left out: "Food" in "The U.S. Food and Drug Administration". */
function fieldsOf(words: string[]): string[] {
  const fields = words[0] === 'The' ? words.slice(1) : words;
  return fields.length > 1 && isAcronym(fields[0]!) && (isCountry(fields[0]!) || COUNTRY_SHORT_NAMES.has(fields[0]!.replace(/\./g, ''))) ? fields.slice(1) : fields;
}

/** Heads of public bodies, which two fields share: "Food and Drug Administration", "Health and Safety Executive". */
export const PUBLIC_BODY_HEAD = /^(?:Administration|Commission|Agency|Authority|Council|Committee|Board|Office|Services?|Department|Executive|Institute|Union|Association|Society|Federation|Foundation|Museum|Trust)$/;

/** Heads that name a field as much as a body, which a body's field after "of" may end in: "Department of Health and Human Services". */
const FIELD_LIKE_HEADS = new Set(['Services', 'Affairs']);

/**
 * Two fields that share one head word are one name: "National Air and Space Museum", "Evergreen
 * Aviation & Space Museum", a law's "Rivers and Harbors Act"; so are two places' ("Avon and Somerset Police"), and a body's two
 * fields after "of" ("Institute of Allergy and Infectious Diseases"). The words before "and" are
 * common words with no head and no person's name ("Stan Lee and Marvel Studios" stay two); the
 * words after end in a body's or building's head.
 */
function joinSharedHeads(runs: Candidate[], text: string, tokens: Token[]): Candidate[] {
  return joinWithPrevious(runs, tokens, (previous, run) => {
    const words = previous.tokens.map((token) => token.word);
    const joinedByAnd = [' and ', ' & '].includes(text.slice(previous.end, run.start));
    const runWords = run.tokens.map((token) => token.word);
    // The head is among the first three words after "and"; more may follow it ("… Space Museum of McMinnville").
    // One common word shares a head after "&" ("Computer & Communications Industry Association"), not after "and".
    // One field word before "and" shares a short name of common words ending in a head: "Food and
    // Drug Administration", "U.S. Securities and Exchange Commission" (a plural head as a field), not
    // two bodies ("Navy and Air Force", "Ford and General Motors", "Amazon and Meta Platforms").
    const field = fieldsOf(words).length === 1 ? fieldsOf(words)[0]! : undefined;
    // (What the body is "of" after its head is no field: "Securities and Exchange Board of India".)
    const headWords = runWords.indexOf('of') > 0 ? runWords.slice(0, runWords.indexOf('of')) : runWords;
    const oneField = field !== undefined && classOfName(field) === undefined && (!BODY_OR_BUILDING_HEADS.has(field.toLowerCase()) || field.endsWith('s'))
      && headWords.length <= 3 && headWords.every(isEnglishWord) && (PUBLIC_BODY_HEAD.test(headWords.at(-1)!) || LAW_HEADS.has(headWords.at(-1)!.toLowerCase()) || FACILITY_HEADS.has(headWords.at(-1)!.toLowerCase()));
    const fieldWords = words.length >= 2 || (words.length === 1 && text.slice(previous.end, run.start) === ' & ') || oneField;
    const shares = joinedByAnd && fieldWords
      && runWords.slice(0, 3).some((word) => BODY_OR_BUILDING_HEADS.has(word.toLowerCase()) || LAW_HEADS.has(word.toLowerCase()))
      && fieldsOf(words).every(isEnglishWord) && !words.some((word) => (BODY_OR_BUILDING_HEADS.has(word.toLowerCase()) && !oneField) || CONNECTORS.has(word))
      && !['first-name', 'title'].includes(classOf(words[0]!) ?? '') && !words.some((word) => classOf(word) === 'first-name')
      && isEnglishWord(words[words.length - 1]!) && classOf(words[words.length - 1]!) !== 'place';
    // A body's field goes on after "and" in common words: "National Institute of Allergy and Infectious Diseases".
    const ofAt = words.findIndex((word, index) => index > 0 && (word === 'of' || word === 'for') && ORGANIZATION_HEADS.has(words[index - 1]!.toLowerCase()));
    const fieldGoesOn = joinedByAnd && runWords.length <= 3 && ofAt > 0 && !words.slice(ofAt + 1).some((word) => classOf(word) === 'place')
      && runWords.every((word) => isEnglishWord(word) && classOf(word) !== 'place' && classOf(word) !== 'first-name')
      && (!BODY_OR_BUILDING_HEADS.has(runWords.at(-1)!.toLowerCase()) || FIELD_LIKE_HEADS.has(runWords.at(-1)!));
    // Two places share a body: "Avon and Somerset Police", "Hammersmith and Fulham Council" (not two peoples: "Georgian and European Union flags").
    const placeName = (word: string) => classOfName(word) === 'place' || (!isEnglishWord(word) && !['common', 'first-name', 'title', 'demonym'].includes(classOf(word) ?? ''));
    const placesShare = joinedByAnd && words.length === 1 && runWords.length >= 2 && placeName(words[0]!) && placeName(runWords[0]!)
      && ORGANIZATION_HEADS.has(runWords[1]!.toLowerCase());
    return shares || fieldGoesOn || placesShare;
  });
}

/** Runs joined to the run before them, with the words between, where `joins` says so. */
function joinWithPrevious(runs: Candidate[], tokens: Token[], joins: (previous: Candidate, run: Candidate) => boolean): Candidate[] {
  const joined: Candidate[] = [];
  for (const run of runs) {
    const previous = joined.at(-1);
    if (previous && joins(previous, run)) {
      const between = tokens.filter((token) => token.start >= previous.end && token.end <= run.start);
      joined[joined.length - 1] = { ...previous, end: run.end, tokens: [...previous.tokens, ...between, ...run.tokens] };
    } else joined.push(run);
  }
  return joined;
}

/** Words that may stand between the runs of one name that an acronym spells out. */
const SPELLED_OUT_GAP = /^ (?:and|&|of|of the|for|for the|in|on|on the) $/;

/** An acronym after a name, in brackets or as what the name is also called: " (CMA)", ", or IPOB". */
const ACRONYM_AFTER = /^\s*(?:\(|,\s+(?:or|known as)\s+)(\p{Lu}{3,})\b/u;

/**
 * Runs that the acronym after them spells out are one name: "Competition and Markets Authority
 * (CMA)", "Board of Control for Cricket in India (BCCI)", "Indigenous People of Biafra, or IPOB" (an
 * acronym may keep its connectors).
 */
function joinSpelledOut(runs: Candidate[], text: string, tokens: Token[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const run of runs) {
    joined.push(run);
    const acronym = ACRONYM_AFTER.exec(text.slice(run.end, run.end + 24))?.[1];
    if (!acronym) continue;
    for (let from = joined.length - 2; from >= Math.max(0, joined.length - 5) && SPELLED_OUT_GAP.test(text.slice(joined[from]!.end, joined[from + 1]!.start)); from -= 1) {
      const whole = tokens.filter((token) => token.start >= joined[from]!.start && token.end <= run.end);
      const initials = (words: Token[]) => words.filter((token) => /^\p{L}/u.test(token.word) && token.word !== 'The' && token.word !== 'the').map((token) => token.word[0]!.toUpperCase()).join('');
      if (initials(whole.filter((token) => /^\p{Lu}/u.test(token.word))) !== acronym && initials(whole) !== acronym) continue;
      joined.splice(from, joined.length - from, { ...joined[from]!, end: run.end, tokens: whole });
      break;
    }
  }
  return joined;
}

/** Words that open a region's name before a place's: "Greater Manchester", "Inner Mongolia", "Outer Hebrides", "South Wales". */
const REGION_PREFIX = /^(?:Greater|Inner|Outer|Upper|Lower|North|South|East|West|Northern|Southern|Eastern|Western|Central)$/;

/** A navy's prefix to its ships' names. */
export const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'RFS', 'FS', 'ARA', 'JS', 'ROKS']);

/**
 * Splits a run where a person's name follows another name with nothing between: "University of
 * Texas Arlington Amneh Jafari" is the university and Amneh Jafari. The person's name is a known
 * first name and one or two more words ending the run, after at least two words that are not
 * first names or titles themselves ("Mary Ann Smith" stays whole). Split before `splitAtTitle`, so
 * that a body's name keeps a title-like word of its own ("Washington State University").
 */
export function splitAtPerson(run: Candidate): Candidate[] {
  const tokens = run.tokens;
  // A body's letters are a name apart before a person's: "NASA Bill Ingalls" (a photograph's credit).
  const opensWithLetters = isAcronym(tokens[0]!.word) && tokens[0]!.word.length >= 3 && classOf(tokens[0]!.word) !== 'title';
  // A word that is a first name too opens a person's name before a surname, not a common plural: "USI Art Collections".
  const last = tokens.at(-1)!.word;
  const surnameAfter = !ORGANIZATION_HEADS.has(last.toLowerCase()) && !(last.endsWith('s') && isEnglishWord(last.slice(0, -1)));
  for (let at = opensWithLetters ? 1 : 2; at < tokens.length - 1 && tokens.length - at <= 3; at += 1) {
    const previous = tokens[at - 1]!.word;
    const firstName = classOf(tokens[at]!.word) === 'first-name' || (at === 1 && isFirstNameToo(tokens[at]!.word) && surnameAfter);
    // After a title the name is that title's holder (`splitAtTitle` keeps the title with it); not within a known name: "The San Francisco Fed".
    // A ship's prefix makes one name of a person's: "USS Gerald R. Ford".
    if (!firstName || ['first-name', 'title'].includes(classOf(previous) ?? '') || CONNECTORS.has(previous) || SHIP_PREFIXES.has(previous) || classOfName(`${previous} ${tokens[at]!.word}`) !== undefined) continue;
    // A word right after a title is the titled person's first name: "President Andrés Manuel López Obrador".
    if (at >= 2 && classOf(tokens[at - 2]!.word) === 'title' && !ORGANIZATION_HEADS.has(previous.toLowerCase())) continue;
    if (tokens.slice(at + 1).some((token) => CONNECTORS.has(token.word))) continue;
    return [
      { ...run, end: tokens[at - 1]!.end, tokens: tokens.slice(0, at) },
      { ...run, start: tokens[at]!.start, tokens: tokens.slice(at), sentenceInitial: false },
    ];
  }
  return [run];
}

/**
 * A name before a modifier's tail is a name apart from the words after it: "a United States-brokered
 * ceasefire", "the Kremlin-backed Wagner Group", "a Warhol-like wig". A people's ("British-led") is
 * dropped as a people's is anywhere.
 */
export function splitAtModifier(run: Candidate): Candidate[] {
  const at = run.tokens.findIndex((token) => MODIFIER_TAILS.test(token.word));
  if (at === -1) return [run];
  const token = run.tokens[at]!;
  const base = token.word.slice(0, token.word.length - MODIFIER_TAILS.exec(token.word)![0].length);
  const named = { ...run, end: token.start + base.length, tokens: [...run.tokens.slice(0, at), { ...token, end: token.start + base.length, word: base }] };
  const rest = run.tokens.slice(at + 1);
  return [named, ...(rest.length > 0 ? splitAtModifier({ ...run, start: rest[0]!.start, tokens: rest, sentenceInitial: false }) : [])];
}

/**
 * Splits a run where a title follows another name: "NASA Administrator Charles Bolden" is NASA
 * and Charles Bolden, "U.S. Senator John Cornyn" the United States and John Cornyn. (A demonym
 * before a title, as in "Russian President", is left for `refine` to drop.)
 */
export function splitAtTitle(run: Candidate): Candidate[] {
  // A team's name holds no title, a plural of common words after the title-like word: "Golden State Warriors".
  const words = run.tokens.map((token) => token.word);
  const titleLike = words.findIndex((word) => classOf(word) === 'title');
  if (titleLike > 0 && isTeamName(words) && words.slice(titleLike + 1).every((word) => isEnglishWord(word) && classOf(word) !== 'first-name') && isEnglishWord(words.at(-1)!.slice(0, -1))) return [run];
  // Not within a rank: "Air Vice Marshal Sunday Aneke".
  const inRank = (index: number) => run.tokens.some((_, from) => from < index && index < from + rankLengthAt(run.tokens, from));
  let at = run.tokens.findIndex((token, index) => index > 0 && classOf(token.word) === 'title' && classOf(run.tokens[index - 1]!.word) !== 'title' && !inRank(index));
  // A word that makes a secretary a post of its own is the title's: "National Treasury Cabinet Secretary John Mbadi", "Principal Secretary".
  if (at > 1 && run.tokens[at]!.word === 'Secretary' && SECRETARY_KINDS.has(run.tokens[at - 1]!.word)) at -= 1;
  if (at < 1 || classOf(run.tokens[at - 1]!.word) === 'demonym' || CONNECTORS.has(run.tokens[at - 1]!.word) || SHIP_PREFIXES.has(run.tokens[at - 1]!.word)) return [run];
  if (ORGANIZATION_HEADS.has(run.tokens[run.tokens.length - 1]!.word.toLowerCase())) return [run];
  // Titles before the name a title follows are the person's: "Former" in "Former U.S. Treasury Secretary";
  // so are modifiers: "Far-right" in "Far-right National Security Minister".
  const leadingTitles = run.tokens.findIndex((token) => classOf(token.word) !== 'title' && !isCompoundModifier(token.word));
  // A portfolio after an acronym or a country is the title's: "EU Trade Commissioner Maros Šefčovič"; so
  // after a known place, with a name after the title: "Delhi Environment Minister Gopal Rai" (not "Gaza Civil Defence",
  // nor "Kharkiv Oblast Governor", whose place's word is the place's).
  let portfolioAt = at;
  while (portfolioAt - 1 > leadingTitles && isPortfolioWord(run.tokens[portfolioAt - 1]!)) portfolioAt -= 1;
  const owner = run.tokens[leadingTitles]!.word;
  const placesPortfolio = classOfName(owner) === 'place' && at < run.tokens.length - 1 && !run.tokens.slice(portfolioAt, at).some((token) => PLACE_HEADS.has(token.word.toLowerCase()));
  if (portfolioAt === leadingTitles + 1 && portfolioAt < at && (isAcronym(owner) || isCountry(owner) || placesPortfolio)) at = portfolioAt;
  const prefix = run.tokens.slice(leadingTitles, at);
  if (prefix.length === 0) return [run];
  const rest = run.tokens.slice(at);
  // Common words before a title say what it is of: "Climate Change Minister Sherry Rehman".
  if (isPortfolio(prefix, run.tokens[at]!.word)) return [run];
  // A surname that is a title too ends the name, before letters after it or none: "Judge Nicholas Dean KC".
  if (rest.every((token) => classOf(token.word) === 'title' || POST_NOMINALS.has(token.word))) return [run];
  return [
    { ...run, start: prefix[0]!.start, end: prefix[prefix.length - 1]!.end, tokens: prefix, sentenceInitial: run.sentenceInitial && leadingTitles === 0 },
    { ...run, start: rest[0]!.start, tokens: rest, sentenceInitial: false },
  ];
}

/** Titles that take a portfolio of one common word before them: "Culture Minister", "District Judge" (not "Apple CEO"). */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'commissioner', 'judge']);

/**
 * Common words, no name among them, before a title: its portfolio ("Climate Change" in "Climate
 * Change Minister"), perhaps after a people ("Colombian Environment Minister"). One word is a
 * portfolio only before one of `PORTFOLIO_TITLES`, or India's
 * "Union" (its federal government's) before any title: "Union Home Minister Amit Shah".
 */
const isPortfolio = (tokens: Token[], title?: string) => {
  const ministers = PORTFOLIO_TITLES.has(title?.toLowerCase() ?? '');
  // After a people, a body's head is the portfolio's word: "Danish Energy Minister" (not "US Treasury Secretary").
  const peoples = ministers && tokens.length > 1 && classOf(tokens[0]!.word) === 'demonym';
  return ((tokens.length >= 2 && (ministers || !BODY_LED_TITLES.has(title?.toLowerCase() ?? ''))) || (tokens.length === 1 && (ministers || tokens[0]!.word === FEDERAL_UNION)))
    // One word before a minister's title is its portfolio, though it may head a body's name too: "Energy Minister Prince Abdulaziz".
    && tokens.every((token, index) => isPortfolioWord(token, peoples || (ministers && tokens.length === 1 && title?.toLowerCase() === 'minister') || (ministers && index === tokens.length - 1 && token.word === CABINET)) || (index === 0 && tokens.length > 1 && classOf(token.word) === 'demonym'));
};
/** Titles a body's name comes before, not a portfolio: "Federal Reserve Governor Lisa Cook", "Federal Reserve Chair Jerome Powell". */
const BODY_LED_TITLES = new Set(['governor', 'chair', 'chairman', 'chairwoman', 'president', 'ceo']);
const FEDERAL_UNION = 'Union';
/** A cabinet's member is of the title, not the body: "Agriculture Cabinet Secretary Mutahi Kagwe". */
const CABINET = 'Cabinet';
/** A portfolio's word: a common word, or a body's head where `headsToo`. */
const isPortfolioWord = (token: Token, headsToo = false) => token.word === FEDERAL_UNION
  || (isEnglishWord(token.word) && [undefined, 'common'].includes(classOf(token.word)) && !CONNECTORS.has(token.word) && (headsToo || !BODY_OR_BUILDING_HEADS.has(token.word.toLowerCase())));


/** A people of a country's or a continent's part, in two words: "South Korean", "Latin American". */
const isCompassDemonym = (tokens: Token[]) => /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Latin|Central)$/.test(tokens[0]!.word) && classOf(tokens[1]!.word) === 'demonym';

/** Last words of a law's name, which a title-like word opening it belongs to: "Finance Bill", "General Data Protection Regulation" (not "Administrator Bill Nelson"). */
const LAW_HEADS = new Set(['bill', 'act', 'regulation', 'directive']);
/** Last words of a road's name, which a title-like word may open: "State Road", "State Highway". */
const ROAD_HEADS = new Set(['road', 'highway', 'route', 'avenue', 'boulevard']);

/** Trims a run to the name it holds, or returns null when it holds none. */
/** Whether a word no dictionary knows is, or opens, a name the article shows to be one. */
const opensShownName = (word: string, shownNames: Set<string>) => !isEnglishWord(word) && [...shownNames].some((name) => name === word || name.startsWith(`${word} `));

export function refine(candidate: Candidate, lowercaseWords: Set<string>, shownNames: Set<string>): Candidate | null {
  let tokens = [...candidate.tokens];
  const titles: string[] = [];
  // Possessive "Russia’s" names Russia; a plural possessive "Smiths’" keeps its letters.
  const dropPossessive = () => {
    const last = tokens[tokens.length - 1]!;
    if (/[’']s$/.test(last.word)) tokens[tokens.length - 1] = { ...last, end: last.end - 2, word: last.word.slice(0, -2) };
    else if (/[’']$/.test(last.word)) tokens[tokens.length - 1] = { ...last, end: last.end - 1, word: last.word.slice(0, -1) };
  };
  dropPossessive();
  // A storm's category is no part of its name: "Super Typhoon Uwan" is "Typhoon Uwan".
  if (tokens.length > 2 && tokens[0]!.word === 'Super' && EVENT_WORDS.has(tokens[1]!.word.toLowerCase())) tokens = tokens.slice(1);

  // Those who live in a place of two words are a people, no name: "New Zealanders", "New Yorkers".
  const dwellers = tokens.map((token) => token.word).join(' ');
  if (tokens.length > 1 && dwellers.endsWith('ers') && classOfName(dwellers.slice(0, -3)) === 'place') return null;
  // "The" in capitals within a sentence opens a title: "an interview with The Economist".
  const titleOpens = !candidate.sentenceInitial && tokens[0]!.word === 'The' && tokens.length > 1;
  // A month's abbreviation by a particle is a name's word: "Viña del Mar", "Mar del Plata".
  const byParticle = (token: Token) => tokens.some((other, at) => NAME_PARTICLES.has(other.word) && (tokens[at - 1] === token || tokens[at + 1] === token));
  // "The Sunday Times", "the Sunday Telegraph": a weekday opening a newspaper's name, or ending it ("The Mail on Sunday").
  const newspapersDay = (token: Token) => (token === tokens.at(-2) && tokens.length <= 3 && tokens.length - (tokens[0]!.word === 'The' ? 1 : 0) === 2 && NEWSPAPER_HEADS.has(tokens.at(-1)!.word))
    || (token === tokens.at(-1) && token.word === 'Sunday' && tokens.at(-2)?.word === 'on' && NEWSPAPER_HEADS.has(tokens.at(-3)?.word ?? ''));
  // "To Lam": a capital "To" within a sentence opens a name, Vietnamese or Cantonese.
  const surnameTo = (token: Token) => token === tokens[0] && token.word === 'To' && !candidate.sentenceInitial && tokens.length >= 2 && classOfName(tokens[1]!.word) !== 'place';
  const isEdgeWord = (token: Token) => (EDGE_WORDS.has(token.word.toLowerCase()) && !surnameTo(token)) || (classOf(token.word) === 'date' && !byParticle(token) && !newspapersDay(token));
  // "James To", "Michael Or": Cantonese surnames written as English words, after a first name.
  const surnameAfterFirstName = tokens.length >= 2 && classOf(tokens.at(-2)!.word) === 'first-name' && /^(?:To|Or)$/.test(tokens.at(-1)!.word);
  // "Serie A", "Plan A": a capital "A" after a name is no article.
  const letterA = tokens.length >= 2 && tokens.at(-1)!.word === 'A';
  while (tokens.length > 0 && isEdgeWord(tokens[tokens.length - 1]!) && !surnameAfterFirstName && !letterA) tokens = tokens.slice(0, -1);
  // A possessive before a date: "the Federal Reserve's December meeting".
  if (tokens.length > 0 && tokens.length < candidate.tokens.length) dropPossessive();
  // "Jan Egeland", "June Sarpong", "Jun Young-hyun": a month that is a name too opens one before a word no dictionary or calendar knows.
  const monthAsGivenName = tokens.length >= 2 && MONTHS_AS_GIVEN_NAMES.has(tokens[0]!.word) && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(tokens[1]!.word) && !isEnglishWord(tokens[1]!.word) && classOf(tokens[1]!.word) === undefined;
  while (tokens.length > 0 && isEdgeWord(tokens[0]!) && !monthAsGivenName) tokens = tokens.slice(1);
  // Common terms, and a sum in shillings or rupees: "R&D", "Sh4.2".
  if (tokens.length === 1 && (AMPERSAND_TERMS.has(tokens[0]!.word) || /^(?:K?Sh|Rs|Tk)\d/.test(tokens[0]!.word))) return null;
  if (candidate.sentenceInitial && tokens.length > 0 && tokens[0]!.start === candidate.tokens[0]!.start) {
    const word = tokens[0]!.word;
    const known = classOf(word);
    // Capitals inside a word make a brand's name, however the article writes it elsewhere ("OpenAI").
    const brand = /\p{Ll}\p{Lu}/u.test(word);
    // A common word's ending marks a word alone, not a first name before a surname ("Erling Haaland").
    // (Not a word no dictionary knows that opens a name the article shows: "Lockheed said" after "Lockheed Martin".)
    const commonEnding = COMMON_SUFFIX.test(word) && (tokens.length === 1 || isEnglishWord(word)) && !opensShownName(word, shownNames);
    // "Rivals Exxon Mobil": a plural common noun before a word no dictionary knows is no part of the name ("Doctors Without Borders" is).
    const pluralBeforeName = tokens.length > 1 && classOfSingular(word) === 'common' && !isEnglishWord(tokens[1]!.word);
    // "Weight-loss jabs": a compound of English words, only the first capitalised, is a word, not a name ("Jean-Pierre", "Coca-Cola").
    const commonCompound = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(word) && word.toLowerCase().split('-').every(isEnglishWord);
    const commonShape = known === undefined && !brand && (lowercaseWords.has(word.toLowerCase()) || commonEnding || pluralBeforeName || commonCompound || (tokens.length === 1 && (isEnglishWord(word) || isCompoundPlural(word)) && !shownNames.has(word) && !INSTITUTION_WORDS.has(word)));
    // "New Zealand" opening a sentence keeps its "New": the whole is a known name, to English or to
    // the article, which writes "Environment Canada" within a sentence too.
    const whole = tokens.map((token) => token.word).join(' ');
    // Or a known name opening it: "New York City".
    const knownWhole = tokens.length > 1 && (classOfName(whole) !== undefined || shownNames.has(whole) || (tokens.length > 2 && classOfName(`${word} ${tokens[1]!.word}`) !== undefined));
    // "University of Texas" opening a sentence: a word a connector follows heads the name.
    const heads = tokens.length > 2 && CONNECTORS.has(tokens[1]!.word) && !NAME_PARTICLES.has(tokens[1]!.word);
    // "Frank Rack got in touch": a word that is a first name too opens a name when the article
    // writes it as a name within a sentence, or when a name, not a word, follows it.
    const firstName = tokens.length === 2 && isFirstNameToo(word) && (shownNames.has(word) || classOf(tokens[1]!.word) !== 'common');
    // "Civil Protection Minister Vassilis Kikilias": the word opens a title's portfolio, stripped with the title below.
    const titleAt = tokens.findIndex((token) => classOf(token.word) === 'title');
    const opensPortfolio = titleAt > 0 && titleAt < tokens.length - 1 && isPortfolio(tokens.slice(0, titleAt), tokens[titleAt]!.word);
    // "Human Rights Watch said": a word before two or more capitalised common words is the name's own.
    const titleCased = tokens.length >= 3 && tokens.slice(1).every((token) => isEnglishWord(token.word) && classOf(token.word) === 'common');
    const party = classOfName(word) === 'organization';
    // "Amnesty International said", "Security Council members", "Advanced Micro Devices agreed", "Parks
    // Canada said": a noun in a name ending in a body's head, or before a country alone, is the body's.
    const second = tokens[1]?.word;
    // "Downing Street said": so is any word before a street's or a square's head.
    const bodyName = second !== undefined && ((isNounLike(word) && (ORGANIZATION_HEADS.has(tokens.at(-1)!.word.toLowerCase()) || second === 'International' || (tokens.length === 2 && isCountry(second))))
      || (tokens.length === 2 && STREET_HEADS.has(second.toLowerCase()) && !lowercaseWords.has(word.toLowerCase())));
    // "Marine Le Pen": a word before a particle and a name is a given name.
    const givenName = tokens.length === 3 && NAME_PARTICLES.has(second!.toLowerCase()) && /^\p{Lu}/u.test(second!);
    // "Storm Bert has brought heavy rain", "Operation Epic Fury began": an event's kind opens its name.
    const event = tokens.length > 1 && EVENT_WORDS.has(word.toLowerCase());
    const anonymised = isAnonymisedName(tokens.map((token) => token.word));
    // A family name before a hyphenated given name: "Park Chan-wook".
    const familyFirst = tokens.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(second!) && !isEnglishWord(second!);
    // "Greater Manchester Police", "Inner Mongolia": a word that makes a known place a larger or smaller one.
    const region = REGION_PREFIX.test(word) && second !== undefined && classOfName(second) === 'place';
    if ((known === 'common' || commonShape) && !knownWhole && !heads && !firstName && !opensPortfolio && !titleCased && !party && !bodyName && !givenName && !event && !anonymised && !familyFirst && !region && !isAcronym(word)) tokens = tokens.slice(1);
  }
  // "any other European NATO member": a people before a body's letters qualifies them.
  if (tokens.length === 2 && classOf(tokens[0]!.word) === 'demonym' && isAcronym(tokens[1]!.word)) tokens = tokens.slice(1);
  // "British-led", "Kremlin-backed", "Twenty-eight" are no names; "Leung Kwok-hung" is one, and so
  // is a body's or a place's that a compound in capitals opens ("Anti-Corruption Foundation", "Mid-Atlantic Ridge").
  const opensBodyOrPlace = tokens.length > 1 && /^\p{Lu}\p{Ll}*-\p{Lu}/u.test(tokens[0]!.word) && isBodyOrPlaceHead(tokens.at(-1)!.word);
  tokens = tokens.filter((token, index) => (index === 0 && opensBodyOrPlace) || !isCompoundModifier(token.word, index > 0 && !isCompoundModifier(tokens[index - 1]!.word)));
  // "a Kentucky Republican": a party's member after a place is no part of its name.
  if (tokens.length === 2 && PARTY_MEMBERS.has(tokens[1]!.word) && classOfName(tokens[0]!.word) === 'place') tokens = tokens.slice(0, 1);
  // "Conservative MPs", "SNP MSPs": a title's letters in the plural end no name.
  if (tokens.length > 1 && /^\p{Lu}{2,4}s$/u.test(tokens.at(-1)!.word) && (classOf(tokens.at(-1)!.word.slice(0, -1)) === 'title' || POST_NOMINALS.has(tokens.at(-1)!.word.slice(0, -1)))) tokens = tokens.slice(0, -1);
  // A title after a body's letters or a place, with no name after it, is a role, not the body's name: "WHO Director-General", "NATO Secretary General",
  // in the plural too, after a rank: "Assistant U.S. Attorneys".
  const isTitle = (token: Token, index: number) => classOf(token.word) === 'title' || (index === tokens.length - 1 && classOfSingular(token.word) === 'title');
  const trailingTitleAt = tokens.findLastIndex((token, index) => !isTitle(token, index)) + 1;
  const ownerAt = Math.min(trailingTitleAt, tokens.findIndex((token, index) => !isTitle(token, index)));
  const owner = tokens.slice(ownerAt, trailingTitleAt).map((token) => token.word).join(' ');
  if (trailingTitleAt > 0 && trailingTitleAt < tokens.length && ((trailingTitleAt - ownerAt === 1 && isAcronym(owner)) || classOfName(owner) === 'place' || classOfName(owner) === 'organization' || isCountry(owner))) tokens = tokens.slice(ownerAt, trailingTitleAt);
  // "Chief Executive Officer of Northvolt Energy", "President of the Royal Society": titles of a body
  // named in full are someone's, no part of the body's name. Titles of a body named by a common word,
  // or by common words with no body's head, name no one ("President of the Republic", "Chairman of
  // the Board", "Professor of Computer Science", "Minister of State for Foreign Affairs"), unlike a
  // qualifier's ("State of the Union").
  const ofAt = tokens.findIndex((token) => token.word === 'of');
  if (ofAt > 0 && tokens.slice(0, ofAt).every((token) => classOf(token.word) === 'title')) {
    const body = tokens.slice(tokens[ofAt + 1]?.word === 'the' ? ofAt + 2 : ofAt + 1);
    const headed = [body[0], body.at(-1)].some((token) => token && ORGANIZATION_HEADS.has(token.word.toLowerCase()));
    const someonesTitle = tokens.slice(0, ofAt).some((token) => !TITLE_QUALIFIERS.has(token.word.toLowerCase()));
    const commonWord = (word: string) => CONNECTORS.has(word) || (isEnglishWord(word) && ((classOf(word) ?? 'common') === 'common' || TITLE_QUALIFIERS.has(word.toLowerCase())));
    // Nor does a staff's: "Chief of Army Staff", "Chief of the Defence Staff" is a post.
    if (someonesTitle && (((body.length === 1 || !headed) && body.every((token) => commonWord(token.word))) || body.at(-1)?.word === 'Staff')) return null;
    if (body.length > 1 && headed && !body.some((token) => classOf(token.word) === 'first-name')) tokens = body;
  }
  const lastWord = tokens[tokens.length - 1]?.word.toLowerCase() ?? '';
  const endsAsOrganization = ORGANIZATION_HEADS.has(lastWord);
  if (!endsAsOrganization) {
    // Strip titles, and a demonym or department that qualifies them ("Belarusian President", "Defence Minister",
    // "Climate Change Minister", after a rank: "Senior Corporate Area Magistrate").
    const ranks = Math.max(0, tokens.findIndex((token) => classOf(token.word) !== 'title'));
    const titleAt = tokens.findIndex((token, index) => index > ranks && classOf(token.word) === 'title');
    if (titleAt > 0 && titleAt < tokens.length - 1 && isPortfolio(tokens.slice(ranks, titleAt), tokens[titleAt]!.word)) {
      titles.push(...tokens.slice(0, titleAt).map((token) => token.word));
      tokens = tokens.slice(titleAt);
    }
    const titlesBody = tokens.some((token, index) => index + 1 < tokens.length && isTitlesBody(token.word, tokens[index + 1]!.word));
    while (tokens.length > 1 && !titlesBody) {
      // "South Korean President Yoon Suk Yeol": a demonym of two words before a title.
      if (tokens.length > 3 && isCompassDemonym(tokens) && classOf(tokens[2]!.word) === 'title') {
        titles.push(tokens[0]!.word, tokens[1]!.word);
        tokens = tokens.slice(2);
      }
      // "Republican Ronald Reagan": a party's member before a first name.
      if (tokens.length > 2 && PARTY_MEMBERS.has(tokens[0]!.word) && classOf(tokens[1]!.word) === 'first-name') {
        titles.push(tokens[0]!.word);
        tokens = tokens.slice(1);
      }
      const rankLength = rankLengthAt(tokens, 0);
      if (rankLength > 0 && rankLength < tokens.length) {
        titles.push(...tokens.slice(0, rankLength).map((token) => token.word));
        tokens = tokens.slice(rankLength);
        continue;
      }
      const word = tokens[0]!.word;
      const known = classOf(word);
      const nextKnown = classOf(tokens[1]!.word);
      // A title-like word before a body's head is the body's own: "State University", "Justice Department".
      // "General Staff": a staff a title names is a body too.
      // "State House", "Government House": a residence a title-like word names; "State Road 60" a road; "General Data Protection Regulation" a law.
      // So is one before a body's name with its head further on: "State Grid Corporation of China" (not "Chairman Jerome Powell").
      const ownedByBody = BODY_OR_BUILDING_HEADS.has(tokens[1]!.word.toLowerCase())
        || (tokens.length > 2 && tokens.slice(2).some((token) => ORGANIZATION_HEADS.has(token.word.toLowerCase())) && tokens.slice(1).every((token) => classOf(token.word) !== 'first-name' && classOf(token.word) !== 'title'))
        || (tokens.length > 2 && LAW_HEADS.has(tokens.at(-1)!.word.toLowerCase()) && tokens.slice(1).every((token) => isEnglishWord(token.word)))
        || (tokens.length === 2 && (LAW_HEADS.has(tokens[1]!.word.toLowerCase()) || ROAD_HEADS.has(tokens[1]!.word.toLowerCase()) || tokens[1]!.word === 'Staff' || tokens[1]!.word === 'House'));
      // "General" before an adjective or a plural opens a firm's name, not a rank's: "General Electric", "General Mills" (not "General Wood").
      const next = tokens[1]!.word;
      const generalFirm = tokens.length === 2 && word === 'General' && isEnglishWord(next) && (nextKnown ?? 'common') === 'common' && (/\p{Ll}s$/u.test(next) || !isSingularNounOrName(next));
      // A building named for a titled person keeps the title: "Prince Moulay Abdellah Stadium", "Queen Elizabeth Hospital".
      const namedBuilding = tokens.length >= 3 && NAMED_BUILDING_HEADS.has(tokens.at(-1)!.word.toLowerCase()) && tokens.slice(1, -1).every((token) => classOf(token.word) !== 'title');
      // "Justices Sonia Sotomayor": a title in the plural before a first name, one of several named.
      const pluralTitle = classOfSingular(word) === 'title' && nextKnown === 'first-name';
      if ((known === 'title' && !ownedByBody && !namedBuilding && !generalFirm) || pluralTitle || ((known === 'demonym' || known === 'place') && nextKnown === 'title')) {
        titles.push(word);
        tokens = tokens.slice(1);
      } else break;
    }
    // Common words left between a title and a first name are the title's: "General Staff Valery Gerasimov", "Det Con Amy Richardson".
    const firstNameAt = titles.length > 0 ? tokens.findIndex((token, index) => index > 0 && classOf(token.word) === 'first-name') : -1;
    if (firstNameAt > 0 && firstNameAt < tokens.length - 1 && tokens.slice(0, firstNameAt).every((token) => isEnglishWord(token.word) && (classOf(token.word) ?? 'common') === 'common')) {
      titles.push(...tokens.slice(0, firstNameAt).map((token) => token.word));
      tokens = tokens.slice(firstNameAt);
    }
    // A portfolio's last word before someone named in full, the title before it split off at "and": "Minister of Mines and Energy Alexandre Silveira".
    if (titles.length === 0 && !candidate.sentenceInitial && tokens.length >= 3 && classOf(tokens[0]!.word) === 'common' && isEnglishWord(tokens[0]!.word) && !isFirstNameToo(tokens[0]!.word) && classOf(tokens[1]!.word) === 'first-name') {
      titles.push(tokens[0]!.word);
      tokens = tokens.slice(1);
    }
    // A title alone names no one, nor does one in the plural after others: "took oath as Deputy Chief Ministers".
    if (tokens.length === 1 && (classOf(tokens[0]!.word) === 'title' || (titles.length > 0 && classOfSingular(tokens[0]!.word) === 'title')) && !titleOpens) return null;
    // A role of common words ending in a title names no one: "Assistant Professor", "International President"
    // (but a first name before a surname that is a title too is someone's: "Mike Dean").
    if (tokens.length > 0 && !titleOpens && classOf(tokens[tokens.length - 1]!.word) === 'title' && !TITLE_QUALIFIERS.has(tokens[tokens.length - 1]!.word.toLowerCase()) && tokens.every((token) => isEnglishWord(token.word) && !CONNECTORS.has(token.word) && classOf(token.word) !== 'place' && classOf(token.word) !== 'first-name')) return null;
    // A title's complement ("Governor of Washington Chris Gregoire", "CEO of the Refugee Council
    // Enver Solomon") is not part of the name: the name starts at a first name or a further
    // title, else it is the last two words, and the initials before them ("Chief Justice of India B R Gavai").
    // A title-like word that heads common words is the portfolio's ("for Foreign Affairs Vivian Balakrishnan"); a
    // complement may hold another ("Minister of State for Manpower Koh Poh Koon"), and a name no first name opens starts at a
    // word no dictionary knows.
    while (titles.length > 0 && tokens.length > 2 && CONNECTORS.has(tokens[0]!.word)) {
      const portfolios = (index: number) => tokens[index + 1] !== undefined && isEnglishWord(tokens[index + 1]!.word) && (classOf(tokens[index + 1]!.word) ?? 'common') === 'common';
      // A first name ending the run is a surname: "Food Security Rana Tanveer Hussain".
      const at = tokens.findIndex((token, index) => index > 0 && ((classOf(token.word) === 'first-name' && index < tokens.length - 1) || (classOf(token.word) === 'title' && !portfolios(index))));
      // A complement ending in a place names no one: "The Mayor of Greater Manchester, Andy Burnham".
      if (at <= 0 && classOfName(tokens.at(-1)!.word) === 'place') break;
      const unknownAt = tokens.findIndex((token, index) => index > 1 && !isEnglishWord(token.word) && !CONNECTORS.has(token.word));
      let from = at > 0 ? at : unknownAt > 0 && tokens.length - unknownAt <= 3 && tokens.length - unknownAt >= 2 ? unknownAt : Math.max(1, tokens.length - 2);
      while (at <= 0 && from > 1 && /^\p{Lu}\.?$/u.test(tokens[from - 1]!.word)) from -= 1;
      // The title keeps its complement as written: "Secretary of State Antony Blinken".
      titles.push(...tokens.slice(0, from).map((token) => token.word));
      tokens = tokens.slice(from);
      while (tokens.length > 1 && isEdgeWord(tokens[0]!)) {
        titles.push(tokens[0]!.word);
        tokens = tokens.slice(1);
      }
      while (tokens.length > 1 && classOf(tokens[0]!.word) === 'title') {
        titles.push(tokens[0]!.word);
        tokens = tokens.slice(1);
      }
    }
    // With no one named after it, the complement is a name of its own and the title is not its
    // title: "the State of Texas" and "the Governor of Texas" name Texas, a place.
    if (titles.length > 0 && tokens.length > 1 && CONNECTORS.has(tokens[0]!.word)) {
      while (tokens.length > 1 && (CONNECTORS.has(tokens[0]!.word) || tokens[0]!.word === 'the')) tokens = tokens.slice(1);
      titles.length = 0;
    }
  }
  while (tokens.length > 0 && CONNECTORS.has(tokens[tokens.length - 1]!.word)) tokens = tokens.slice(0, -1);
  // Honours after a full name are no part of it: "Clare Montgomery KC" (not "Jr", which is).
  if (tokens.length > 2 && POST_NOMINALS.has(tokens.at(-1)!.word) && /^\p{Lu}+$/u.test(tokens.at(-1)!.word)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0 || (tokens.length === 2 && isCompassDemonym(tokens))) return null;
  if (tokens.every((token) => classOf(token.word) === 'date' || /^\d/.test(token.word))) return null;
  // "DNA", "GDP", "GMT": initialisms of common nouns name nothing.
  if (tokens.length === 1 && isCommonInitialism(tokens[0]!.word)) return null;
  // Nor are they part of a name of common words before them: "Ancient DNA", "the White House AI czar"
  // (but of a name the text writes alone as one: "Mistral AI", then "Mistral").
  const namedBefore = shownNames.has(tokens.slice(0, -1).map((token) => token.word).join(' '));
  if (tokens.length > 1 && !namedBefore && isCommonInitialism(tokens.at(-1)!.word) && tokens.slice(0, -1).every((token) => isEnglishWord(token.word) && !CONNECTORS.has(token.word) && (classOf(token.word) ?? 'common') === 'common')) {
    tokens = tokens.slice(0, -1);
    if (tokens.length === 1) return null;
  }
  // An adherent of a leader or a doctrine is no one named: "a leading Peronist", "Islamists" (but
  // "Almquist", and "The Economist" is a title).
  if (tokens.length === 1 && titles.length === 0 && !titleOpens && /^\p{Lu}\p{Ll}{3,}(?<!q[uv])ists?$/u.test(tokens[0]!.word) && classOfName(tokens[0]!.word) === undefined) return null;
  // A class's numeral alone names nothing: "type II diabetes", "the clade Ib strain".
  if (tokens.length === 1 && titles.length === 0 && tokens[0]!.word.length > 1 && isRomanNumeral(tokens[0]!.word.replace(/(?<=I)[a-d]$/, ''))) return null;
  // A letter before a common word is a common noun: "U-turn", "X-ray", "T-shirt".
  if (tokens.length === 1 && /^\p{Lu}-\p{Ll}+$/u.test(tokens[0]!.word) && isEnglishWord(tokens[0]!.word.slice(2))) return null;
  // An initialism in the plural names a kind: "GPUs", "NGOs", "MPs".
  if (tokens.length === 1 && /^\p{Lu}{2,}s$/u.test(tokens[0]!.word)) return null;
  if (tokens.length === 1 && !isAcronym(tokens[0]!.word)) {
    const only = classOf(tokens[0]!.word);
    // After a title a common word is a surname: "Mr Key", "President Bush"; capitalised within a
    // sentence, a word that is a first name too is that name ("Frank and his colleagues").
    const name = titles.length > 0 || titleOpens || (!candidate.sentenceInitial && isFirstNameToo(tokens[0]!.word));
    // A party the lexicon takes for a common word or a people is a name: "Labour", "the Conservatives".
    const party = classOfName(tokens[0]!.word) === 'organization';
    if (!party && !titleOpens && (only === 'demonym' || only === 'title' || (only === 'common' && !name))) return null;
    if (tokens[0]!.word.length < 2) return null;
    // A field, a doctrine or a quality is no name, capitalised or not: "Biology", "Buddhism", "Security".
    // So is a fear or a creed named for a people or a person: "Islamophobia", "Thatcherism".
    if (titles.length === 0 && ABSTRACT_SUFFIX.test(tokens[0]!.word) && (isEnglishWord(tokens[0]!.word) || /\p{Ll}(?:phobia|ism)$/u.test(tokens[0]!.word))) return null;
  }
  // A people named for a place: "every other New Zealander", "Londoners" (not "The New Yorker", a magazine).
  const placeOfPeople = /^(\p{Lu}\p{L}+?)ers?$/u.exec(tokens.at(-1)?.word ?? '')?.[1];
  if (placeOfPeople && !titleOpens && classOfName([...tokens.slice(0, -1).map((token) => token.word), placeOfPeople].join(' ')) === 'place') return null;
  return { ...candidate, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens, titles };
}

/** A name with an editor's insertion in it takes in the brackets: "[George W.] Bush", "Jeff [Drake]". */
export function withBrackets(candidate: Candidate, text: string): Candidate {
  const inside = text.slice(candidate.start, candidate.end);
  const start = text[candidate.start - 1] === '[' && inside.includes(']') ? candidate.start - 1 : candidate.start;
  const end = text[candidate.end] === ']' && inside.includes('[') ? candidate.end + 1 : candidate.end;
  return { ...candidate, start, end };
}
