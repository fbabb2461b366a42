/**
 * What English knows about a word: compromise's lexicon (names, places, organisations, demonyms and
 * common words) plus the titles and organisation heads that news writing puts around names.
 */
import nlp from 'compromise';
import englishWords from 'an-array-of-english-words' with { type: 'json' };
import isoCountryNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

export type WordClass =
  | 'first-name'
  | 'last-name'
  | 'place'
  | 'organization'
  | 'demonym'
  | 'date'
  | 'title'
  | 'common';

const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } };
const lexicon = model.one.lexicon;

const TAG_CLASS: Record<string, WordClass> = {
  FirstName: 'first-name',
  MaleName: 'first-name',
  FemaleName: 'first-name',
  LastName: 'last-name',
  Country: 'place',
  City: 'place',
  Region: 'place',
  Place: 'place',
  Organization: 'organization',
  SportsTeam: 'organization',
  Demonym: 'demonym',
  Month: 'date',
  WeekDay: 'date',
  Date: 'date',
  Honorific: 'title',
};

/** First words of a named event: a storm's ("Hurricane Ian", "Typhoon Haiyan", "Storm Bert") or a military operation's ("Operation Southern Spear"). */
export const EVENT_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tornado', 'operation']);

/** Titles' words that only qualify another title and never end one: "Shadow Home Secretary", but "Storm Shadow" is a missile. */
export const TITLE_QUALIFIERS = new Set(['shadow', 'acting', 'former', 'interim', 'vice', 'deputy', 'senior', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'state', 'home', 'opposition', 'presidential', 'crown', 'majority', 'minority']);

/** Words that stand before a name as a title or role: evidence of a person, never part of the name. */
export const TITLES = new Set(
  `mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister deputy secretary
  chancellor premier king queen prince princess emperor pope cardinal bishop archbishop rev reverend
  ombudsman ombudswoman ombudsperson sheikh emir sultan alhaji alhaja mallam shri sri smt shrimati senator sen rep representative congressman congresswoman governor gov mayor judge
  justice chief general gen colonel col lieutenant lt major maj captain capt sergeant sgt corporal cpl admiral
  commander marshal ambassador spokesman spokeswoman spokesperson chairman chairwoman chair director
  officer minister foreign defence defense interior finance health state home justice attorney
  superintendent inspector detective agent coach head leader founder ceo chairperson councillor
  councilor cr cllr insp dci det supt ch lawmaker legislator mp mep speaker opposition presidential lady biologist student professor emeritus dean solicitor ayatollah pm cm eam
  economist analyst correspondent reporter editor author actor actress singer rapper shadow acting
  former interim undersecretary prosecutor crown campaigner barrister lawyer executive cfo coo cto
  treasurer commissioner envoy nominee candidate senior administrator manager majority minority whip sheriff adviser advisor
  constable coroner magistrate recorder advocate host taoiseach tánaiste tanaiste baroness baron viscount viscountess countess marquess
  patriarch ecumenical rabbi imam pastor mufti empress tsar tsarina assemblyman assemblywoman assemblymember
  councilman councilwoman councilmember alderman alderwoman selectman`.split(/\s+/),
);

/**
 * Currencies' codes and abbreviations, which stand before an amount as a sign does: "Rs 1,200 crore",
 * "USD 20 million", "Rp 40 billion". Not "COP", a summit's name as often ("COP 30").
 */
const CURRENCY_CODES = new Set(
  `rs rp tk rm sh ksh dh dhs usd eur gbp jpy cny rmb chf aud cad nzd hkd sgd inr pkr bdt lkr npr idr myr php thb
  vnd krw twd zar ngn kes ghs egp aed sar qar kwd bhd omr ils rub uah pln czk huf ron bgn sek nok dkk isk brl
  mxn ars clp`.split(/\s+/),
);
export const isCurrencyCode = (word: string) => CURRENCY_CODES.has(word.toLowerCase());

/** Diseases the lexicon knows as places or not at all: "Ebola" and "Zika", named for where they were found; "Covid". */
const KNOWN_DISEASES = new Set(['ebola', 'zika', 'lassa', 'nipah', 'hendra', 'covid', 'omicron']);
export const isKnownDisease = (word: string) => KNOWN_DISEASES.has(word.toLowerCase());
/** Surnames that, with a possessive, name a disease more often than anyone: "Alzheimer's", "Parkinson's". */
const EPONYMOUS_DISEASES = new Set(['alzheimer', 'parkinson', 'huntington', 'crohn', 'hodgkin', 'tourette', 'asperger']);
export const isEponymousDisease = (word: string) => EPONYMOUS_DISEASES.has(word.toLowerCase());

/** Festivals and holy days, events the lexicon does not know: "Easter Sunday message", "during Ramadan". */
const FESTIVALS = new Set(['easter', 'christmas', 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover', 'thanksgiving', 'lent', 'advent', 'pentecost', 'holi', 'navratri', 'vesak', 'pongal', 'onam', 'nowruz', 'kwanzaa', 'hogmanay', 'vaisakhi', 'songkran', 'purim', 'sukkot']);
export const isFestival = (word: string) => FESTIVALS.has(word.toLowerCase());

/** Roles a court or an inquiry names people by, with a letter, to keep them anonymous: "Soldier F", "Witness X", "Patient A". */
const ANONYMISED_ROLES = new Set(['soldier', 'witness', 'patient', 'officer', 'victim', 'child', 'person', 'complainant', 'defendant', 'juror', 'nurse', 'doctor', 'mother', 'father', 'woman', 'man', 'student', 'pupil', 'teacher', 'source', 'detainee', 'prisoner', 'survivor', 'applicant', 'claimant']);
export const isAnonymisedName = (words: string[]) => words.length === 2 && ANONYMISED_ROLES.has(words[0]!.toLowerCase()) && /^\p{Lu}\d{0,3}$/u.test(words[1]!);

/** Words headline case keeps in lower case. */
export const HEADLINE_LOWER_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'with', 'from', 'into', 'over', 'vs']);

/** The legal forms that end a company's name. */
export const LEGAL_FORMS = new Set(['Inc', 'Corp', 'Corporation', 'Ltd', 'LLC', 'plc', 'PLC', 'Co', 'AG', 'SA', 'GmbH', 'NV', 'SE']);

/** What a party's members are called. */
export const PARTY_MEMBERS = new Set(['Republican', 'Democrat', 'Democratic', 'Conservative', 'Labour', 'Tory', 'Liberal', 'Socialist', 'Communist', 'Green', 'Libertarian']);
/** Last words that make a name an organisation. */
export const ORGANIZATION_HEADS = new Set(
  `ministry directorate agency council committee commission party army navy force forces corps guard rifles
  guards police bank university college school institute institution academy corporation corp inc ltd
  llc plc company co group association union organisation organization department office administration
  court parliament assembly senate congress cabinet government kremlin pentagon headquarters times news post journal
  herald tribune telegraph guardian gazette chronicle press reuters service services fund foundation
  federation league club society centre center network channel broadcasting television radio airlines
  airways railways authority board bureau commission command unit brigade battalion regiment division
  alliance coalition bloc cartel movement front church hospital infirmary museum library laboratory laboratories lab labs
  studio studios records orchestra philharmonic choir team trust magazine paper review weekly daily monitor observer examiner
  inquirer bulletin digest quarterly standard conference convention municipality brotherhood sisterhood guild fellowship
  consortium syndicate exchange securities capital partners philanthropies investors advisors advisers associates brands foods holdings ventures investments industries enterprises motors
  pharmaceuticals technologies treasury mining construction engineering builders consulting forum solutions systems electronics entertainment media communications energy
  telecommunications petroleum logistics robotics analytics aerospace dynamics insurance semiconductor semiconductors devices platforms networks brands
  foods materials resources instruments products stores sciences biosciences therapeutics management motor embassy consulate survey publishers publishing sports centres centers liga commons lords representatives programme chamber democrats republicans socialists greens liberals conservatives
  bundestag bundesrat knesset duma sejm senedd riksdag storting folketing eduskunta oireachtas dáil seanad majlis rada sabha fed
  instituto istituto institut universidad università universität université universidade ministerio ministero
  ministère banco banca banque partido partito fundación fondazione fondation stiftung comité comitato consejo
  consiglio conseil gruppo groupe grupo compagnie compañía società sociedad société gesellschaft colegio collegio
  liceo escuela scuola école ospedale hôpital museo musée assemblée asamblea assemblea parti cour corte tribunale agence agencia
  agenzia unión unione confédération confederación syndicat sindicato armée ejército esercito policía polizia gendarmerie sénat senado
  senato congreso cámara chambre ministerium partei verband`.split(/\s+/),
);

/** Words that make a name a place. */
export const PLACE_HEADS = new Set(
  `city town village county province region oblast district constituency state republic island islands isles river lake
  mountain mountains sea ocean bay gulf strait valley street avenue road square park airport port
  harbour harbor bridge peninsula desert coast border reef ridge trench basin plateau canyon crater volcano
  outcrop seamount cave falls strip belt maidan chowk bagh marg ghat expressway highway motorway freeway boulevard canal tunnel delta gyratory roundabout`.split(/\s+/),
);

/** Plural last words of places' names: "Golan Heights", "North York Moors". */
export const PLACE_PLURAL_HEADS = new Set(
  `heights hills springs lakes keys moors highlands lowlands plains dunes rapids glades downs fens wolds marshes sands flats
  woods gardens meadows rocks cliffs shoals territories provinces states emirates lands mountains islands isles falls`.split(/\s+/),
);

/** A city's team by its plural nickname: "Las Vegas Raiders", "San Francisco 49ers" (not "Santa Cruz Mountains", "New South Wales"). */
export const isTeamName = (words: string[]) => words.length >= 3 && /^[\p{Lu}\d][\p{L}\d]*[^s\W]s$/u.test(words.at(-1)!) && !PLACE_PLURAL_HEADS.has(words.at(-1)!.toLowerCase()) && classOfName(words.at(-1)!) !== 'place';

/** Last words of a shop's or a restaurant's name, which is a business's: "Dave's Market". */
export const SHOP_HEADS = new Set(['market', 'store', 'shop', 'diner', 'cafe', 'café', 'restaurant', 'pub', 'bakery', 'deli', 'grill', 'garage', 'pharmacy', 'tavern']);

/**
 * Last words of a building or site, which make a name a place even where the words before it name a
 * body or a person ("Kennedy Space Center", "Warhol Factory", "Grand Mosque", "Ross Ice Shelf").
 */

export const FACILITY_HEADS = new Set(
  `centre center museum gallery galleries factory mosque station hotel stadium arena theatre theater
  palace villa lodge mansion house building buildings cathedral basilica temple tower shelf glacier observatory facility laboratory shipyard dockyard refinery smelter`.split(/\s+/),
);

/** Demonyms and languages the lexicon lacks, which qualify a name and are none. */
const MORE_DEMONYMS = new Set(
  `british english scottish welsh irish american european western eastern soviet nazi kurdish palestinian
  israeli iraqi iranian saudi pakistani afghan yemeni syrian turkish chechen crimean african asian arab
  latin nordic baltic balkan slavic muslim christian jewish islamic hindu buddhist catholic protestant
  indigenous aboriginal sunni shia shiite orthodox olympic paralympic swedish brazilian brazillian hispanic slovenian montenegrin
  moldovan azerbaijani uzbek kyrgyz tajik nepalese nepali laotian somali malian uruguayan salvadoran danish
  finnish spanish cypriot maltese polish bahraini hebrew yiddish arabic persian farsi mandarin cantonese
  hindi urdu swahili briton monegasque tory conservative democratic democrat republican serb croat
  bosniak slovak czech swede turk kurd thai scot brit spaniard filipino martian lunar catalan galician flemish walloon`.split(/\s+/),
);

/** The planets, which the lexicon takes for common words ("mars", "earth") when it knows them. */
const PLANETS = new Set(['mercury', 'venus', 'earth', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto']);

/** Regions of the world the lexicon lacks or takes for a people ("Balkans") or a common word ("arctic"). */
const WORLD_REGIONS = new Set(['balkans', 'baltics', 'arctic', 'antarctic', 'sahel', 'caucasus', 'levant', 'maghreb', 'scandinavia', 'siberia', 'patagonia']);

/** Classes already looked up: the rules ask about the same words many times an article. */
const classes = new Map<string, WordClass | undefined>();

export function classOf(word: string): WordClass | undefined {
  if (classes.has(word)) return classes.get(word);
  const found = lookUpClass(word);
  classes.set(word, found);
  return found;
}

function lookUpClass(word: string): WordClass | undefined {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  // "President-elect", "Secretary-General", "Minister-designate".
  const title = lower.replace(/\.$/, '').replace(/-(?:elect|designate)$/, '');
  if (TITLES.has(title) || (title.includes('-') && title.split('-').every((part) => TITLES.has(part)))) return 'title';
  if (PLANETS.has(lower) || WORLD_REGIONS.has(lower)) return 'place';
  if (MORE_DEMONYMS.has(lower) || MORE_DEMONYMS.has(lower.replace(/s$/, ''))) return 'demonym';
  // "Dutchman", "Frenchwomen": one of a people; "Londoners": those who live in a place.
  const people = lower.replace(/(?:wo)?m[ae]n$/, '');
  if (people !== lower && people.length > 3 && classOf(people) === 'demonym') return 'demonym';
  const dwellers = lower.replace(/ers?$/, '');
  if (dwellers !== lower && dwellers.length > 3 && classOf(dwellers) === 'place') return 'demonym';
  // "Floridians", "Kenyan", "Texans", "Bavarian", "Sicilian": the people of a place, its name's last letters turned to "-(i)an".
  const natives = lower.replace(/(?:ian|an)s?$/, '');
  if (natives !== lower && natives.length >= 3 && [`${natives}a`, `${natives}ia`, `${natives}as`, `${natives}y`].some((place) => classOf(place) === 'place')) return 'demonym';
  // The lexicon leaves out "march", a verb too; "may" stays out, being a name as often as a month.
  if (lower === 'march') return 'date';
  // A weekday shortened, as datelines write it ("Thu 13 Nov 2025"); not "Sat" or "Sun", which are words.
  if (/^(?:tues?|wed|thu|thurs?|fri)$/.test(lower)) return 'date';
  // A span of months or days: "April-June", "Monday-Friday".
  if (lower.includes('-') && lower.split('-').every((part) => part === 'march' || classOf(part) === 'date')) return 'date';
  const entry = lexicon[lower];
  // "Laos", "Philippines": a country's name, which the lexicon takes for a people's plural; or one it lacks ("Türkiye", "Czechia").
  if ((entry === undefined || [entry].flat().includes('Demonym')) && isoCountryWords().has(lower)) return 'place';
  if (entry === undefined) return undefined;
  for (const tag of Array.isArray(entry) ? entry : [entry]) {
    const known = TAG_CLASS[tag];
    if (known) return known;
    if (tag === 'ProperNoun' || tag === 'Person') return undefined;
  }
  return 'common';
}

const ENGLISH_WORDS = new Set(englishWords as string[]);

/** Whether a dictionary of English (275,000 words, "voters", "gameplay") lists the word in lower case. */
export function isEnglishWord(word: string): boolean {
  return ENGLISH_WORDS.has(word.toLowerCase());
}

/** Heads of a street's or a square's name: no common word opening a sentence comes before one ("Downing Street said"). */
export const STREET_HEADS = new Set(['street', 'road', 'avenue', 'lane', 'square', 'boulevard']);

/** A number in Roman numerals up to 39, as kings, popes, sequels and classes have them: "XVI", "II". */
export const isRomanNumeral = (word: string) => word !== '' && /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(word);

/** A word's singular, for a plain plural in "s": "Institutes" → "institute" (not "News" or "Glass"). */
export const singularOf = (word: string) => word.toLowerCase().replace(/(?<=[^s])s$/, '');
/** The class of a plural's singular, which the lexicon may list alone: "Rivals" is common, "Justices" a title. */
export const classOfSingular = (word: string) => (/\p{Ll}s$/u.test(word) ? classOf(word.slice(0, -1)) : undefined);

/** A plural of doers the word list lacks that joins two of its words: "Policymakers", "Headteachers" (not "Wikinews"). */
export function isCompoundPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}+(?:ers|ors|ists|ians)$/u.test(lower) || ENGLISH_WORDS.has(lower)) return false;
  for (let at = 3; at <= lower.length - 4; at += 1) if (ENGLISH_WORDS.has(lower.slice(0, at)) && ENGLISH_WORDS.has(lower.slice(at))) return true;
  return false;
}

/** The lexicon's tags of a word; none when it does not list it. */
const tagsOf = (word: string): string[] => {
  const entry = lexicon[word.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
};

/** Tags of a singular noun or of someone's name: "Wood", "Lee", not "Electric" or "Mills". */
const SINGULAR_NOUN_OR_NAME_TAGS = new Set(['Singular', 'Uncountable', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);
export const isSingularNounOrName = (word: string) => tagsOf(word).some((tag) => SINGULAR_NOUN_OR_NAME_TAGS.has(tag));

/** Tags of words that may name a body's subject: nouns, and nouns the lexicon takes for verbs ("Parks", "Transport"). */
const NOUN_LIKE_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'PresentTense', 'Infinitive']);

/** Whether a word may be a noun: not an adverb, a determiner, an adjective or another closed word ("Meanwhile", "Every"). */
export const isNounLike = (word: string) => tagsOf(word).every((tag) => NOUN_LIKE_TAGS.has(tag));

/** The sex a first name tells, where the lexicon knows it: "Maria" a woman's, "Dmitry" a man's. */
export function sexOfFirstName(word: string): 'female' | 'male' | undefined {
  const tags = tagsOf(word);
  return tags.includes('FemaleName') ? 'female' : tags.includes('MaleName') ? 'male' : undefined;
}

/** The sex an honorific tells: "Ms Walsh" is a woman, "Mr Carter" a man. */
export function sexOfHonorific(word: string): 'female' | 'male' | undefined {
  return /^(?:Mr|Mister|Sir|Lord)\.?$/.test(word) ? 'male' : /^(?:Ms|Mrs|Miss|Madam|Dame|Lady)\.?$/.test(word) ? 'female' : undefined;
}

/**
 * Whether a common word is a first name as well ("Frank", "Grace", "Bill"): compromise's words that
 * switch between a person and a noun, an adjective or a verb. Capitalised within a sentence, such a
 * word is a name.
 */
export function isFirstNameToo(word: string): boolean {
  return /^Person\|(?:Noun|Adj|Verb)$/.test(model.two.switches[word.toLowerCase()] ?? '');
}

/**
 * Initialisms of common nouns, which name no body: "DNA", "an IQ test", "old CD covers", and time
 * zones ("6:15 PM CST"). The lexicon tags them as acronyms, as it does NATO.
 */
const COMMON_INITIALISMS = new Set(
  `DNA RNA IQ CD DVD HTML XML PDF URL USB GPS SMS TV PC AI OS API SDK RAM SSD NFT VR QR GDP GNP HIV AIDS VIP ATM UFO LED LCD CPU ROV SUV
  MRI ICU ER GP LGBT LGBTQ BDSM COVID PPE CCTV DIY FAQ ID PIN PR HR IVF ADHD PTSD EV GPU NGO CEO CFO IPO ETF
  GMT UTC ET BST CET CEST EST EDT CST CDT MST MDT PST PDT IST JST KST AEST AEDT LP EP MP MEP
  PhD DPhil MPhil MBA BA MA BSc MSc LLB LLM MD ODI T20I VAT GST MW GW KW TW MWh GWh TWh KWh kW kWh MPH KPH BPD PSI RPM`.split(/\s+/),
);

/** Whether an initialism stands for a common noun ("DNA", "CDs", a degree's "Ph.D."), not a name. */
export const isCommonInitialism = (word: string) => COMMON_INITIALISMS.has(word.replace(/\./g, '').replace(/s$/, ''));

/** An acronym or initialism: "NATO", "U.S.", "U.S" where a tokeniser split off the stop. */
export const isAcronym = (word: string) => /^\p{Lu}(?:\.\p{Lu})+\.?$|^\p{Lu}{2,6}$/u.test(word);

/** Whether the lexicon knows a word as a country ("Canada"), not only as a city or region. */
export function isCountry(word: string): boolean {
  return tagsOf(word).includes('Country');
}

/** Whether the lexicon knows a name as a country or a region of one ("Texas", "North Carolina"), not a city. */
export function isRegionOrCountry(name: string): boolean {
  const tags = tagsOf(name);
  return tags.includes('Country') || tags.includes('Region') || isStateAbbreviation(name);
}

export const isStateAbbreviation = (name: string) => STATE_ABBREVIATIONS.has(name.replace(/\.$/, ''));

/** A US state's postal code, which follows a city's name in an address: "Summit, NJ". */
export const isUsPostalCode = (name: string) => US_POSTAL_CODES.has(name);
const US_POSTAL_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
  RI SC SD TN TX UT VT VA WA WV WI WY DC`.split(/\s+/),
);

/** US states and Canadian provinces as news agencies abbreviate them: "TALLAHASSEE, Fla.", "Sen. Rand Paul, R-Ky.", "JASPER, Alta.", and the capital's district, "Washington, D.C.". */
const STATE_ABBREVIATIONS = new Set(
  `Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa
  Tenn Vt Va Wash Wis Wyo N.H N.J N.M N.Y N.C N.D R.I S.C S.D W.Va D.C
  Alta B.C Man N.B N.L Nfld N.S Ont P.E.I Que Sask`.split(/\s+/),
);

/** Whether the lexicon knows a word as a verb in the present tense ("says", "interviews"). */
export function isPresentTenseVerb(word: string): boolean {
  return tagsOf(word).includes('PresentTense');
}

/**
 * Whether a word can be a verb in the past tense: known to the lexicon ("spoke") or regular
 * ("observed", which the lexicon lists as an adjective only).
 */
/** Irregular past tenses the lexicon misses or takes for nouns or adjectives first: "prices rose", "Labour lost", "she left", "they sought". */
const IRREGULAR_PAST_TENSES = new Set(['rose', 'lost', 'left', 'felt', 'found', 'bore', 'wound', 'sought', 'overtook', 'woke']);

export function isPastTenseVerb(word: string): boolean {
  return tagsOf(word).includes('PastTense') || /^\p{Ll}{3,}ed$/u.test(word) || IRREGULAR_PAST_TENSES.has(word);
}

/** Parties and armed movements by the names news gives them, which the lexicon takes for common words or does not know ("Labour won 412 seats", "held by Hamas"). */
const PARTY_NAMES = new Set(['Labour', 'Conservatives', 'Tories', 'Democrats', 'Republicans', 'Lib Dems', 'Liberal Democrats', 'Hamas', 'Hezbollah', 'Taliban', 'Houthis', 'Fatah', 'Boko Haram', 'al-Shabab']);
/** Messaging platforms news quotes from, which the lexicon takes for common words or does not know ("wrote on Telegram"). */
const PLATFORM_NAMES = new Set(['Telegram', 'WhatsApp', 'Weibo', 'WeChat', 'Bluesky']);

/** The lexicon's class of a whole multi-word name ("united states" is a country). */
export function classOfName(name: string): WordClass | undefined {
  if (nameClasses.has(name)) return nameClasses.get(name);
  const found = lookUpNameClass(name);
  nameClasses.set(name, found);
  return found;
}
const nameClasses = new Map<string, WordClass | undefined>();

function lookUpNameClass(name: string): WordClass | undefined {
  if (PARTY_NAMES.has(name) || PLATFORM_NAMES.has(name)) return 'organization';
  const entry = lexicon[name.toLowerCase()];
  if (entry === undefined) return undefined;
  for (const tag of Array.isArray(entry) ? entry : [entry]) {
    const known = TAG_CLASS[tag];
    if (known) return known;
  }
  return undefined;
}

const wordCount = (name: string) => name.split(' ').length;

/** Each country's names in ISO 3166, but those written inverted ("Korea, Republic of"), and the shortest of them. */
const ISO_COUNTRY_NAMES = Object.values(isoCountryNames.countries as Record<string, string | string[]>).map((names) => {
  const all = [names].flat().filter((name) => !/[,()]/.test(name));
  const short = all.filter((name) => !isAcronym(name)).sort((a, b) => wordCount(a) - wordCount(b))[0];
  return { all, short };
});

/** The one-word names of countries that ISO 3166 lists, in lower case, and "Laos", which it gives only in full. */
let countryWords: Set<string> | undefined;
const isoCountryWords = () => (countryWords ??= new Set([...ISO_COUNTRY_NAMES.flatMap(({ all }) => all), 'Laos'].filter((name) => !name.includes(' ')).map((name) => name.toLowerCase())));

/** Whether a word is a country's one-word name in ISO 3166 ("Jordan", "Chad"), whatever else the lexicon knows it as. */
export const isCountryWord = (word: string) => isoCountryWords().has(word.toLowerCase());

/**
 * A country's longer and abbreviated English names, each with the short name it goes by, from the
 * ISO 3166 names `i18n-iso-countries` lists: "Russian Federation" → "Russia", "Republic of Korea"
 * → "South Korea", "USA" → "United States". Names as short as the short name are left as written
 * ("Turkey" and "Türkiye"), and a short name two countries share ("Congo") stands for neither.
 */
/** The short name of every country ISO 3166 lists: "North Korea", "Russia". */
export const COUNTRY_SHORT_NAMES_ALL: ReadonlySet<string> = new Set(ISO_COUNTRY_NAMES.flatMap(({ short }) => (short === undefined ? [] : [short])));
export const COUNTRY_SHORT_NAMES: ReadonlyMap<string, string> = (() => {
  const shared = new Set(ISO_COUNTRY_NAMES.map(({ short }) => short).filter((short, index, shorts) => shorts.indexOf(short) !== index));
  return new Map(ISO_COUNTRY_NAMES.flatMap(({ all, short }) => (short === undefined || shared.has(short) ? [] : all
    .filter((name) => isAcronym(name) || wordCount(name) > wordCount(short))
    .map((name): [string, string] => [name, short]))));
})();

/** The endings of a site's address, as a sign-off or a name gives it: "Rappler.com", "Politico.eu". */
export const SITE_ADDRESS_ENDING = String.raw`\.(?:com|org|net|news|eu|co\.uk|com\.au|ph|in)`;
