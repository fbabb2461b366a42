/**
 * Named entities of one article: runs of capitalised words, trimmed of sentence-initial common
 * words, titles and possessives, typed by the lexicon, name shapes and context, and keyed so that
 * "Vladimir Putin", "Putin" and "Mr Putin" in one article share one key.
 */
import type { Block, EntityType, Mention, Sentence, Span } from '../model.ts';
import { classOf, classOfName, COUNTRY_SHORT_NAMES, FACILITY_HEADS, isCountry, isEnglishWord, isRegionOrCountry, isPastTenseVerb, isPresentTenseVerb, ORGANIZATION_HEADS, PLACE_HEADS } from './lexicon.ts';

interface Token extends Span {
  word: string;
}

interface Candidate extends Span {
  tokens: Token[];
  /** Titles stripped from the front ("Mr", "Russian President"), evidence of a person. */
  titles: string[];
  sentenceInitial: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const CONNECTORS = new Set(['of', 'of the', 'for', 'for the', 'de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'y']);
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'y']);
const HEADS_OF_PHRASE = new Set([...ORGANIZATION_HEADS, ...PLACE_HEADS, 'statue', 'house', 'duke', 'duchess', 'earl', 'prince', 'princess', 'isle', 'cape', 'gulf', 'bay', 'sea', 'day', 'war', 'battle', 'act', 'treaty', 'order', 'museum', 'centre', 'center', 'institute']);
/** Words that never end or open a name ("Elizabeth Quat In", "Ahmed Mohamed Image"). */
const EDGE_WORDS = new Set(['hey', 'hi', 'hello', 'dear', 'oh', 'in', 'on', 'at', 'the', 'a', 'an', 'of', 'for', 'and', 'but', 'or', 'to', 'by', 'with', 'from', 'image', 'images', 'photo', 'photos', 'picture', 'pictures', 'video', 'videos', 'audio', 'credit', 'yesterday', 'today', 'tomorrow', 'tonight', 'after', 'before', 'while', 'when', 'as', 'if']);
const ABBREVIATED = /^(Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sgt|Prof|Sen|Rep|Gov|Jr|Sr|Mt|Ft)$/;
const POSSESSIVE = /[’']s?$/;
/** Endings of English common words: a capitalised sentence start with one is no name. */
const COMMON_SUFFIX = /\p{Ll}(?:less|ful|ness|ment|tion|sion|ity|ing|ed|ly|ous|ive|able|ible|ism|ist)$/u;
const PRONOUN_LIKE = new Set(['I', 'I’m', "I'm", 'I’ve', "I've", 'I’d', "I'd", 'I’ll', "I'll", 'OK']);
/** Other names of countries, and of the UN and the EU, with the name each goes by ("US" → "United States"). */
const COUNTRY_ALIASES = new Map([
  ...COUNTRY_SHORT_NAMES,
  ['U.K.', 'United Kingdom'], ['EU', 'European Union'], ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['USSR', 'Soviet Union'],
]);
const COUNTRY_NAMES = new Set(COUNTRY_ALIASES.values());
/** The UN and the EU are bodies; the others are countries. */
const countryType = (country: string): EntityType => (country === 'United Nations' || country === 'European Union' ? 'organization' : 'place');
const REPORTING_AFTER = /^[\s,]*(?:reported|reports|report|news agency|newspaper|agency|website|broadcaster)\b/i;
/** Told, asked or interviewed by the text: one that listens, an organisation when not a known person ("told Wikinews"). */
const RECIPIENT_BEFORE = /\b(?:told|tells|telling|informed|asked|contacted|interviewed|(?:spoke|speaking|talked|talking|said|wrote|writing) to|(?:an )?interview with)\s+$/i;
const PLACE_BEFORE = /\b(?:in|at|near|from|to|into|across|outside|inside|towards?|city of|town of|village of|region of|province of)\s+(?:the\s+)?$/i;
/** Last words of the names of things: awards, events, agreements, laws ("Nobel Peace Prize"). */
const THING_HEADS = new Set(['prize', 'award', 'awards', 'medal', 'trophy', 'cup', 'games', 'olympics', 'paralympics', 'festival', 'championship', 'championships', 'war', 'treaty', 'accord', 'agreement', 'act', 'summit', 'election', 'elections', 'column', 'show', 'series']);
/** First words of place names: "Las Vegas", "San Diego", "North Carolina". */
const PLACE_PREFIXES = new Set(['Las', 'Los', 'San', 'Santa', 'Saint', 'St', 'New', 'North', 'South', 'East', 'West', 'Upper', 'Lower', 'Port', 'Fort', 'Mount', 'Lake', 'Cape', 'El', 'Al']);
const IN_PLACE_BEFORE = /\b(?:in|at|near|city of|town of)\s+(?:the\s+)?$/i;
const PERSON_AFTER = /^[\s,]*(?:said|says|told|stated|added|tweeted|wrote|explained|noted|argued|asked|replied|who|whose|himself|herself)\b/i;
/** A common noun for a body just before a name: "localist group Civic Passion", "search engine Bing". */
const BODY_BEFORE = /\b(?:group|party|team|company|firm|band|magazine|newspaper|website|channel|network|label|publisher|agency|charity|club|organi[sz]ation|movement|broadcaster|start-?up|developer|manufacturer|brand|retailer|airline|engine|outlet|union|society|orchestra|choir)\s+$/;
/** A lower-case occupation just before a name: "fashion designer Halston", "striker Lukaku". */
const ROLE_BEFORE = /\b(?:designer|artist|musician|singer|actor|actress|writer|author|novelist|poet|photographer|filmmaker|producer|player|striker|midfielder|defender|goalkeeper|coach|politician|lawmaker|activist|scientist|researcher|curator|composer|rapper|comedian|journalist|columnist|entrepreneur|businessman|businesswoman|billionaire|chef|athlete|pastor|priest|rabbi|imam|blogger|magician|cosplayer)\s+$/;
/** A common noun for a work, a product or a craft around a name: "the 1969 film Easy Rider", "Internet Explorer 6 browser". */
const THING_BEFORE = /\b(?:film|movie|documentary|book|novel|album|song|single|play|musical|opera|sitcom|game|app|browser|software|painting|ship|vessel|aircraft|missile|rocket|drone|spacecraft|satellite|car)\s+$/;
const THING_AFTER = /^(?:\s+\d+)?(?:\s+\([^)]*\))?\s+(?:browser|software|app|operating system|video game|game|film|movie|album|(?:advice )?column|exhibit|exhibition|orbiter|rocket|missile|drone)\b/;
/** Words of a craft's name: "Space Shuttle Atlantis", "Shuttle Endeavour". */
const CRAFT_WORDS = new Set(['shuttle', 'orbiter', 'rocket', 'spacecraft', 'satellite', 'missile']);
/** A possessive followed by a person's name: "Demosisto's Nathan Law". */
const MEMBER_AFTER = /^\s?['’]s\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/** A speech verb before the name ("…, said Mauer") or a picture's credit ("Image: Snbehnke"): a person. */
const PERSON_BEFORE = /(?:\b(?:said|says|added|asked|wrote|explained)|\b(?:image|photo|picture|video|audio)s?:)\s+$/i;
/** A government or an era named after its leader: "the Monti government", "the Blair years". */
const LEADER_OF_AFTER = /^\s+(?:government|administration|cabinet|presidency|premiership|era|years)\b/;
/** The shape of a party's adjective, which names a government too: "the Conservative government". */
const PARTY_ADJECTIVE = /(?:ive|ist|al|ic|an)$/;
/** Forms of be and have, which places take as readily as anyone ("Bakhmut was taken"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);

/** Lower-case particles that open a name: "al-Assad", "d'Ettorre", "bin-Salman". */
const NAME_PREFIX = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|d|l|o)[-'’](?=\p{Lu})/u;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) || NAME_PREFIX.test(word);
const MODIFIER_TAILS = /-(?:led|backed|based|born|made|owned|controlled|style|era|run|funded|linked|like|speaking|affiliated|aligned|allied|held|occupied|annexed|appointed|friendly|oriented|centric|wide|related|supported|sponsored|inspired|themed|bound|certified|registered|listed|dominated|produced|designed|built|trained|educated|raised|flagged|language)$/i;
/** Prefixes that make a modifier of a name: "Pro-Russian", "Anti-NATO", "Post-Soviet", "Pan-democrat". */
const MODIFIER_PREFIXES = new Set(['pro', 'anti', 'non', 'post', 'pre', 'ex', 'mid', 'trans', 'pan', 'neo', 'semi', 'sub', 'co', 'inter', 'ultra', 'counter', 'quasi', 'self', 'all']);
function isCompoundModifier(word: string): boolean {
  if (!word.includes('-')) return false;
  const base = word.slice(0, word.indexOf('-'));
  const baseClass = classOf(base);
  if (MODIFIER_TAILS.test(word) || baseClass === 'demonym' || /^\p{Ll}/u.test(base) || MODIFIER_PREFIXES.has(base.toLowerCase())) return true;
  // "Twenty-eight" and "Twenty-Eight" are words; "Min-Woo" and "Jean-Pierre", a name after the hyphen, are names.
  const tail = word.slice(base.length + 1);
  return baseClass === 'common' && (!/^\p{Lu}/u.test(tail) || (isEnglishWord(base) && isEnglishWord(tail)));
}
export const isAcronym = (word: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(word);
const hyphenatedCode = (word: string) => /^[\p{Lu}][\p{L}]*-[\p{Lu}\d][\p{Lu}\d]*$/u.test(word) || /^\p{Lu}+-?\d+[\p{Lu}]?$/u.test(word);

function tokensOf(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  for (const match of text.slice(span.start, span.end).matchAll(TOKEN)) {
    const start = span.start + match.index;
    tokens.push({ start, end: start + match[0].length, word: match[0] });
  }
  return tokens;
}

/** Maximal runs of capitalised tokens, joined across connectors such as "of the". */
function capitalisedRuns(text: string, sentence: Span): Candidate[] {
  const tokens = tokensOf(text, sentence);
  const runs: Candidate[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index]!;
    if (!isCapitalised(first.word) || PRONOUN_LIKE.has(first.word)) {
      index += 1;
      continue;
    }
    const run = [first];
    let next = index + 1;
    while (next < tokens.length) {
      const previous = run[run.length - 1]!;
      const gap = text.slice(previous.end, tokens[next]!.start);
      const token = tokens[next]!;
      const editorial = (/^\.?\] $/.test(gap) && text[first.start - 1] === '[') || (gap === ' [' && /^[\p{L} .]*\]/u.test(text.slice(token.end, token.end + 30)));
      if (isCapitalised(token.word) && !PRONOUN_LIKE.has(token.word) && (gap === ' ' || editorial || (gap === '. ' && (ABBREVIATED.test(previous.word) || /^\p{Lu}$/u.test(previous.word))))) {
        if (POSSESSIVE.test(previous.word) && /[’']s$/.test(previous.word)) break;
        run.push(token);
        next += 1;
        continue;
      }
      // A connector joins two capitalised runs: "Ministry of Defence", "Bank of the West", "Ludwig
      // van Beethoven"; "of" and "for" only after a word that heads an organisation, place or
      // title, so that "Wong Pik-wan of the Democratic Party" stays a person and a party.
      const two = tokens[next + 1];
      const three = tokens[next + 2];
      const headsPhrase = HEADS_OF_PHRASE.has(previous.word.toLowerCase()) || classOf(previous.word) === 'title';
      const joins = (connector: string) => CONNECTORS.has(connector) && (NAME_PARTICLES.has(connector) || headsPhrase);
      if (gap === ' ' && two && joins(token.word) && text.slice(token.end, two.start) === ' ' && isCapitalised(two.word)) {
        run.push(token, two);
        next += 2;
        continue;
      }
      if (gap === ' ' && two && three && joins(`${token.word} ${two.word}`) && isCapitalised(three.word)) {
        run.push(token, two, three);
        next += 3;
        continue;
      }
      break;
    }
    const before = text.slice(sentence.start, first.start);
    // A quotation opening within the sentence starts a sentence of its own ('concluded, "Usually, …').
    runs.push({ start: first.start, end: run[run.length - 1]!.end, tokens: run, titles: [], sentenceInitial: /^[\s“"‘'(\[—–-]*$|(?:^|[\s,:;])[“"]$/.test(before) });
    index = next;
  }
  return joinSharedHeads(runs, text, tokens);
}

const BODY_OR_BUILDING_HEADS = new Set([...ORGANIZATION_HEADS, ...FACILITY_HEADS]);

/**
 * Two fields that share one head word are one name: "National Air and Space Museum", "Evergreen
 * Aviation & Space Museum". The words before "and" are common words with no head and no person's
 * name ("Stan Lee and Marvel Studios" stay two); the words after end in a body's or building's head.
 */
function joinSharedHeads(runs: Candidate[], text: string, tokens: Token[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const run of runs) {
    const previous = joined[joined.length - 1];
    const words = previous?.tokens.map((token) => token.word) ?? [];
    const shares = previous !== undefined && [' and ', ' & '].includes(text.slice(previous.end, run.start)) && words.length >= 2 && run.tokens.length <= 3
      && BODY_OR_BUILDING_HEADS.has(run.tokens[run.tokens.length - 1]!.word.toLowerCase())
      && !words.some((word) => BODY_OR_BUILDING_HEADS.has(word.toLowerCase()) || CONNECTORS.has(word))
      && !['first-name', 'title'].includes(classOf(words[0]!) ?? '')
      && isEnglishWord(words[words.length - 1]!) && classOf(words[words.length - 1]!) !== 'place';
    if (!shares) {
      joined.push(run);
      continue;
    }
    const and = tokens.filter((token) => token.start >= previous.end && token.end <= run.start);
    joined[joined.length - 1] = { ...previous, end: run.end, tokens: [...previous.tokens, ...and, ...run.tokens] };
  }
  return joined;
}

/**
 * Splits a run where a person's name follows another name with nothing between: "University of
 * Texas Arlington Amneh Jafari" is the university and Amneh Jafari. The person's name is a known
 * first name and one or two more words ending the run, after at least two words that are not
 * first names or titles themselves ("Mary Ann Smith" stays whole). Split before `splitAtTitle`, so
 * that a body's name keeps a title-like word of its own ("Washington State University").
 */
function splitAtPerson(run: Candidate): Candidate[] {
  const tokens = run.tokens;
  for (let at = 2; at < tokens.length - 1 && tokens.length - at <= 3; at += 1) {
    const previous = tokens[at - 1]!.word;
    // After a title the name is that title's holder: `splitAtTitle` keeps the title with it.
    if (classOf(tokens[at]!.word) !== 'first-name' || ['first-name', 'title'].includes(classOf(previous) ?? '') || CONNECTORS.has(previous)) continue;
    if (tokens.slice(at + 1).some((token) => CONNECTORS.has(token.word))) continue;
    return [
      { ...run, end: tokens[at - 1]!.end, tokens: tokens.slice(0, at) },
      { ...run, start: tokens[at]!.start, tokens: tokens.slice(at), sentenceInitial: false },
    ];
  }
  return [run];
}

/**
 * Splits a run where a title follows another name: "NASA Administrator Charles Bolden" is NASA
 * and Charles Bolden, "U.S. Senator John Cornyn" the United States and John Cornyn. (A demonym
 * before a title, as in "Russian President", is left for `refine` to drop.)
 */
function splitAtTitle(run: Candidate): Candidate[] {
  const at = run.tokens.findIndex((token, index) => index > 0 && classOf(token.word) === 'title' && classOf(run.tokens[index - 1]!.word) !== 'title');
  if (at < 1 || classOf(run.tokens[at - 1]!.word) === 'demonym' || CONNECTORS.has(run.tokens[at - 1]!.word)) return [run];
  if (ORGANIZATION_HEADS.has(run.tokens[run.tokens.length - 1]!.word.toLowerCase())) return [run];
  const prefix = run.tokens.slice(0, at);
  const rest = run.tokens.slice(at);
  if (rest.every((token) => classOf(token.word) === 'title')) return [run];
  return [
    { ...run, end: prefix[prefix.length - 1]!.end, tokens: prefix },
    { ...run, start: rest[0]!.start, tokens: rest, sentenceInitial: false },
  ];
}

/** Trims a run to the name it holds, or returns null when it holds none. */
function refine(candidate: Candidate, lowercaseWords: Set<string>, namesMidSentence: Set<string>): Candidate | null {
  let tokens = [...candidate.tokens];
  const titles: string[] = [];
  const last = tokens[tokens.length - 1]!;
  // Possessive "Russia’s" names Russia; a plural possessive "Smiths’" keeps its letters.
  if (/[’']s$/.test(last.word)) tokens[tokens.length - 1] = { ...last, end: last.end - 2, word: last.word.slice(0, -2) };
  else if (/[’']$/.test(last.word)) tokens[tokens.length - 1] = { ...last, end: last.end - 1, word: last.word.slice(0, -1) };

  const isEdgeWord = (token: Token) => EDGE_WORDS.has(token.word.toLowerCase()) || classOf(token.word) === 'date';
  while (tokens.length > 0 && isEdgeWord(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  while (tokens.length > 0 && isEdgeWord(tokens[0]!)) tokens = tokens.slice(1);
  if (candidate.sentenceInitial && tokens.length > 0 && tokens[0]!.start === candidate.tokens[0]!.start) {
    const word = tokens[0]!.word;
    const known = classOf(word);
    const commonShape = known === undefined && (lowercaseWords.has(word.toLowerCase()) || COMMON_SUFFIX.test(word) || (tokens.length === 1 && isEnglishWord(word) && !namesMidSentence.has(word)));
    // "New Zealand" opening a sentence keeps its "New": the whole is a known name, to English or to
    // the article, which writes "Environment Canada" within a sentence too.
    const whole = tokens.map((token) => token.word).join(' ');
    const knownWhole = tokens.length > 1 && (classOfName(whole) !== undefined || namesMidSentence.has(whole));
    // "University of Texas" opening a sentence: a word a connector follows heads the name.
    const heads = tokens.length > 2 && CONNECTORS.has(tokens[1]!.word);
    if ((known === 'common' || commonShape) && !knownWhole && !heads) tokens = tokens.slice(1);
  }
  // "British-led", "Kremlin-backed", "Twenty-eight" are no names; "Leung Kwok-hung" is one.
  tokens = tokens.filter((token) => !isCompoundModifier(token.word));
  const lastWord = tokens[tokens.length - 1]?.word.toLowerCase() ?? '';
  const endsAsOrganization = ORGANIZATION_HEADS.has(lastWord);
  if (!endsAsOrganization) {
    // Strip titles, and a demonym or department that qualifies them ("Belarusian President", "Defence Minister").
    while (tokens.length > 1) {
      const word = tokens[0]!.word;
      const known = classOf(word);
      const nextKnown = classOf(tokens[1]!.word);
      if (known === 'title' || ((known === 'demonym' || known === 'place') && nextKnown === 'title')) {
        titles.push(word);
        tokens = tokens.slice(1);
      } else break;
    }
    if (tokens.length === 1 && classOf(tokens[0]!.word) === 'title') return null;
    // A title's complement ("Governor of Washington Chris Gregoire", "CEO of the Refugee Council
    // Enver Solomon") is not part of the name: the name starts at a first name or a further
    // title, else it is the last two words.
    if (titles.length > 0 && tokens.length > 2 && CONNECTORS.has(tokens[0]!.word)) {
      const at = tokens.findIndex((token, index) => index > 0 && ['first-name', 'title'].includes(classOf(token.word) ?? ''));
      tokens = tokens.slice(at > 0 ? at : Math.max(1, tokens.length - 2));
      while (tokens.length > 1 && classOf(tokens[0]!.word) === 'title') {
        titles.push(tokens[0]!.word);
        tokens = tokens.slice(1);
      }
    }
    // With no one named after it, the complement is a name of its own and the title is not its
    // title: "the State of Texas" and "the Governor of Texas" name Texas, a place.
    if (titles.length > 0 && tokens.length > 1 && CONNECTORS.has(tokens[0]!.word)) {
      while (tokens.length > 1 && CONNECTORS.has(tokens[0]!.word)) tokens = tokens.slice(1);
      titles.length = 0;
    }
  }
  while (tokens.length > 0 && CONNECTORS.has(tokens[tokens.length - 1]!.word)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return null;
  if (tokens.every((token) => classOf(token.word) === 'date' || /^\d/.test(token.word))) return null;
  if (tokens.length === 1 && !isAcronym(tokens[0]!.word)) {
    const only = classOf(tokens[0]!.word);
    // After a title a common word is a surname: "Mr Key", "President Bush".
    if (only === 'demonym' || only === 'title' || (only === 'common' && titles.length === 0)) return null;
    if (tokens[0]!.word.length < 2) return null;
  }
  return { ...candidate, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens, titles };
}

/** A country's name in a match report is its team: "Sweden faced South Korea", "Belgium 3 – 0 Panama". */
const TEAM_AFTER = /^\s+(?:\d+\s*[–-]\s*\d+|faced|faces|beat|beats|defeated|defeats|drew|draws|lost to|won|wins|winning|scored|scores|had (?:higher |greater |more )?(?:ball )?possession)\b/i;
const TEAM_BEFORE = /(?:\d+\s*[–-]\s*\d+|\b(?:against|vs\.?|versus|faced|beat|defeated|drew with|lost to))\s+$/i;

/** Words of a match report; a war report has "faced" and "won" too, but not these. */
const SPORT_WORDS = /\b(?:match|matches|goal|goals|penalty|stadium|tournament|World Cup|league|championship|striker|midfielder|goalkeeper|referee|kick-off)\b/gi;
let lastSportCheck: { text: string; sport: boolean } | undefined;

/**
 * Whether a match report names this country as a team anywhere ("Belgium 3 – 0 Panama"): then it
 * is the team throughout the report, "Belgium's second goal" as much as "Belgium faced Panama".
 */
function namedAsTeam(text: string, name: string): boolean {
  if (lastSportCheck?.text !== text) lastSportCheck = { text, sport: (text.match(SPORT_WORDS)?.length ?? 0) >= 3 };
  if (!lastSportCheck.sport) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (TEAM_AFTER.test(text.slice(at + name.length, at + name.length + 50)) || TEAM_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

/** The type the name or its context shows, or null when nothing does. */
function typeFromEvidence(candidate: Candidate, name: string, text: string): EntityType | null {
  const words = candidate.tokens.map((token) => token.word);
  const lastWord = words[words.length - 1]!.toLowerCase();
  const known = classOfName(name);
  if (/^\p{Lu}\p{L}+ (Federation|Republic)$/u.test(name) && classOf(words[0]!) === 'demonym') return 'place';
  // A country's acronym or the name it stands for ("USSR", "Soviet Union"); the UN and the EU are bodies.
  const country = COUNTRY_ALIASES.get(name) ?? (COUNTRY_NAMES.has(name) ? name : undefined);
  const place = country ? countryType(country) === 'place' : known === 'place';
  if (place) return namedAsTeam(text, name) ? 'organization' : 'place';
  if (country) return countryType(country);
  if (known === 'organization') return 'organization';
  if (words.length > 1 && FACILITY_HEADS.has(lastWord)) return 'place';
  if (ORGANIZATION_HEADS.has(lastWord) || ORGANIZATION_HEADS.has(words[0]!.toLowerCase())) return 'organization';
  if (candidate.titles.length > 0) return 'person';
  if (words.length > 1 && PLACE_HEADS.has(lastWord)) return 'place';
  if (words.some(hyphenatedCode)) return 'misc';
  if (words.length === 1 && isAcronym(words[0]!)) return 'organization';
  // "Andy Warhol Foundation for the Visual Arts": a body's head before "of" or "for" outweighs a first name.
  const ofAt = words.findIndex((word) => word === 'of' || word === 'for');
  if (ofAt > 0 && ORGANIZATION_HEADS.has(words[ofAt - 1]!.toLowerCase())) return 'organization';
  const after = text.slice(candidate.end, candidate.end + 40);
  const before = text.slice(Math.max(0, candidate.start - 30), candidate.start);
  // What the text calls it: "localist group Civic Passion", "US team Cloud9"; "fashion designer Halston".
  if (BODY_BEFORE.test(before)) return 'organization';
  if (ROLE_BEFORE.test(before)) return 'person';
  const firstClass = classOf(words[0]!);
  if (words.length > 1 && (firstClass === 'first-name' || classOf(words[words.length - 1]!) === 'last-name')) return 'person';
  if (known === 'first-name' || known === 'last-name') return 'person';
  // A work, a product or a craft: "the film Easy Rider", "Internet Explorer 6 browser", "Space Shuttle Atlantis".
  if (THING_BEFORE.test(before) || THING_AFTER.test(after) || words.some((word) => CRAFT_WORDS.has(word.toLowerCase()))) return 'misc';
  // A name whose member follows it ("Demosisto's Nathan Law") is a body, as no known place is here.
  if (MEMBER_AFTER.test(after)) return 'organization';
  if (ofAt > 0 && PLACE_HEADS.has(words[ofAt - 1]!.toLowerCase())) return 'place';
  if (REPORTING_AFTER.test(after)) return 'organization';
  if (words.length === 1) {
    // "LibriVox", "YouTube": capitals inside a word are a brand's.
    if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0]!)) return 'organization';
    if (RECIPIENT_BEFORE.test(before) && firstClass !== 'place') return 'organization';
    if (PLACE_BEFORE.test(before) || firstClass === 'place') return 'place';
    if (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before)) return 'person';
    if (LEADER_OF_AFTER.test(after) && !PARTY_ADJECTIVE.test(words[0]!)) return 'person';
    // An unknown name that does something ("Wikinews interviews…", "Wikinews observed") is an
    // organisation more often than a place.
    const verb = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    return verb && !AUXILIARIES.has(verb) && (isPresentTenseVerb(verb) || isPastTenseVerb(verb)) ? 'organization' : null;
  }
  if (PLACE_PREFIXES.has(words[0]!) && classOf(words[1]!) !== 'first-name') return 'place';
  if (IN_PLACE_BEFORE.test(before)) return 'place';
  if (THING_HEADS.has(lastWord)) return 'misc';
  // A body named after its country ("Environment Canada", "Sport England"): no surname is a country.
  // A person's name does not open with a demonym either ("British Red Cross").
  if (isCountry(words[words.length - 1]!) || classOf(words[0]!) === 'demonym') return 'organization';
  return null;
}

/** A name with an editor's insertion in it takes in the brackets: "[George W.] Bush", "Jeff [Drake]". */
function withBrackets(candidate: Candidate, text: string): Candidate {
  const inside = text.slice(candidate.start, candidate.end);
  const start = text[candidate.start - 1] === '[' && inside.includes(']') ? candidate.start - 1 : candidate.start;
  const end = text[candidate.end] === ']' && inside.includes('[') ? candidate.end + 1 : candidate.end;
  return { ...candidate, start, end };
}

/** A lower-case Latin word after a name: a species' epithet after its genus ("Formica fusca"). */
const EPITHET_AFTER = /^ (\p{Ll}{3,}(?:a|us|um|ae|i|is|ensis|oides))\b(?![-'’])/u;

/** A genus and its species ("Beauveria bassiana") name a thing, neither a person nor a place. */
function speciesOf(candidate: Candidate, text: string): Found | null {
  const epithet = candidate.tokens.length === 1 ? EPITHET_AFTER.exec(text.slice(candidate.end, candidate.end + 40)) : null;
  if (!epithet || isEnglishWord(epithet[1]!)) return null;
  const end = candidate.end + epithet[0].length;
  return { candidate: { ...candidate, end, tokens: tokensOf(text, { start: candidate.start, end }) }, name: text.slice(candidate.start, end), type: 'misc' };
}

/** A name's type, and whether it is only a guess: nothing in the name or around it showed it. */
function typeOf(candidate: Candidate, name: string, text: string): { type: EntityType; guessed: boolean } {
  const shown = typeFromEvidence(candidate, name, text);
  if (shown) return { type: shown, guessed: false };
  const words = candidate.tokens.map((token) => token.word);
  // One unknown word is most often a place; a few words are most often a person's name.
  if (words.length === 1) return { type: 'place', guessed: true };
  // A name opening with a place ("Ontario Ghostbusters", "Hollywood Magic") is rarely a person's.
  const placeFirst = [1, 2].some((count) => count < words.length && knownPlace(words.slice(0, count).join(' ')) !== undefined);
  return { type: words.length <= 3 && !placeFirst && !words.some((word) => CONNECTORS.has(word)) ? 'person' : 'misc', guessed: true };
}

/** How much a guessed type counts against one the text shows: two guesses do not outvote it. */
const GUESS_WEIGHT = 0.4;

/** A name found in the text, typed; `guessed` when nothing showed its type. */
interface Found {
  candidate: Candidate;
  name: string;
  type: EntityType;
  guessed?: boolean;
}

/** Words the article itself writes in lower case: capitalised at a sentence start, they are not names. */
function lowercaseWordsOf(text: string, blocks: Block[]): Set<string> {
  const words = new Set<string>();
  for (const block of blocks) {
    for (const match of text.slice(block.start, block.end).matchAll(/(?<![\p{L}])[\p{Ll}][\p{L}]+/gu)) words.add(match[0]);
  }
  return words;
}

/** Most words capitalised ("Russian President Putin Meets Lukashenko"): capitals say nothing. */
function isHeadlineCased(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && word.length > 3);
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
}

/**
 * Mentions of named entities in the article's blocks. Headline-cased titles and headings are read
 * after paragraphs and keep only names the paragraphs established.
 */
export function recogniseEntities(text: string, blocks: Block[], sentences: Sentence[]): Mention[] {
  const lowercaseWords = lowercaseWordsOf(text, blocks);
  const found: Found[] = [];
  const headingSentences: Sentence[] = [];
  const commonWordRuns: Candidate[] = [];
  const headlineCased = blocks.map((block) => block.kind !== 'paragraph' && isHeadlineCased(text.slice(block.start, block.end)));
  const runsOf = sentences.map((sentence) => (headlineCased[sentence.block] ? [] : capitalisedRuns(text, sentence).flatMap(splitAtPerson).flatMap(splitAtTitle)));
  const wordsOf = (run: Candidate) => run.tokens.map((token) => token.word).join(' ');
  // Names the article writes within a sentence, where no capital is the sentence's.
  const namesMidSentence = new Set(runsOf.flat().filter((run) => !run.sentenceInitial).map(wordsOf));
  for (const [index, sentence] of sentences.entries()) {
    if (headlineCased[sentence.block]) {
      headingSentences.push(sentence);
      found.push(...headlinePersons(text, sentence));
      continue;
    }
    for (const run of runsOf[index]!) {
      const candidate = refine(run, lowercaseWords, namesMidSentence);
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
      const bracketed = withBrackets(candidate, text);
      const name = text.slice(bracketed.start, bracketed.end).replace(/[[\]]/g, '');
      found.push({ candidate: bracketed, name, ...typeOf(bracketed, name, text) });
    }
  }
  // A surname that is also a word ("Hill", "Savage") counts when the article names the person in
  // full with a title or a known first name.
  const surnames = new Set(found
    .filter(({ type, candidate: { tokens, titles } }) => type === 'person' && tokens.length > 1 && (titles.length > 0 || classOf(tokens[0]!.word) === 'first-name'))
    .map(({ candidate: { tokens } }) => tokens[tokens.length - 1]!.word));
  // "The Court", "the Times" within a sentence: the one body the article names with that head word.
  const bodyByHead = new OnlyName();
  for (const { type, name, candidate: { tokens } } of found) {
    if (type === 'organization' && tokens.length > 1) for (const head of bodyHeadsOf(tokens.map((token) => token.word))) bodyByHead.add(head, name);
  }
  for (const run of commonWordRuns) {
    const word = run.tokens[0]!.word.replace(POSSESSIVE, '');
    const body = !run.sentenceInitial && bodyByHead.get(word) !== undefined && /\bthe\s+$/i.test(text.slice(Math.max(0, run.start - 4), run.start));
    if (!(surnames.has(word) || body) || classOf(word) === 'title') continue;
    const candidate = { ...run, end: run.start + word.length, tokens: [{ ...run.tokens[0]!, end: run.start + word.length, word }] };
    found.push({ candidate, name: word, type: body ? 'organization' : 'person' });
  }
  found.sort((a, b) => a.candidate.start - b.candidate.start);
  typeListsAlike(found, text);
  extendToAuthorities(found, text);
  const mentions = keyMentions(extendToRegions(withPostNominals(found, text), text), text);
  const byText = new Map(mentions.map((mention) => [mention.text, mention]));
  // In a headline, the longest names the text established ("Group G — Belgium 3 – 0 Panama").
  for (const sentence of headingSentences) {
    for (const run of capitalisedRuns(text, sentence)) {
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
  }
  return [...mentions, ...nestedMentions(mentions, text)].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Letters after a person's name, after a comma: "Mark Tedeschi, QC", "Tom Molomby, SC". */
const POST_NOMINALS = new Set(['QC', 'KC', 'SC', 'MEP', 'MSP', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'PhD', 'MD', 'Jr', 'Sr', 'Esq']);

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
    if (item.type === 'organization' || item.candidate.titles.length > 0 || isRegion(item.name)) continue;
    if (item.type === 'person' && item.candidate.tokens.length > 1) continue;
    if (LISTED_BEFORE.test(text.slice(Math.max(0, item.candidate.start - 5), item.candidate.start))) continue;
    const follows = (offset: number, test: (name: string) => boolean) => {
      const next = found[index + offset];
      return next && text.slice(found[index + offset - 1]!.candidate.end, next.candidate.start) === ', ' && test(next.name) ? next : undefined;
    };
    const region = follows(1, isRegion);
    if (!region) continue;
    const tail = (!isNation(region.name) && follows(2, isNation)) || region;
    if (LISTED_AFTER.test(text.slice(tail.candidate.end, tail.candidate.end + 5))) continue;
    Object.assign(item, { candidate: { ...item.candidate, end: tail.candidate.end }, type: 'place', guessed: false });
    index = found.indexOf(tail);
  }
  return kept;
}

/** A place the lexicon knows, as a mention's key and type ("US" is the United States). */
function knownPlace(name: string): Pick<Mention, 'key' | 'type'> | undefined {
  const country = COUNTRY_ALIASES.get(name);
  if (country) return { key: country, type: countryType(country) };
  return classOfName(name) === 'place' ? { key: name, type: 'place' } : undefined;
}

/** Bodies and titles named after their place: "Municipality of Bogliasco", "Mayor of Lyon". */
const CIVIC_HEAD_BEFORE = /\b(?:municipality|city|town|village|province|county|district|region|state|kingdom|republic|mayor|governor) of (?:the )?$/i;

/**
 * Names inside longer names, which the briefing cannot link but the entity's page lists: "Google" in
 * "Google Science Fair", "Helsinki" in "University of Helsinki", "Texas" in "Irving, Texas". A part
 * counts when the article names it on its own, when it is a known place, or when it ends a civic
 * body's name ("Bogliasco" in "Municipality of Bogliasco"), longest parts first. Not
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
        const afterComma = text.slice(outer.start, first.start).endsWith(', ');
        const afterCivicHead = last.end === outer.end && CIVIC_HEAD_BEFORE.test(text.slice(outer.start, first.start));
        const entity = standalone.get(part) ?? (!placeName || afterComma ? knownPlace(part) : undefined) ?? (afterCivicHead ? { key: part, type: 'place' as const } : undefined);
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
function headlinePersons(text: string, sentence: Sentence): Found[] {
  return capitalisedRuns(text, sentence).flatMap((run) => {
    const verbAt = run.tokens.findIndex((token, index) => index > 0 && (isPresentTenseVerb(token.word.toLowerCase()) || isPastTenseVerb(token.word.toLowerCase())));
    const tokens = run.tokens.slice(0, verbAt > 0 ? verbAt : run.tokens.length);
    const plain = tokens.every((token) => !CONNECTORS.has(token.word) && !['title', 'date', 'place', 'demonym'].includes(classOf(token.word) ?? ''));
    if (tokens.length < 2 || tokens.length > 3 || !plain || classOf(tokens[0]!.word) !== 'first-name') return [];
    const candidate: Candidate = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens, titles: [], sentenceInitial: false };
    return [{ candidate, name: text.slice(candidate.start, candidate.end), type: 'person' as const }];
  });
}

/** What joins the names of a list: "Zeus, Hera, Poseidon, and Athena", "Google, Bing and Yahoo". */
const LIST_JOIN = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;

/**
 * Names listed together are of one kind: a one-word name's guessed type gives way to the type
 * most of the list's shown types agree on ("Zeus, Hera, Poseidon, Aphrodite, and Athena" are all persons).
 */
function typeListsAlike(found: Found[], text: string): void {
  let list: Found[] = [];
  const settle = () => {
    const shown = list.filter((item) => !item.guessed);
    if (list.length > 1 && shown.length > 0 && shown.length < list.length) {
      const type = majority(shown.reduce((votes, item) => votes.set(item.type, (votes.get(item.type) ?? 0) + 1), new Map<EntityType, number>()));
      // Only one-word guesses: a guessed person's name of several words holds its own in a list.
      for (const item of list) if (item.guessed && item.candidate.tokens.length === 1) Object.assign(item, { type, guessed: false });
    }
  };
  for (const [index, item] of found.entries()) {
    const previous = found[index - 1];
    if (previous && LIST_JOIN.test(text.slice(previous.candidate.end, item.candidate.start))) list.push(item);
    else {
      settle();
      list = [item];
    }
  }
  settle();
}

/** "Luhansk regional military administration", "Kyiv city council": a body named after its place. */
const AUTHORITY_AFTER = /^ ((?:(?:regional|city|state|military|district|municipal|provincial|local|federal|national|county|civil|civilian|interim|central|oblast|town|village|metropolitan)\s){1,3})(administration|council|government|ministry|police|court|parliament|assembly|committee|authority|authorities|legislature|duma|prosecutor's office)\b/;

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

/** Whether two words differ by at most one letter changed, added or left out. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** The capitals a name would be abbreviated to: "University of Southern Indiana" → "USI", "LibriVox" → "LV"; "" for one plain word. */
export function initialsOf(words: string[]): string {
  const named = words.filter((word) => !CONNECTORS.has(word) && word !== 'and');
  if (named.length === 1) {
    const capitals = named[0]!.match(/\p{Lu}/gu) ?? [];
    return capitals.length >= 2 && !isAcronym(named[0]!) ? capitals.join('') : '';
  }
  return named.every((word) => /^\p{Lu}/u.test(word)) ? named.map((word) => word[0]!).join('') : '';
}

/** The words of a body's name that "the …" can stand for: "Church", "Court" in "Supreme Court of Cassation". */
function bodyHeadsOf(words: string[]): Set<string> {
  const ofAt = words.findIndex((word) => word === 'of' || word === 'for');
  return new Set([words[0]!, words[words.length - 1]!, ...(ofAt > 0 ? [words[ofAt - 1]!] : [])].filter((word) => ORGANIZATION_HEADS.has(word.toLowerCase())));
}

/** Names indexed by a word of theirs, read back only when one name alone has that word. */
class OnlyName {
  private readonly names = new Map<string, Set<string>>();

  add(word: string, name: string): void {
    this.names.set(word, (this.names.get(word) ?? new Set()).add(name));
  }

  get(word: string): string | undefined {
    const names = this.names.get(word);
    return names?.size === 1 ? [...names][0] : undefined;
  }
}

/**
 * Gives each mention the key of the entity it names within the article: a surname alone joins the
 * full name it ends ("Putin" → "Vladimir Putin"), a country acronym its name ("US" → "United States").
 */
function keyMentions(found: Found[], text: string): Mention[] {
  // What a short form can stand for in this article: the first full name each surname ends; the
  // first name each acronym abbreviates ("USI" → "University of Southern Indiana", "LV" → "LibriVox");
  // the one full name a first name starts ("Ahmed" → "Ahmed Mohamed"); the one organisation a head
  // word starts or ends ("the Church" → "Church of Scientology"); the one body's full name a shorter
  // name starts before "for" or "of" ("Andy Warhol Foundation" → "… for the Visual Arts").
  const fullNameBySurname = new Map<string, { name: string; words: string[] }>();
  const nameByInitials = new Map<string, string>();
  const fullNameByFirst = new OnlyName();
  const organisationByHead = new OnlyName();
  const fullBodyName = new OnlyName();
  for (const { candidate, name, type } of found) {
    const words = candidate.tokens.map((token) => token.word);
    const initials = initialsOf(words);
    if (type !== 'person' && initials.length >= 2 && !nameByInitials.has(initials)) nameByInitials.set(initials, name);
    if (words.length < 2) continue;
    if (type === 'person') {
      if (!fullNameBySurname.has(words.at(-1)!)) fullNameBySurname.set(words.at(-1)!, { name, words });
      fullNameByFirst.add(words[0]!, name);
    }
    if (type === 'organization') {
      for (const head of bodyHeadsOf(words)) organisationByHead.add(head, name);
      const ofAt = words.findIndex((word, index) => index > 1 && (word === 'of' || word === 'for'));
      if (ofAt > 0) fullBodyName.add(text.slice(candidate.start, candidate.tokens[ofAt - 1]!.end), name);
    }
  }
  const typeVotes = new Map<string, Map<EntityType, number>>();
  const keyed = found.map(({ candidate, name, type, guessed }) => {
    const abbreviated = candidate.tokens.length === 1 && isAcronym(name) ? nameByInitials.get(name.replace(/\./g, '')) : undefined;
    let key = COUNTRY_ALIASES.get(name) ?? abbreviated ?? name;
    const tokens = candidate.tokens;
    if (tokens.length === 1) {
      const fullName = fullNameBySurname.get(name)?.name ?? (classOf(name) === 'first-name' ? fullNameByFirst.get(name) : undefined);
      const organisation = /\bthe\s+$/i.test(text.slice(Math.max(0, candidate.start - 5), candidate.start)) ? organisationByHead.get(name) : undefined;
      if (fullName) {
        key = fullName;
        type = 'person';
      } else if (organisation) {
        key = organisation;
        type = 'organization';
      }
    } else if (type === 'organization' && fullBodyName.get(name)) {
      key = fullBodyName.get(name)!;
    } else if (type === 'person') {
      // "Kristen Wilkins" after "Kristin Wilkins": one person, the first name misspelt once.
      const earlier = fullNameBySurname.get(tokens.at(-1)!.word);
      const first = tokens[0]!.word;
      if (earlier && earlier.name !== name && earlier.words.length === tokens.length && first.length >= 6 && withinOneEdit(first, earlier.words[0]!)) key = earlier.name;
    }
    const votes = typeVotes.get(key) ?? new Map<EntityType, number>();
    // A title is the best evidence; a guess counts for less than anything the text shows.
    const weight = candidate.titles.length > 0 ? 2 : guessed && key === name ? GUESS_WEIGHT : 1;
    votes.set(type, (votes.get(type) ?? 0) + weight);
    typeVotes.set(key, votes);
    const mention: Mention = { start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), key, type };
    if (candidate.titles.length > 0) mention.titles = candidate.titles.join(' ');
    return mention;
  });
  return keyed.map((mention) => ({ ...mention, type: majority(typeVotes.get(mention.key)!) }));
}

export function majority<T>(votes: Map<T, number>): T {
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
