/**
 * What kind of entity a name is: a person, an organisation, a place or another named thing, from
 * the lexicon, the name's shape and what the text says around it ("localist group Civic Passion",
 * "said Mauer", "the 1969 film Easy Rider").
 */
import type { EntityType, Mention } from '../model.ts';
import { classOf, classOfName, COUNTRY_SHORT_NAMES, COUNTRY_SHORT_NAMES_ALL, EVENT_WORDS, FACILITY_HEADS, isAcronym, isAnonymisedName, isCountry, isCountryWord, SITE_ADDRESS_ENDING, isEnglishWord, isEponymousDisease, isFestival, isFirstNameToo, isKnownDisease, isPastTenseVerb, isPresentTenseVerb, isRomanNumeral, isTeamName, isUsPostalCode, ORGANIZATION_HEADS, PARTY_MEMBERS, PLACE_HEADS, SHOP_HEADS, singularOf, STREET_HEADS } from './lexicon.ts';
import { CONNECTORS, DATELINE_PLACE, isIndexAt, isListedAt, NAME_PARTICLES, SHIP_PREFIXES, tokensOf, type Candidate } from './names.ts';
import { inQuotedTitle } from './works.ts';

/** A name found in the text, typed; `guessed` when nothing showed its type. */
export interface Found {
  candidate: Candidate;
  name: string;
  type: EntityType;
  guessed?: boolean;
}

/**
 * A question about a name in a text, answered once for the last text: the rules ask it again for
 * every mention, and each answer reads the whole text.
 */
function perText<T>(answer: (text: string, name: string) => T): (text: string, name: string) => T {
  let memo: { text: string; answers: Map<string, T> } | undefined;
  return (text, name) => {
    if (memo?.text !== text) memo = { text, answers: new Map() };
    if (!memo.answers.has(name)) memo.answers.set(name, answer(text, name));
    return memo.answers.get(name)!;
  };
}

const NAMED_COUNTRIES: [string, string][] = [
  ...COUNTRY_SHORT_NAMES,
  // News writes "America" for the United States; the continents have names of two words.
  ['America', 'United States'], ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'],
  // Names that ISO's, written "Korea, Democratic People's Republic of", do not give.
  ['DPRK', 'North Korea'], ['ROK', 'South Korea'], ['PRC', 'China'], ['Burma', 'Myanmar'], ['Lao People\'s Democratic Republic', 'Laos'], ['Türkiye', 'Turkey'], ['Turkiye', 'Turkey'],
  ['EU', 'European Union'], ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['USSR', 'Soviet Union'],
  // Headlines shorten a compass point: "N. Korea", "S. Africa".
  ...[...COUNTRY_SHORT_NAMES_ALL].flatMap((country): [string, string][] => (/^(?:North|South|East|West) \S+$/.test(country) ? [[`${country[0]}. ${country.split(' ').slice(1).join(' ')}`, country]] : [])),
];
/**
 * Other names of countries, and of the UN and the EU, with the name each goes by ("US" → "United
 * States"); initials also without their last stop, which a tokeniser may split off ("the U.S .").
 */
export const COUNTRY_ALIASES = new Map(NAMED_COUNTRIES.flatMap(([name, country]): [string, string][] =>
  (name.endsWith('.') && isAcronym(name) ? [[name, country], [name.slice(0, -1), country]] : [[name, country]])));
export const COUNTRY_NAMES = new Set(COUNTRY_ALIASES.values());
/** The UN and the EU are bodies; the others are countries. */
const countryType = (country: string): EntityType => (country === 'United Nations' || country === 'European Union' ? 'organization' : 'place');
/** Whether letters in brackets spell the words before them, some in lower case: a term's acronym. */
function isTermsAcronym(text: string, start: number, letters: string): boolean {
  if (text[start - 1] !== '(' || text[start + letters.length] !== ')') return false;
  const words = text.slice(Math.max(0, start - 100), start - 1).trim().split(/[\s-]+/).slice(-letters.length);
  return words.length === letters.length && words.every((word, index) => word[0]?.toUpperCase() === letters[index]) && words.some((word) => /^\p{Ll}/u.test(word));
}

/** A reading list's author opening the line, surname first: "Austen, Jane. ". */
const READING_LIST_AUTHOR_BEFORE = /^\p{Lu}\p{Ll}[\p{L}'’-]*, (\p{Lu}\p{Ll}+)\.\s/u;
/** Someone a town is home to, after its name: "a 34-year-old Brandon man". */
const HOMETOWN_PERSON_AFTER = /^\s+(?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|native|couple)\b/;
/** A body's officer after its name: "Quora CEO Adam D'Angelo", "Tesla boss Elon Musk", "Hamas leader", "Comscore senior media analyst", "Zorbex vice president Kevin Keith". */
const COMPANY_TITLE_AFTER = /^\s+(?:(?:senior|chief|lead|principal|global)\s+)?(?:(?:media|markets?|equity|research|investment|credit|political|industry|technology|energy|economic|data)\s+)?(?:CEO|CFO|COO|CTO|chief|(?:senior |executive )?vice president|general counsel|chairman|chairwoman|founder|co-founder|boss|manager|coach|captain|owner|leader|analysts?|economists?|strategists?)\b/i;
/** A company's shares, before or after its name, or its takeover: "shares in Apple", "invest up to $4bn in Anthropic", "Nvidia's stock", "the takeover of Credit Suisse". */
const SHARES_BEFORE = /\b(?:shares|stock|stake|invest(?:s|ed|ing|ments?)?)\b[^.!?]{0,30}?\s(?:in|of)\s+$|\b(?:takeover|acquisition|buyout|merger)\s+(?:of|with)\s+$/i;
const SHARES_AFTER = /^(?:['’]s)?\s+(?:shares|stock|share price|stock price|market value)\b/;
/** Names listed so far at a clause's opening: "", "Rio Tinto, ", "Rio Tinto, Anglo American and ". */
const LIST_OPENING = /^\s*(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}(?:,|\s+and|\s+or)\s+)*$/u;
/** A listed company's move, perhaps at a list's end: "Rio Tinto, Anglo American and Glencore rose between 3% and 5%". */
const MOVED_AFTER = /^(?:(?:,|\s+and|\s+or)\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2}){0,4}\s+(?:rose|fell|gained|lost|slipped|climbed|dropped|jumped|surged|tumbled|slumped|soared|sank|added|shed)\b[^.!?%]{0,30}?\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)/u;
/** A company's officers or owners, after its possessive: "Amazon's boss", "Tesla's chief executive", "Nvidia's shareholders". */
const COMPANY_OWNED_AFTER = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:boss|ceo|chief executive|founder|co-founder|chairman|chairwoman|shareholders|investors|board)\b/iu;
/** A speech verb right after a name: a building's name that speaks is the body in it; a surname alone that speaks is a name. */
export const SPEAKS_AFTER = /^\s+(?:said|says|wrote|writes|told|tells|added|posted|tweeted|announced|confirmed|denied|reported|reports|warned|warns)\b/;
/** What a body does to what it runs, as a modifier elsewhere in the text: "the Hamas-run health ministry", "Hamas-led gunmen". */
const modifiesAsBody = perText((text, name) => text.includes(`${name}-`) && new RegExp(String.raw`(?<![\p{L}-])${name}-(?:run|led|backed|controlled|affiliated|linked|funded|owned|aligned)\b`, 'u').test(text));
/** Whether a word ends a longer name anywhere in the text, as a surname does: "Amneh Jafari". */
export const endsLongerName = perText((text, word) => new RegExp(String.raw`\p{Lu}[\p{L}'’-]+ ${word}(?![\p{L}-])`, 'u').test(text));
/** A disease named after someone or somewhere, anywhere in the text: "Alzheimer's disease", "the Marburg virus", and a surname that names one with its possessive alone ("Alzheimer's"). */
const namesDisease = perText((text, name) => [`${name}'s `, `${name}’s `, `${name} virus`, `${name} fever`].some((written) => text.includes(written))
  && new RegExp(String.raw`(?<![\p{L}-])${name}(?:${isEponymousDisease(name) ? String.raw`['’]s\b` : String.raw`['’]s (?:disease|syndrome)| (?:virus|fever)\b`})`, 'u').test(text));
/** What an apposition calls a thing: "Leqembi, the Alzheimer's drug developed by Eisai". */
const THING_APPOSITION_AFTER = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:drug|vaccine|medicine|treatment|device|phone|smartphone|chip|app|feature|film|movie|documentary|drama|series|miniseries|sitcom|podcast|book|novel|album|song|game|chatbot|rocket|spacecraft|satellite|telescope|probe|aircraft|jet|missile|drone|ship|vessel|token|cryptocurrency|stablecoin|coin)\b(?![’'-])/u;
/** A vehicle one travels aboard: "aboard Air Force One", "aboard the Titanic". */
const ABOARD_BEFORE = /\baboard\s+(?:the\s+)?$/i;
/** An officer that only a company has: "CEO of Dotmatics" (a country has a president and a leader too). */
const COMPANY_OFFICER_OF_BEFORE = /\b(?:ceo|cfo|coo|cto|chief (?:executive|financial|operating|technology)(?: officer)?|founder|co-founder|chairman|chairwoman) of\s+$/i;
/** Who leads or belongs to a body, before its name: "the leader of France Unbowed", "members of the Free Democratic Party", "chairman of the Jeddah-based Gulf Research Center", "who leads Fine Gael". */
export const MEMBER_OF_BEFORE = /\b(?:(?:leader|leaders|leadership|founder|co-founder|ceo|chief executive(?: officer)?|members?|chairman|chairwoman|chair|director|head|president|fellow|spokes(?:man|woman|person)) of|who (?:leads|led|heads|headed|chairs|chaired|founded|co-founded))\s+(?:the\s+)?(?:[\p{L}-]+-based\s+)?$/iu;
/** Someone's post at a body, before its name: "head of European pharmaceuticals research at Barclays", "a geneticist at Harvard". */
const POST_AT_BEFORE = /\b(?:head|director|chief|officer|manager|analyst|economist|strategist|professor|lecturer|researcher|partner|fellow|president|chairman|chairwoman|\p{Ll}{3,}(?:ist|ian))\b[^,.;:()]{0,50}\bat\s+(?:the\s+)?$/u;
/** Those who work or worked at a body, before its name: "analysts at Morgan Stanley", "an economist with Capital Economics", "formerly of Meta". */
const STAFF_AT_BEFORE = /\b(?:(?:formerly|previously) (?:of|at|with)|(?:analysts?|economists?|strategists?|executives?|employees?|engineers?|staff|bankers?|traders?|lawyers?|partners?|cardiologists?|oncologists?|surgeons?|physicians?|doctors?|nurses?|epidemiologists?|professors?|researchers?|scientists?) (?:at|with|from)) (?:the )?$/i;
/** An officer after a body's name, perhaps with their brief: "the White House AI and crypto czar", "a Downing Street aide". */
const OFFICER_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}(?:czar|tsar|aides?|advisers?|advisors?|press secretary|chief of staff)\b/u;
/** The people a body employs or has, after its name: "a White House official", "Google engineers", "Wagner fighters". */
const STAFF_AFTER = /^\s+(?:officials?|employees?|staff|staffers?|engineers?|executives?|drivers?|riders?|team-?mates?|correspondents?|reporters?|researchers?|spokes(?:person|man|woman)|fighters|militants|gunmen|rebels|mercenaries|leadership|lawmakers?|legislators?|MPs?|commanders?)\b/;
/** Owned, run or made by the name: a body's, or a person's when the name is one ("owned by Rosneft", "developed by Eisai"). */
const OWNED_BY_BEFORE = /\b(?:owned|run|operated|controlled|developed|made|manufactured|produced|built|designed|supplied|distributed|sponsored|backed|funded|financed|compiled|published|commissioned|conducted)\s+by\s+(?:the\s+)?$/i;

/** Whether the text shows a name to be a company's where it stands: its shares ("Lilly's shares rose"), a stake in it, or what it funds or makes ("funded by Lilly"). */
export function showsCompany(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return SHARES_AFTER.test(text.slice(end, end + 30)) || SHARES_BEFORE.test(before) || OWNED_BY_BEFORE.test(before);
}
/** What a body does, in a clause after its name: "Bavarian Nordic, which makes an mpox vaccine". */
const BODY_CLAUSE_AFTER = /^,\s+which\s+(?:makes|made|produces|owns|acquired|acquires|bought|buys|runs|operates|employs|represents|sells|manufactures|publishes|builds|tracks|monitors|campaigns|lobbies|oversees|regulates|organi[sz]es|funds)\b/;
/** A name that speaks by statement or report: a body more often than someone the article never names in full ("Hamas said in a statement", "Human Rights Watch said in a report"). */
const STATEMENT_AFTER = /^\s+(?:said|says) in (?:a|an|its) (?:written |new |annual )?(?:statement|report|press release)\b/;
/** One word that speaks of itself as "it": a body ("Hezbollah said on Sunday it had fired rockets", "Hamas has said it wants"). */
export const SAID_IT_AFTER = /^\s+(?:(?:has|had|have)\s+)?(?:said|says|announced|claimed|confirmed|denied)\b(?:\s+(?:on|late|early)\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+it\s+(?:had|has|was|is|would|will|could|wants|plans|hopes|intends)\b/u;
const REPORTING_AFTER = /^[\s,]*(?:reported|reports|report|news agency|news (?=quoted|reported|said)|newspaper|agency|website|broadcaster)\b/i;
/** Where a study, a paper or a column appears: "published on Tuesday in Nature Climate Change", "published its findings in Nature", "wrote columnist Elena Martín in El País". */
const PUBLISHED_IN_BEFORE = /\bpublished\s+(?:(?:on|last|this)\s+\p{L}+\s+|\p{Lu}\p{Ll}+day\s+|(?:today|yesterday|online|recently)\s+|(?:its|their|the|his|her)\s+(?:\p{Ll}+\s+)?(?:findings|results|study|paper|research|work|analysis)\s+)?in\s+(?:the\s+)?(?:journal\s+)?$|\b(?:wrote|writes|writing)\b[^,.;:!?"“”]{0,40}\bin\s+(?:the\s+)?$/iu;
/** Who a report comes from: "according to Eurostat", "reported by Armenpress", "…, reports Xinhua". */
const SOURCE_BEFORE = /\b(?:according to|reported by)\s+(?:the\s+)?$|,\s*reports\s+$/i;
/** Told, asked or interviewed by the text: one that listens, an organisation when not a known person ("told Wikinews"). */
export const RECIPIENT_BEFORE = /\b(?:told|tells?|telling|informed|asked|contacted|interviewed|(?:spoke|speaking|talked|talking|said|wrote|writing) to|(?:an )?interview with)\s+(?:the\s+)?$/i;
/** Where words were posted: a platform, "wrote on Telegram", "posted on Weibo". */
const PLATFORM_BEFORE = /\b(?:wrote|writes|writing|posted|posts|posting|said|says|tweeted|announced|shared|published|streamed|statement|post|message|video|channel|account)(?:\s+(?:his|her|their|its|the|a|an)(?:\s+[\p{L}-]+){1,2})?\s+on\s+$/iu;
/** A sale or a gift to someone, before their name: "agreed to sell its ice cream unit to ", "handed the contract to ". */
const SOLD_TO_BEFORE = /\b(?:sell|sells|sold|selling|give|gives|gave|given|hand|hands|handed|transfer|transfers|transferred|license|licensed|award|awarded|lend|lent)\b[^.;:!?]{0,60}\bto\s+$/i;
const PLACE_BEFORE = /\b(?:in|at|near|from|to|into|across|outside|inside|towards?)\s+(?:the\s+)?$/i;
/** Last words of the names of things: awards, events, agreements, laws ("Nobel Peace Prize"). */
const THING_HEADS = new Set(['prize', 'gp', 'award', 'awards', 'medal', 'trophy', 'cup', 'games', 'olympics', 'paralympics', 'festival', 'championship', 'championships', 'slam', 'war', 'treaty', 'accord', 'accords', 'agreement', 'act', 'amendment', 'charter', 'protocol', 'doctrine', 'directive', 'summit', 'plan', 'index', 'fire', 'wildfire', 'election', 'elections', 'column', 'show', 'series', 'open', 'day', 'prix', 'marathon', 'tour', 'shield', 'test', 'final', 'finals']);
/** First words of place names: "Las Vegas", "San Diego", "North Carolina", "River Thames", "Piazza San Marco". */
export const PLACE_PREFIXES = new Set(['Las', 'Los', 'San', 'Santa', 'Saint', 'St', 'New', 'North', 'South', 'East', 'West', 'Upper', 'Lower', 'Port', 'Fort', 'Mount', 'Lake', 'Cape', 'El', 'Al', 'River', 'Loch', 'Isle', 'Piazza', 'Plaza', 'Praça', 'Rue', 'Calle', 'Avenida', 'Fondamenta']);
/**
 * A place's common noun or mayor after its name: "Santa Cruz island", "the Donetsk region", "Jasper
 * Mayor Richard Ireland"; a plural one after a list of them ("Nakuru, Uasin Gishu and Trans Nzoia counties"),
 * or a seat's named for places ("the Bridgnorth East and Astley Abbotts division").
 */
const SEAT = String.raw`(?:ward|constituency|electorate|division)\b`;
const LISTED = String.raw`(?:,|,?\s+and|,?\s+or)(?:\s+\p{Lu}[\p{L}'’-]*){1,3}`;
const PLACE_NOUN_AFTER = new RegExp(String.raw`^(?:\s+(?:island|islands|river|lake|mountains?|sea|ocean|bay|gulf|strait|valley|peninsula|desert|coast|county|province|region|oblast|district|prefecture|ward|constituency|electorate|[Mm]ayor)\b|(?:${LISTED})*\s+(?:counties|provinces|regions|oblasts|districts|prefectures|municipalities|parishes|islands|rivers|wards|constituencies)\b|(?:${LISTED})+\s+${SEAT})`, 'u');
/** The last place of a seat's name: "Astley Abbotts" in "the Bridgnorth East and Astley Abbotts division". */
const LAST_LISTED_BEFORE = /\p{Lu}[\p{L}'’-]*\s+and\s+$/u;
const SEAT_AFTER = new RegExp(String.raw`^\s+${SEAT}`);
/** What a method or a product is based on: "the first Crispr-based therapy". */
const BASED_THING_AFTER = /^-based\s+(?:therap(?:y|ies)|treatments?|drugs?|vaccines?|medicines?|approach|methods?|systems?|models?|platforms?|software|technolog(?:y|ies)|tools?|apps?|products?|diets?|tests?|testing|fuels?|editing)\b/u;
/** Where a body is based, its region perhaps between: "the Santa Clara, California-based company". */
const BASED_AFTER = /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?-based\b/u;
/** A place's common noun before its name, or its people's or its government's: "the village of Moulay Brahim", "the regional government of Andalusia". */
const PLACE_OF_BEFORE = /\b(?:city|cities|towns?|villages?|suburbs?|outskirts|regions?|provinces?|districts?|county|counties|islands?|states?|resorts?|ports?|(?:regional|provincial|state|local) governments?|people) of\s+(?:the\s+)?$/i;
/** Where something is, or where a correspondent reports from ("Hind Khoudary, reporting from Deir el-Balah"). */
/** A member's seat: "the MP for York Central", "TD for Dublin Bay South". */
const CONSTITUENCY_BEFORE = /\b(?:MPs?|MSPs?|MLAs?|MEPs?|TDs?|AMs?|MS|[Mm]ember of [Pp]arliament|[Mm]ember|[Rr]epresentative|[Cc]ongress(?:wo)?man|[Cc]andidate|[Cc]ouncillor) for\s+$/;
const IN_PLACE_BEFORE = /\b(?:in|at|near|(?:reporting|speaking|broadcasting) from)\s+(?:the\s+)?$/i;
/** Speaking right after the name, or "who" after it; "owns Facebook and Instagram, said" ends a clause instead. */
const PERSON_AFTER = /^(?:\s+(?:said|says|told|stated|added|tweeted|wrote|explained|noted|argued|asked|replied)|[\s,]*(?:who|whose|himself|herself)|\s+[a-z]+\s+(?:his|her))\b/i;
/**
 * What an apposition calls the name: "Unison, the UK's largest union" (not "Elon Musk, the
 * company's founder", nor "Mahmoud Basal, a spokesperson for the agency": a noun after a
 * preposition heads nothing; nor "Dan Holt, a former bank executive": a body's noun before
 * a person's describes that person).
 */
export const BODY_APPOSITION_AFTER = /^,\s+(?:the|a|an|\p{Lu}[\p{L}-]*['’]s)\s+(?:(?!(?:of|for|at|in|with|from|on|to|by)\s)[\p{L}'’-]+\s+){0,4}?(?:union|company|firm|party|group|charity|agency|organi[sz]ation|association|network|newspaper|broadcaster|bank|movement|start-?up|developer|maker|drugmaker|carmaker|automaker|chipmaker|planemaker|steelmaker|manufacturer|retailer|provider|supplier|operator|distributor|vendor|chain|utility|airline|lender|insurer|giant(?=\s*[,.;:)])|conglomerate|school|college|university|hospital|regulator|watchdog|authority|commission|tribunal|institute|ministry|department|lobby|federation|council|club|team|army|navy|air force|armed forces|military|platform|service|app|site|website|network|restaurant|café|cafe|pub|brewery|bakery|studio|publisher|label|store|shop|venture|subsidiary|unit|division|affiliate)\b(?![’'-])(?!\s+(?:executive|official|worker|employee|manager|director|analyst|economist|lawyer|boss|chief|spokes(?:man|woman|person)|founder|owner|staffer|insider|veteran|clerk|teller|reporter|journalist|correspondent|trader|investor)s?\b)/u;
/** A price benchmark's name before what it prices: "Brent crude", "Brent futures". */
const BENCHMARK_AFTER = /^\s+(?:crude|futures)\b/;
/** A station's medium after its name: "broadcast by Al-Manar television", not "a Fox TV show". */
const BROADCASTER_AFTER = /^\s+(?:television|TV|radio)\b(?!\s+(?:show|series|programme|program|drama|host|presenter|ad|advert|advertisement|debate|appearance|licen[cs]e|set|sets|rights)\b)/;
/** A chamber by its size: "the 460-seat Sejm", "the 300-member National Assembly". */
const SEATS_BEFORE = /\b\d+-(?:seat|member)\s+(?:\p{Ll}+\s+)?$/u;
/** Telling a body's programme: "told ITV's ", "speaking on CNN's ". */
const PROGRAMME_BEFORE = /\b(?:told|tells|telling|on|speaking to|in an interview with)\s+\p{Lu}[\p{L}&.-]*['’]s?\s+$/u;
/** Who quoted someone: "was quoted as saying by Ukrainska Pravda". */
const QUOTED_BY_BEFORE = /\bquoted\s+(?:as\s+saying\s+)?by\s+$/;
/** Who asked many or gathered data, a body unless a person's name says otherwise: "economists surveyed by Bloomberg", "data compiled by LSEG". */
const SURVEYED_BY_BEFORE = /\b(?:surveyed|polled|compiled)\s+by\s+$/;
/** A common noun for a body just before a name: "localist group Civic Passion", "search engine Bing", "the opposition Kuomintang". */
const BODY_BEFORE = /\b(?:(?:coalition partners?(?:\s+(?:in|from))?|maker|opposition|ruling|coalition|alliance|bloc|group|party|team|company|firm|band|magazine|newspaper|journal|website|channel|network|label|publisher|agency|charity|club|organi[sz]ation|movement|broadcaster|(?:radio|television|TV|news) station|publication|exchange|start-?up|developer|manufacturer|brand|retailer|airline|carrier|engine|outlet|union|society|orchestra|choir|subsidiary|lender|insurer|bank|automaker|carmaker|chipmaker|miner|conglomerate|supplier|contractor|operator|service|school|consultancy|think tank)|(?:group|firm|band|magazine|newspaper|website|network|club|broadcaster|brand|retailer|airline|union|lender|insurer|bank|automaker|carmaker|chipmaker|school)s|companies|parties|agencies|charities)\s+$/;
/**
 * The same noun before a name in apposition: "the Belarusian national airline, Belavia" (not "a
 * spokeswoman for the airline, Martina Schmidt", where the name is the role's).
 */
const BODY_APPOSITION_BEFORE = /(?<!\b(?:spokes(?:man|woman|person)|head|chief|director|official|member|executive|founder|chairman|chairwoman|president|boss|lawyer|representative)\s+(?:for|of|at|with|from)\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3})\b(?:company|firm|airline|carrier|group|party|union|charity|agency|broadcaster|newspaper|bank|lender|insurer|retailer|manufacturer|maker|developer|regulator|watchdog|institute|foundation|association|federation|council|commission|authority|ministry|university|college|school|academy|hospital|network|broadcaster|publisher|studio|club),\s+$/u;
/** The same common noun after a name with "the": "the Verdi union", "the Wagner group". */
const BODY_AFTER = /^(?:\s+\([^()\n]{1,12}\))?\s+(?:[\p{Ll}-]+\s+)?(?:group|party|company|firm|band|magazine|newspaper|network|agency|charity|club|movement|broadcaster|airline|carrier|union|militia|coalition|alliance|bank|summit|institute|foundation|regulator|website|outlet|channel|publication|project)\b/u;
/** What may open the phrase of "the Verdi union": an article or a possessive, perhaps with an adjective ("Russia’s Wagner mercenary group", "the conservative Les Républicains party"). */
const BODY_AFTER_OPENER = /(?:\b(?:the|a|an|its|their|his|her|whose)|['’]s)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** A lower-case occupation just before a name: "fashion designer Halston", "striker Lukaku". */
const OCCUPATIONS = 'designer|artist|musician|singer|actor|actress|writer|author|novelist|poet|photographer|filmmaker|producer|player|striker|midfielder|defender|goalkeeper|coach|politician|lawmaker|activist|scientist|researcher|curator|composer|rapper|comedian|journalist|columnist|entrepreneur|businessman|businesswoman|billionaire|chef|athlete|pastor|priest|rabbi|imam|blogger|magician|cosplayer|biologist|economist|historian|lawyer|star|presenter|broadcaster';
/** Kin before a name: "his son Imran", "her sister Joan". */
export const KIN = 'son|daughter|wife|husband|brother|sister|mother|father|uncle|aunt|nephew|niece|cousin|grandson|granddaughter|grandmother|grandfather|widow|widower|fiancée?|girlfriend|boyfriend';
/** A relative's kin word before a name set apart by commas: "Her father, Tom,", "his wife, Mary,". */
export const KIN_APPOSED_BEFORE = new RegExp(String.raw`\b(?:her|his|their|my|our|whose)\s+(?:(?:late|eldest|youngest|older|younger|twin)\s+)?(?:${KIN}|partner|children|sons|daughters|grandchildren|parents|siblings|brothers|sisters),\s+$`, 'i');
/** A word naming what a person does: "poet", "designer". */
const OCCUPATION = new RegExp(String.raw`^(?:${OCCUPATIONS})$`, 'i');
export const isOccupation = (word: string) => OCCUPATION.test(word);
/** A role in lower case right before a name, as an occupation or a title: "fashion designer Halston", "police spokesman Nafiu Abubakar". */
const ROLE_BEFORE = new RegExp(String.raw`\b(?:${OCCUPATIONS}|${KIN}|spokes(?:man|woman|person)|(?:minister|president|secretar(?:y|ie)|governor|mayor|senator|ambassador)s?|chairman|chairwoman)\s+$`);
/** A role the name is in apposition to: "Wellington's current mayor, Tory Whanau, has said". */
/** A role that speaks after a comma is a clause's subject, not the name's apposition: ", the mayor said". */
const ROLE_SPEAKS_AFTER = /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,3}?(?:said|says|told|tells|added|explained|insisted|argued|warned)\b/u;
const PERSON_APPOSITION_BEFORE = /\b(?:mayor|minister|president|premier|chancellor|spokes(?:man|woman|person)|director|leader|secretary|governor|candidate|chairman|chairwoman|ambassador|envoy|founder|editor|wife|husband|son|daughter|mother|father|brother|sister),\s+$/;
/**
 * A person's description after a comma: an age, a role or an occupation ("Maria Gonzalez, 64,",
 * "Washington Tapia, director of …", "Adalgisa Caccone, a biologist at Yale", "López Obrador,
 * Sheinbaum's predecessor").
 */
const PERSON_APPOSITION_AFTER = new RegExp(String.raw`^,\s+(?:\d{1,3},|(?:the\s+|a\s+|an\s+|\p{Lu}[\p{L}-]*['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:${OCCUPATIONS}|${KIN}|predecessor|successor|deputy|mentor|adviser|advisor|aide|director|chief|head|founder|spokes(?:man|woman|person)|chair(?:man|woman)?|professor|lecturer|president|minister|secretary|governor|mayor|senator|ambassador)\b(?!-))`, 'u');
/** A common noun for a work, a product or a craft around a name: "the 1969 film Easy Rider", "Internet Explorer 6 browser"; a brand it is "sold as". */
const THING_WORDS = 'film|movie|documentary|book|novel|album|song|single|play|musical|opera|sitcom|game|app|browser|software|painting|system|platform|ship|vessel|barge|tanker|freighter|ferry|yacht|vehicle|submarine|submersible|robot|rover|probe|telescope|aircraft|missile|rocket|drone|spacecraft|satellite|car|chatbot|service|drug|vaccine|medicine|treatment|pill|jab|podcast|show|series|galaxy|asteroid|comet|nebula';
const THING_BEFORE = new RegExp(String.raw`\b(?:(?:${THING_WORDS})s?(?:,?\s+(?:called|named|titled|entitled))?(?:\s+The)?|code-?named|(?:sold|marketed|branded) as|(?:brand|trade|product) name)\s+$`);
/** The same noun with the name as its apposition: "Her book, Saving Us, was published". */
const THING_APPOSITION_BEFORE = new RegExp(String.raw`\b(?:${THING_WORDS}),\s+$`);
/** Words that make a country's part of it: "Northern Ireland", "Inner Mongolia". */
const COUNTRY_PART_WORDS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Inner|Outer|Greater)$/;
/** Grades that end a product's name and no one's. */
const GRADE_WORDS = new Set(['Ultra', 'Pro', 'Plus', 'Mini', 'Lite']);
/** Words of a product's model, which a model's number follows or goes before: "Apple Watch Series 11", "iPhone 17 Pro Max". */
export const MODEL_WORDS = new Set(['Series', 'Pro', 'Max', 'Ultra', 'Plus', 'Mini', 'Nano', 'Lite', 'Turbo', 'Large', 'Small', 'Medium', 'Mark', 'Gen', 'Edition', 'Air']);
/**
 * A model's number after a thing's name, not a count of something: "iPhone 17e", "Falcon 9", "Windows
 * 11", "Falcon 9 was" (but "737 jets").
 */
export const MODEL_NUMBER_AFTER = /^ \d{1,3}(?:\.\d{1,2})?[a-z]{0,2}\b(?![.,:/]?\d|\s*(?:%|per\s?cent|percent|(?!(?:was|has|is|does)\b)[a-z]+s\b|million|billion))/;
/** A weapon's kind after its name, or after a list it opens: "HIMARS launchers", "Patriot batteries", "ATACMS and Storm Shadow missiles". */
const WEAPON_AFTER = /^(?:(?:,|\s+and|\s+or)(?:\s+\p{Lu}[\p{L}-]*){1,3})?\s+(?:(?:rocket|missile|air defen[cs]e|ballistic|cruise)\s+)?(?:launchers?|batteries|battery|missiles?|rockets?|drones?)\b/u;
/** A thing's kind after its name: "Internet Explorer 6 browser", "the Oreshnik hypersonic missile", "Shahed attack drones". */
const THING_AFTER = /^(?:\s+\d+)?(?:\s+\([^)]*\))?\s+(?:(?:hypersonic|ballistic|cruise|tactical|nuclear|supersonic|intercontinental|anti-ship|anti-tank|anti-aircraft|surface-to-air|attack|kamikaze|reconnaissance|stealth|fighter|multiple)\s+(?:rocket\s+)?(?:missiles?|drones?|launchers?|systems?|jets?|aircraft|bombers?|submarines?)|(?:(?:air|missile|satellite|weapons?|defen[cs]e|navigation|operating)\s+){0,2}system|browser|software|app|operating system|video game|game|film|movie|album|(?:advice )?column|exhibit|exhibition|orbiter|rockets?|boosters?|missiles?|drones?|capsule|culture|civili[sz]ation|dynasty|landers?|rovers?|probes?|telescopes?|spacecraft|satellites?|mission|program|programme|assistant|chatbot|platform|(?:cloud|streaming|messaging|payments?|video|music|social media) (?:platform|service|app)|chips?|processors?|handsets?|(?:humanoid )?robots?|robotaxis?|(?:smart)?phones?|tablets?|laptops?|consoles?|headsets?|tools?|(?:share |stock )?(?:average|index))\b/;
/** A player's score in a bracketed list of them: "(Kohli 121*, Gill 74, Starc 2-58)", "(Smith 24, Jones 18)". */
const SCORE = String.raw`\d{1,3}\*?(?:-\d{1,3})?`;
const SCORER = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? ${SCORE}`;
const SCORERS_BEFORE = new RegExp(String.raw`\((?:${SCORER}, )*$`, 'u');
const SCORERS_AFTER = new RegExp(String.raw`^ ${SCORE}(?:, ${SCORER})*\)`, 'u');
/** A number right after a name, not a score nor a bowler's figures ("Mark Wood 1 for 70"): a version, a model or an edition ("Internet Explorer 6", "Vostok 1"). */
const VERSION_AFTER = /^ \d{1,4}[A-Za-z]?\b(?!\s*[-–:,]\s*\d|\s+for\s+\d)/;
/** Words of a craft's name: "Space Shuttle Atlantis", "Shuttle Endeavour". */
const CRAFT_WORDS = new Set(['shuttle', 'orbiter', 'rocket', 'spacecraft', 'satellite', 'missile', 'telescope', 'spectrograph', 'spectrometer', 'rover', 'lander']);
/** A possessive (a plural's too) followed by a person's name: "Demosisto's Nathan Law", "Wolves' Joao Gomes". */
const MEMBER_AFTER = /^\s?['’]s?\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u;
/** Someone named in full, and perhaps their age, before "of": "Charles Leclerc of Ferrari", "Dale Hensley, 67, of Fletcher". */
const PERSON_OF_BEFORE = /\b(\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+(, \d{1,3},)? of $/u;
/** An age before a name: "67-year-old Dale Hensley of". */
const AGED_BEFORE = /\b(?:\d+|\p{L}+)-year-old \p{Lu}[\p{L}'’ -]*$/u;
/** What follows a dateline's place in capitals at a line's start: "SYDNEY, Australia (AP) —", "TOKYO (Reuters) -", "OUAGADOUGOU, June 3 (Reuters) -". */
const AGENCY_IN_DATELINE = new RegExp(String.raw`^${DATELINE_PLACE}(?:,[^\n()]{1,30})? \($`, 'u');
/** The first of a dateline's two places, before the second: "NEW YORK/". */
const FIRST_DATELINE_PLACE = new RegExp(String.raw`^${DATELINE_PLACE}\/$`, 'u');
/** What follows a dateline's place: its state, a date and the agency, then a dash ("FORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE) — "). */
const DATELINE_AFTER = /^(?:,(?: \p{Lu}[\p{L}.]*)+){0,2}(?: \d{1,2}(?:, \d{4})?)?(?: \([^)\n]+\))? [—–-] /u;
/** Where a sentence's or a headline's subject opens: "Faith No More plan", "ISL 7: East Bengal have". */
const SUBJECT_OPENING_BEFORE = /(?:^|[.!?:]\s+|\n)(?:The\s+)?$/;
/** A verb in the plural, which no one person takes. */
const GROUP_VERB_AFTER = /^ (?:are|were|have|plan|want|hope)\b/;
/** A speech verb before the name ("…, said Mauer") or a picture's credit ("Image: Snbehnke"): a person. */
const PERSON_BEFORE = /(?:\b(?:said|says|added|asked|wrote|explained)|\b(?:image|photo|picture|video|audio)s?:)\s+$/i;
/** Words that may follow the head of a noun phrase. */
const AFTER_HEAD = /^(?:\s*(?:[,.;:!?()'"’”]|$)|\s+(?:of|in|at|on|to|for|with|by|from|and|or|that|which|who|as|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b)/;

/** Whether a name heads its phrase, rather than qualifying a noun after it ("the O.J. Simpson trial"). */
function headsPhrase(after: string): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return AFTER_HEAD.test(after.slice(0, 12)) || (next !== undefined && (isPresentTenseVerb(next) || isPastTenseVerb(next)));
}

/** "The" before a name that heads its phrase makes no person's name: "the Warhol Polaroids were". */
const namesWithThe = (before: string, after: string) => /\bthe\s+$/i.test(before) && headsPhrase(after);

/**
 * An article or a number before a name that heads its phrase: a thing counted, "a Polaroid", "100
 * Polaroids", "a Tax System that …", no one's name.
 */
// On the same line: a date line's year is no count ("14 March 2024\n\nLufthansa cancelled …").
const COUNTED_BEFORE = /(?:^|[^\p{L}\p{N},.])(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|several|many|these|those)[^\S\n]+$/iu;
const isCounted = (before: string, after: string) => COUNTED_BEFORE.test(before) && headsPhrase(after);

/**
 * A name the article also writes in the plural, or in the singular, is of a thing counted: "the
 * Polaroids" and "a Polaroid camera". People and places the lexicon knows are left alone ("the Kennedys").
 */
function isCountedElsewhere(word: string, text: string): boolean {
  // The text's words are gathered once: a lookup for every name would read the whole text each time.
  if (wordsOfText?.text !== text) wordsOfText = { text, words: new Set(text.match(/\p{L}+/gu)) };
  const { words } = wordsOfText;
  const singular = word.endsWith('es') && words.has(word.slice(0, -2)) ? word.slice(0, -2) : word.endsWith('s') ? word.slice(0, -1) : word;
  if (singular.length < 3 || classOf(singular) !== undefined || !/^\p{Lu}\p{Ll}+$/u.test(singular)) return false;
  // Whole words, accented letters included ("Cortés" is no plural of "Corté").
  return words.has(singular) && (words.has(`${singular}s`) || words.has(`${singular}es`));
}
let wordsOfText: { text: string; words: Set<string> } | undefined;

/** A government or an era named after its leader: "the Monti government", "the Blair years", "the Biden-era Justice Department". */
const LEADER_OF_AFTER = /^(?:\s+|-)(?:government|administration|cabinet|presidency|premiership|era|years)\b/;
/** The shape of a party's adjective, which names a government too: "the Conservative government". */
const PARTY_ADJECTIVE = /(?:ive|ist|al|ic|an)$/;
/** Forms of be and have, which places take as readily as anyone ("Bakhmut was taken"). */
const REGION_MEMBERS = new Set(['states', 'countries', 'nations', 'capitals', 'monarchies', 'neighbours', 'neighbors']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);
const hyphenatedCode = (word: string) => /^[\p{Lu}][\p{L}]*-[\p{Lu}\d][\p{Lu}\d]*$/u.test(word) || /^\p{Lu}+-?\d+[\p{Lu}]?$/u.test(word);

/** A country's name in a match report is its team: "Sweden faced South Korea", "Belgium 3 – 0 Panama". */
const TEAM_AFTER = /^\s+\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)|^(?:,\s+who)?\s+(?:\d+\s*[–-]\s*\d+|faced|faces|beat|beats|defeated|defeats|drew|draws|lost|won|wins|winning|scored|scores|host|hosts|travel|travelled|had (?:higher |greater |more )?(?:ball )?possession|(?:are|is|stay|stays|remain|remains|sit|sits|went|go|move|moved|climb|climbed|drop|dropped) (?:top|bottom|first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)))\b|^(?:['’]s)?\s+(?:defender|striker|midfielder|forward|goalkeeper|winger|manager|head coach|coach|boss|captain|players?|fans|supporters|squad)\b/i;
const TEAM_BEFORE = /(?:\d+\s*[–-]\s*\d+(?:\s+(?:(?:home |away )?(?:win|victory|defeat|loss|draw)\s+)?(?:at|against|to|with|over)(?: home to)?)?|\b(?:against|vs\.?|versus|faced|beat|defeated|drew with|lost to|host|hosts|play|plays|face|faces))\s+$/i;
/** Words after a place that make its name a club's. */
const CLUB_WORDS = new Set(['United', 'Utd', 'Rovers', 'Wanderers', 'Albion', 'Athletic', 'Hotspur']);
/** Where a side travels in a match report: a club for a name of several words ("travel to Bayern Munich"), a place for a city or a country. */
/** "in" before a list of names, up to its last: "in Cagayan and ", "in Cagayan, Apayao or ". */
const IN_LIST_BEFORE = /\bin\s+(?:\p{Lu}[\p{L}'’-]*,\s+){0,4}\p{Lu}[\p{L}'’-]*,?\s+(?:and|or)\s+$/u;
const TRAVEL_TO_BEFORE = /\b(?:travel|travels|travelled|traveled) to\s+$/i;

/**
 * A score after a name, or after the side it beat: a team ("Inter Miami beat Philadelphia Union
 * 4-1"). Scores of sets one after another are a player's ("beating Daniil Medvedev 6-3 7-6"), and so is a set's tie-break ("7-6 (7-4) 7-5").
 */
const TEAM_SCORE = String.raw`(?:\d+\s*[–-]\s*\d+|\(?\d{1,2}:\d\)?)\b(?!\s*\(\d+\s*[–-]\s*\d+\)|\s+\d+\s*[–-]\s*\d)`;
const SCORE_AFTER = new RegExp(String.raw`^\s+(?:${TEAM_SCORE}|(?:beat|beats|defeated|defeats|drew with|draws with|lost to|loses to|edged|thrashed|routed)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}${TEAM_SCORE})`, 'u');

/** Words of a match report; a war report has "faced" and "won" too, but not these. */
const SPORT_WORDS = /\b(?:match|matches|goal|goals|scored|penalty|stadium|tournament|World Cup|league|championship|striker|midfielder|defender|winger|goalkeeper|referee|kick-off|half-time|stoppage time|offside|hat-trick|head coach|season|touchdowns?|field goals?|quarterback|innings|home runs?|rebounds|assists|three-pointers?|free throws?|playoffs?|winning streak|NBA|NFL|NHL|MLB|wickets?)\b/gi;
let lastSportCheck: { text: string; sport: boolean } | undefined;

function isMatchReport(text: string): boolean {
  if (lastSportCheck?.text !== text) lastSportCheck = { text, sport: (text.match(SPORT_WORDS)?.length ?? 0) >= 3 };
  return lastSportCheck.sport;
}

/**
 * Whether a match report names this country as a team anywhere ("Belgium 3 – 0 Panama"): then it
 * is the team throughout the report, "Belgium's second goal" as much as "Belgium faced Panama".
 */
export const namedAsTeam = perText((text, name) => {
  if (!isMatchReport(text)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + 50);
    if (TEAM_AFTER.test(after) || TEAM_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return true;
    // "Brighton's Carlos Baleba", "Wolves' Joao Gomes": a club's player (not a country's: "Spain's Carlos Alcaraz").
    const owned = MEMBER_AFTER.exec(after)?.[1];
    if (owned && classOf(owned) === 'first-name' && !isCountry(name)) return true;
  }
  return false;
});

/** A body's officer named after it: "Arsenal manager Mikel Arteta", "City boss Pep Guardiola", "Te Pāti Māori co-leader Rawiri Waititi". */
export const ROLE_AND_NAME_AFTER = /^\s+(?:manager|boss|coach|head coach|chief|(?:co-)?leader|chairman|chairwoman|captain|owner)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/** Whom a name beats, their first word captured: "beat Carlos Alcaraz". */
const BEATEN_AFTER = /^\s+(?:beat|beats|defeated|defeats|edged|overcame|outlasted|thrashed|stunned|upset)\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u;
/** Names listed before "parties" are the parties': "the Liberal and National parties". */
export const PARTIES_AFTER = /^(?:,\s+\p{Lu}[\p{L}-]*)*(?:,?\s+and\s+\p{Lu}[\p{L}-]*)?\s+parties\b/u;
/** Words after a town's name that make a club's in a sports report, and may make a town's elsewhere: "Ipswich Town", "Plymouth Argyle". */
const TOWN_CLUB_WORDS = new Set(['Town', 'Rangers', 'Villa', 'Argyle', 'Orient']);

/** The type the name or its context shows, or null when nothing does. */
const SITE_ADDRESS = new RegExp(String.raw`\p{L}${SITE_ADDRESS_ENDING}$`, 'u');
/** Someone's name of two words, its first captured, and an opening bracket: "Charles Leclerc (". */
const PERSONS_NAME_BRACKETED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}[\p{L}'’-]*\s+\($/u;

/** Stems of medicines' international non-proprietary names. */
const DRUG_STEM = /^\p{Lu}\p{Ll}{3,}(?:vir|mab|tinib|ciclib|glutide|patide|pril|sartan|olol|statin|mycin|cillin|floxacin|prazole|dipine|parin|oxetine|denafil|tadine|lukast|gliptin|gliflozin|formin)$/u;

/** Last words of a market's index: "Nasdaq Composite", "Dow Jones Industrial Average". */
const INDEX_HEADS = new Set(['composite', 'index', 'average']);

const PRODUCTS_LISTED_BEFORE = /\b(?:models|chips|processors|drugs|medicines|vaccines|films|movies|albums|novels|books)\s*,?\s+(?:including|such as)\s+(?:the\s+)?$/i;

/** A team's line-up, surnames after its name and a colon, set apart by commas and semicolons: "England: Steward; Freeman, Lawrence, …". */
const LINE_UP = /^[^:\n]{2,40}:(?:\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?: \((?:capt|c|gk|wk)\))?\s*[;,.]){7,}/u;
/** Whether the offset lies in a line-up, after its colon. */
function inLineUp(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const colon = text.indexOf(':', lineStart);
  const lineEnd = text.indexOf('\n', offset);
  return colon >= 0 && colon < offset && LINE_UP.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
}

function typeFromEvidence(candidate: Candidate, name: string, text: string): EntityType | null {
  const words = candidate.tokens.map((token) => token.word);
  // Places joined by a hyphen name a region: "Dallas-Fort Worth", "Minneapolis-St. Paul".
  const hyphenedPlaces = words.length > 1 && (/^\p{Lu}\p{Ll}+-(?:St\.|Saint|Fort)$/u.test(words[0]!) || (words[0]!.includes('-') && knownPlace(words[0]!.split('-')[0]!)?.type === 'place'));
  if (hyphenedPlaces && !isMatchReport(text)) return 'place';
  // A numbered conference of the parties is a meeting, whatever it does: "Cop30 ends with deal", "the COP29 summit".
  if (words.length === 1 && /^(?:COP|Cop)\d{1,2}$/.test(name)) return 'misc';
  // A name a capital "To" opens within a sentence is someone's: "party chief To Lam".
  if (words.length === 2 && words[0] === 'To') return 'person';
  // A player in a line-up, whatever else the name may be: "Jordan" in "New Zealand: Jordan; Reece, …".
  if (words.length <= 3 && inLineUp(text, candidate.start)) return 'person';
  const lastWord = words[words.length - 1]!.toLowerCase();
  const known = classOfName(name);
  // A club named for its town in a sports report, no place of that name: "Ipswich Town", "Plymouth Argyle";
  // a team's nickname in the plural: "the Cherries", "the Gunners".
  if (words.length === 2 && TOWN_CLUB_WORDS.has(words[1]!) && knownPlace(words[0]!)?.type === 'place' && known !== 'place' && isMatchReport(text)) return 'organization';
  if (words.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(name) && isEnglishWord(name) && /\bthe\s+$/.test(text.slice(Math.max(0, candidate.start - 4), candidate.start)) && isMatchReport(text)) return 'organization';
  // A work's title in quote marks, whatever names it holds: “Night Flower”, “The Kingdom: Exodus”.
  // (A one-word name opening a title "on" its subject is its author's: “Scarne on Card Tricks”.)
  const authorOfTitle = words.length === 1 && /[“"‘]$/.test(text.slice(candidate.start - 1, candidate.start)) && /^ on \p{Lu}/u.test(text.slice(candidate.end, candidate.end + 5));
  if (known === undefined && !isCountryWord(name) && !COUNTRY_ALIASES.has(name) && !authorOfTitle && inQuotedTitle(text, candidate.start, candidate.end)) return 'misc';
  // Letters joined by "&" are a firm's ("AT&T", "M&S"), or an index's before its number ("S&P 500").
  if (words.length === 1 && name.includes('&') && !/^ \d/.test(text.slice(candidate.end, candidate.end + 2))) return 'organization';
  // A list of products or works opened by their kind: "models, including Mistral Large 2 and Codestral".
  if (PRODUCTS_LISTED_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start))) return 'misc';
  if (/^\p{Lu}\p{L}+ (Federation|Republic)$/u.test(name) && classOf(words[0]!) === 'demonym') return 'place';
  // "G7", "G20": a group of countries; a site by its address is its publisher: "Rappler.com", "Politico.eu".
  if (/^G\d{1,2}$/.test(name) || (words.length === 1 && SITE_ADDRESS.test(name))) return 'organization';
  // A term's letters in brackets after it, the term in lower case: "Marburg virus disease (MVD)".
  if (words.length === 1 && isAcronym(name) && isTermsAcronym(text, candidate.start, name)) return 'misc';
  // A reading list's author, surname first ("London, Jack"), and the work after it ("White Fang").
  if (/^\p{Lu}[\p{L}'’-]+, \p{Lu}\p{Ll}+$/u.test(name) && classOf(words[1]!) === 'first-name') return 'person';
  const author = READING_LIST_AUTHOR_BEFORE.exec(text.slice(text.lastIndexOf('\n', candidate.start) + 1, candidate.start));
  if (author && classOf(author[1]!) === 'first-name') return 'misc';
  // A ticker outweighs a place's name: "Amazon.com (AMZN.O)"; an index's code names an index ("DAX (.GDAXI)").
  if (isListedAt(text, candidate.end)) return isIndexAt(text, candidate.end) ? 'misc' : 'organization';
  // A country's acronym or the name it stands for ("USSR", "Soviet Union"); the UN and the EU are bodies.
  const country = COUNTRY_ALIASES.get(name) ?? (COUNTRY_NAMES.has(name) || (words.length === 1 && isCountryWord(name)) ? name : undefined);
  const place = country ? countryType(country) === 'place' : known === 'place';
  // "Ebola", "the Marburg virus": a disease named for a place.
  if (words.length === 1 && (isKnownDisease(name) || namesDisease(text, name) || isFestival(name))) return 'misc';
  if (place) return namedAsTeam(text, name) ? 'organization' : 'place';
  if (country) return countryType(country);
  if (known === 'organization') return 'organization';
  // A name in brackets after someone's is their team's or their party's, not another name of theirs: "Charles Leclerc (Ferrari)".
  const bracketedAfter = text[candidate.end] === ')' ? PERSONS_NAME_BRACKETED_BEFORE.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start)) : null;
  if (bracketedAfter && classOf(bracketedAfter[1]!) === 'first-name' && !isAcronym(name) && classOf(words[0]!) !== 'first-name') return 'organization';
  // "the occupied West Bank": only a place is occupied, whatever its last word.
  if (/\b(?:occupied|annexed)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, candidate.start - 20), candidate.start))) return 'place';
  // A bill before a parliament, "Bill" after common words as no first name comes: "Online Safety Bill", "Amendment Bill".
  if (words.length > 1 && lastWord === 'bill' && words.slice(0, -1).every((word) => isEnglishWord(word) && classOf(word) !== 'first-name')) return 'misc';
  // "a 34-year-old Brandon man": where someone of an age is from.
  if (/\b(?:\d+|\p{L}+)-year-old\s+$/u.test(text.slice(Math.max(0, candidate.start - 20), candidate.start)) && HOMETOWN_PERSON_AFTER.test(text.slice(candidate.end, candidate.end + 20))) return 'place';
  // A relative named in full is a person, whatever the last word, and so is someone a "who" follows:
  // "Her husband, Robert Park, died", "Resident Linda Park, who lives on Elm Street".
  const someone = KIN_APPOSED_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start)) || /^,\s+who\b/.test(text.slice(candidate.end, candidate.end + 8));
  if (words.length > 1 && (classOf(words[0]!) === 'first-name' || isFirstNameToo(words[0]!)) && someone) return 'person';
  // A relative's given name alone too: "his children, Lilty and Aken".
  if (words.length === 1 && known !== 'place' && KIN_APPOSED_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start))) return 'person';
  // A building's name that speaks is the body in it: "the Carter Center said", "Downing Street said".
  // So is one with officers: "chairman of the Gulf Research Center".
  if (words.length > 1 && STREET_HEADS.has(lastWord) && SPEAKS_AFTER.test(text.slice(candidate.end, candidate.end + 20))) return 'organization';
  // Or the body in it that employs people: "a White House official".
  const staffAfter = STAFF_AFTER.test(text.slice(candidate.end, candidate.end + 40)) || OFFICER_AFTER.test(text.slice(candidate.end, candidate.end + 40));
  if (words.length > 1 && FACILITY_HEADS.has(lastWord)) return SPEAKS_AFTER.test(text.slice(candidate.end, candidate.end + 20)) || MEMBER_OF_BEFORE.test(text.slice(Math.max(0, candidate.start - 40), candidate.start)) || STAFF_AT_BEFORE.test(text.slice(Math.max(0, candidate.start - 30), candidate.start)) || staffAfter ? 'organization' : 'place';
  // "Amnesty International", "General Staff": a body's last word, which opens other names as well
  // ("International Space Station", "Staff Sergeant").
  // A place's head after a body's word is a place's: "Parliament Square", "Church Street".
  // A market's index is no body, whoever runs it: "Nasdaq Composite", "FTSE All-World Index"; nor is a scheme or a
  // standing the law gives: "Temporary Protected Status" (a programme may be a body: "World Food Programme").
  if (words.length > 1 && (INDEX_HEADS.has(lastWord) || lastWord === 'scheme' || lastWord === 'status')) return 'misc';
  const opensWithBody = ORGANIZATION_HEADS.has(words[0]!.toLowerCase()) && !(words.length > 1 && PLACE_HEADS.has(lastWord));
  // A body's faction after its head: "Pakistan Muslim League-Nawaz".
  const factionOfBody = words.length > 1 && lastWord.includes('-') && ORGANIZATION_HEADS.has(lastWord.split('-')[0]!);
  // A court of homes is a place: "the Wang Fuk Court estate", "Grenfell Tower residents".
  if (words.length > 1 && (lastWord === 'court' || lastWord === 'tower') && /^\s+(?:(?:housing\s+)?estate|flats|apartments|towers?|blocks?|residents)\b/.test(text.slice(candidate.end, candidate.end + 30))) return 'place';
  // A newspaper named for its place: "The Kyiv Independent", "the Irish Independent".
  const placesPaper = words.length === 2 && lastWord === 'independent' && (knownPlace(words[0]!) !== undefined || classOf(words[0]!) === 'demonym');
  if (ORGANIZATION_HEADS.has(lastWord) || opensWithBody || factionOfBody || placesPaper || (words.length > 1 && (lastWord === 'international' || lastWord === 'staff'))) return 'organization';
  // A club's letters: "FC Barcelona", "Nashville SC", "AC Milan"; a club's word: "Manchester United", "Port United".
  if (words.length > 1 && [words[0]!, words.at(-1)!].some((word) => /^(?:FC|SC|CF|AFC|AC)$/.test(word))) return 'organization';
  if (words.length >= 2 && CLUB_WORDS.has(words.at(-1)!) && classOf(words[0]!) !== 'first-name') return 'organization';
  if (CONSTITUENCY_BEFORE.test(text.slice(Math.max(0, candidate.start - 30), candidate.start))) return 'place';
  // "Former FTX boss": an acronym after a title is the body whose officer the title describes.
  if (candidate.titles.length > 0 && !(words.length === 1 && isAcronym(words[0]!))) return 'person';
  const after = text.slice(candidate.end, candidate.end + 40);
  const before = text.slice(Math.max(0, candidate.start - 30), candidate.start);
  // What one is told on a broadcaster's programme, not by a person of its staff: "told ITV's Good Morning Britain" (not "CNN's Jake Tapper").
  if (words.length > 1 && PROGRAMME_BEFORE.test(before) && classOf(words[0]!) !== 'first-name' && !isFirstNameToo(words[0]!)) return 'misc';
  // What the text calls it: "localist group Civic Passion", "the actors' union SAG-AFTRA", "the Verdi union".
  // The clause before, for what it says of a name further back: "head of research at Barclays".
  const clauseBefore = text.slice(Math.max(0, candidate.start - 80), candidate.start);
  // A name of several words opening a sentence with a plural verb is a group's, a band's or a team's:
  // "Faith No More plan to release" (not the last of a list: "Smith and Jones are", nor an object:
  // "Astronomers using the James Webb Space Telescope have found").
  const namesSomeoneOrNothing = words.every((word) => knownPlace(word) === undefined && !PLACE_HEADS.has(word.toLowerCase()) && !THING_HEADS.has(word.toLowerCase()) && !CRAFT_WORDS.has(word.toLowerCase()));
  if (words.length > 1 && namesSomeoneOrNothing && GROUP_VERB_AFTER.test(after) && SUBJECT_OPENING_BEFORE.test(before)) return 'organization';
  // A work's title after the word that gives it: "a new record titled Sol Invictus".
  if (/\b(?:titled|entitled)\s+$/.test(before)) return 'misc';
  // A developer or a broadcaster may be a person: "The developer, Thomas Reilly, pleaded guilty",
  // "Jeremy Clarkson, the broadcaster and Oxfordshire farmer".
  const fullPersonsName = words.length > 1 && classOf(words[0]!) === 'first-name';
  const bodyApposition = BODY_APPOSITION_BEFORE.exec(clauseBefore);
  const personAsDeveloper = bodyApposition?.[0].startsWith('developer') && fullPersonsName;
  const appositionAfter = BODY_APPOSITION_AFTER.exec(text.slice(candidate.end, candidate.end + 80))?.[0];
  const personsApposition = fullPersonsName && /\b(?:developer|broadcaster)$/.test(appositionAfter ?? '');
  const surveyor = SURVEYED_BY_BEFORE.test(before) && classOf(words[0]!) !== 'first-name' && !isFirstNameToo(words[0]!);
  if (BODY_BEFORE.test(before) || SEATS_BEFORE.test(before) || QUOTED_BY_BEFORE.test(before) || surveyor || (bodyApposition && !personAsDeveloper) || STAFF_AT_BEFORE.test(before) || PUBLISHED_IN_BEFORE.test(clauseBefore) || POST_AT_BEFORE.test(clauseBefore)) return 'organization';
  // A company that moves opens its clause, alone or in a list, after ", while" too; an index moves too ("the Dow Jones Industrial Average slipped").
  const moved = MOVED_AFTER.test(text.slice(candidate.end, candidate.end + 120)) && !INDEX_HEADS.has(lastWord)
    && LIST_OPENING.test(text.slice(Math.max(0, candidate.start - 80), candidate.start).split(/[.!?;:]\s+|\n|,\s+(?:while|whereas|but)\s+/).at(-1)!);
  if (SHARES_BEFORE.test(before) || SHARES_AFTER.test(after) || moved || COMPANY_OWNED_AFTER.test(after) || (BODY_AFTER_OPENER.test(before) && BODY_AFTER.test(after))) return 'organization';
  // What a body does or has, after its name, outweighs a surname's look: "Wagner fighters", "Wagner chief Prigozhin".
  if (BODY_CLAUSE_AFTER.test(after) || STAFF_AFTER.test(after) || COMPANY_TITLE_AFTER.test(after) || (appositionAfter && !personsApposition)) return 'organization';
  if (words.length > 1 && PLACE_HEADS.has(lastWord)) return 'place';
  if (words.length > 1 && SHOP_HEADS.has(lastWord)) return 'organization';
  // A lane is a place unless a given name opens it: "Coldean Lane" (not "Nathan Lane").
  if (words.length > 1 && STREET_HEADS.has(lastWord) && classOf(words[0]!) !== 'first-name' && !isFirstNameToo(words[0]!)) return 'place';
  // A region's name is as often led ("the leader of Tigray"); a name of several words is a body's.
  if ((words.length > 1 && MEMBER_OF_BEFORE.test(before)) || COMPANY_OFFICER_OF_BEFORE.test(before)) return 'organization';
  // A person by a role and a letter, as a court or an inquiry keeps them anonymous: "Soldier N7", "Witness X".
  if (isAnonymisedName(words)) return 'person';
  // A dateline may name two places: "NEW YORK/SYDNEY, Nov 20 (Reuters) -".
  const lineBefore = text.slice(text.lastIndexOf('\n', candidate.start - 1) + 1, candidate.start);
  const opensDateline = lineBefore === '' || FIRST_DATELINE_PLACE.test(lineBefore);
  if (opensDateline && words.every((word) => /^\p{Lu}+(?:[-'’]\p{Lu}+)*$/u.test(word)) && DATELINE_AFTER.test(text.slice(candidate.end, candidate.end + 60))) return 'place';
  if (PARTIES_AFTER.test(after)) return 'organization';
  // A hall of fame is an institution: "the Baseball Hall of Fame".
  if (name.endsWith('Hall of Fame')) return 'organization';
  // One told something is a broadcaster, not a model, though its name is a code: "told TF1".
  if (words.length === 1 && RECIPIENT_BEFORE.test(before) && /^\p{Lu}+\d+$/u.test(name)) return 'organization';
  if (words.some(hyphenatedCode) || (words.length > 1 && (EVENT_WORDS.has(words[0]!.toLowerCase()) || SHIP_PREFIXES.has(words[0]!)))) return 'misc';
  // A place's body by its letters: "Africa CDC", "Nigeria LNG".
  if (words.length === 2 && isAcronym(words[1]!) && !isRomanNumeral(words[1]!) && knownPlace(words[0]!)?.type === 'place') return 'organization';
  // A common word and a letter or a code: a model, "Model S", "Series 7X".
  if (words.length > 1 && /^(?:\p{Lu}|\p{Lu}?\d+\p{Lu}?)$/u.test(words.at(-1)!) && words.slice(0, -1).every(isEnglishWord)) return 'misc';
  // A model's words alone: "the iPhone 17 Pro and Pro Max".
  if (words.length > 1 && words.every((word) => MODEL_WORDS.has(word))) return 'misc';
  // A law's part by its number: "Title VI", "Article 50".
  if (words.length === 2 && /^(?:Title|Article|Section|Chapter|Schedule)$/.test(words[0]!) && (isRomanNumeral(words[1]!) || /^\d+[A-Z]?$/.test(words[1]!))) return 'misc';
  // A product's grade after its name: "Rubin Ultra", "Galaxy Tab Lite" (not "Max", a first name too).
  if (words.length > 1 && GRADE_WORDS.has(words.at(-1)!)) return 'misc';
  // No one's name ends in a number: "Formula One", "Air Force One".
  if (words.length > 1 && /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/.test(words.at(-1)!)) return 'misc';
  // The agency in a dateline's brackets: "BEIJING, Nov. 17 (Xinhua) --".
  if (AGENCY_IN_DATELINE.test(lineBefore) && /^\) ?[—–-]/.test(text.slice(candidate.end, candidate.end + 3))) return 'organization';
  // "HIMARS launchers": a weapon's letters before its kind are the weapon's, not a body's.
  // "FTSE 100", "STOXX 600": letters before a number of two digits or three name an index or a model.
  // A trade mark's sign marks a product: "Viaskin™", "EPIT™".
  if (/^[™®]/.test(after)) return 'misc';
  // A state's postal code after a city's name: "Summit, NJ".
  if (words.length === 1 && isUsPostalCode(words[0]!) && /\p{Lu}[\p{L}.'’-]*, $/u.test(before)) return 'place';
  if (words.length === 1 && isAcronym(words[0]!)) return WEAPON_AFTER.test(after) || (/^ \d{2}/.test(after) && MODEL_NUMBER_AFTER.test(after)) ? 'misc' : 'organization';
  // "Andy Warhol Foundation for the Visual Arts": a body's head before "of" or "for" outweighs a first
  // name; so does a plural one ("National Institutes of Health").
  const ofAt = words.findIndex((word) => word === 'of' || word === 'for' || word === 'on');
  if (ofAt > 0 && ORGANIZATION_HEADS.has(singularOf(words[ofAt - 1]!))) return 'organization';
  // "the chatbot Claude": the kind of thing outweighs a first name.
  // "Tylenol maker Kenvue": a product before its maker's name.
  // "the ChatGPT maker's first deal": what "the … maker" makes.
  const madeThing = /^\s+maker\s+\p{Lu}/u.test(after) || (/^\s+maker\b/.test(after) && /\bthe\s+$/i.test(before));
  // A prize before those who won it: "Nobel laureate Geoffrey Hinton", "the Oscar winner".
  if (words.length === 1 && /^\s+(?:laureates?|winners?|nominees?)\b/.test(after)) return 'misc';
  // "Andrew Miller's The Land in Winter": someone's work by its title; "2022's Motomami": a year's.
  if (THING_BEFORE.test(before) || BENCHMARK_AFTER.test(after) || madeThing || /\p{L}['’]s?\s+The\s+$/u.test(before) || /\b(?:19|20)\d\d['’]s\s+$/.test(before)) return 'misc';
  // "fashion designer Halston".
  // Not the subject after an opening clause: "Speaking on BBC Radio Manchester, the mayor said".
  const apposed = PERSON_APPOSITION_AFTER.test(after) && !ROLE_SPEAKS_AFTER.test(after);
  if (ROLE_BEFORE.test(before) || apposed || PERSON_APPOSITION_BEFORE.test(before)) return 'person';
  if (BASED_THING_AFTER.test(after)) return 'misc';
  // "Ontario's Progressive Conservative government": a party's adjectives before its government.
  if (words.length > 1 && LEADER_OF_AFTER.test(after) && words.every((word) => PARTY_ADJECTIVE.test(word))) return 'organization';
  if (PLACE_NOUN_AFTER.test(after) || PLACE_OF_BEFORE.test(before) || BASED_AFTER.test(after) || (LAST_LISTED_BEFORE.test(before) && SEAT_AFTER.test(after))) return 'place';
  const firstClass = classOf(words[0]!);
  if (words.length > 1 && isCountedElsewhere(words.at(-1)!, text)) return 'misc';
  // A version's number outweighs a first name: "Claude Opus 4.1".
  if (words.length > 1 && VERSION_AFTER.test(after)) return 'misc';
  // A faction's word in brackets after a name makes it a party's: "Janata Dal (United)", "Janata Dal (Secular)".
  if (words.length > 1 && /^ \((?:United|Secular|Marxist|Marxist-Leninist|Maoist|Socialist|Unified)\)/.test(after)) return 'organization';
  // No one's name is given with its initials in brackets: "La Libertad Avanza (LLA)", nor with letters its own
  // first one opens, a party's in its language: "Social Democrat (SPD)" (not a country's, "Noah Lyles (USA)", nor after a first name, "Anna Smith (AP)").
  const bracketedLetters = words.length > 1 ? /^ \((\p{Lu}{2,6})\)/u.exec(after)?.[1] : undefined;
  if (bracketedLetters && (bracketedLetters === words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('') || (bracketedLetters[0] === words[0]![0] && !COUNTRY_ALIASES.has(bracketedLetters) && classOf(words[0]!) !== 'first-name' && !isFirstNameToo(words[0]!)))) return 'organization';
  // A craft or an instrument named after someone is a thing: "NASA's James Webb Space Telescope".
  if (words.length > 1 && CRAFT_WORDS.has(lastWord)) return 'misc';
  // "City Hall", "Carnegie Hall": a hall after a word that is no first name is a building, not "Stuart Hall".
  if (words.length > 1 && lastWord === 'hall' && classOf(words.at(-2)!) !== 'first-name' && !isFirstNameToo(words.at(-2)!)) return 'place';
  if (words.length > 1 && ROLE_AND_NAME_AFTER.test(after)) return 'organization';
  if (words.length > 1 && !namesWithThe(before, after) && (firstClass === 'first-name' || classOf(words[words.length - 1]!) === 'last-name')) return 'person';
  if (words.length > 1 && isCounted(before, after)) return 'misc';
  if (words.length > 1 && STATEMENT_AFTER.test(after)) return 'organization';
  // No one is "in" a given name alone, nor travels to one: "starts in Adelaide", "a rally in Charlotte", "Villa travel to Chelsea";
  // nor is the last of places one is in, unless it does something: "communities in Cagayan and Isabela" (not "in Texas and Maria moved").
  const lastPlaceInList = IN_LIST_BEFORE.test(before) && !/^\s+\p{Ll}+(?:ed|s)\b/u.test(after);
  if (words.length === 1 && known === 'first-name' && (/\bin\s+$/.test(before) || lastPlaceInList || TRAVEL_TO_BEFORE.test(before)) && !/^['’]s?\s/.test(after)) return 'place';
  // "the Claude chatbot": the kind of thing after a first name outweighs it.
  if (words.length === 1 && known === 'first-name' && THING_AFTER.test(after)) return 'misc';
  // "Ferrari's Charles Leclerc": a surname's possessive before someone named in full is a body's, as a team's or a firm's.
  const fullMember = words.length === 1 && known === 'last-name' ? MEMBER_AFTER.exec(after) : null;
  if (fullMember && classOf(fullMember[1]!) === 'first-name') return 'organization';
  // What someone named in full is "of" is where they live, when their age tells a report of people, or else the body they belong to.
  const ofSomeone = words.length === 1 && (known === 'last-name' || known === 'first-name') ? PERSON_OF_BEFORE.exec(before) : null;
  if (ofSomeone && classOf(ofSomeone[1]!) === 'first-name') return ofSomeone[2] || AGED_BEFORE.test(text.slice(Math.max(0, candidate.start - 60), candidate.start - 4)) ? 'place' : 'organization';
  if (known === 'first-name' || known === 'last-name') return 'person';
  // Not a part of a book's ("Volume 1, Chapter 1"), unless a bowler's figures or a not-out's star tell a scorecard.
  const scorersBefore = SCORERS_BEFORE.exec(before);
  const scorersAfter = SCORERS_AFTER.exec(after);
  if (scorersBefore && scorersAfter && (words.some((word) => !isEnglishWord(word)) || /\d[*-]/.test(scorersBefore[0] + scorersAfter[0]))) return 'person';
  // A work, a product or a craft: "the film Easy Rider", "Internet Explorer 6 browser", "Space Shuttle Atlantis".
  if (ABOARD_BEFORE.test(before) || THING_APPOSITION_AFTER.test(after) || (THING_APPOSITION_BEFORE.test(before) && after.startsWith(',')) || THING_AFTER.test(after) || VERSION_AFTER.test(after) || words.some((word) => CRAFT_WORDS.has(word.toLowerCase()))) return 'misc';
  // A name whose member follows it ("Demosisto's Nathan Law") is a body, as no known place is here.
  const member = MEMBER_AFTER.exec(after);
  // A one-word name's member is anyone ("the Smithsonian's National Air and Space Museum"); a longer
  // name's is a person ("Demosisto's Nathan Law", not "Taylor Swift's Eras Tour").
  if (member && (words.length === 1 || classOf(member[1]!) === 'first-name' || isFirstNameToo(member[1]!))) return 'organization';
  if (ofAt > 0 && PLACE_HEADS.has(words[ofAt - 1]!.toLowerCase())) return 'place';
  // (One who beats someone named in full is a player, no team: "Jannik Sinner beat Carlos Alcaraz 7-6 (4) 7-5".)
  const beatsPerson = classOf(BEATEN_AFTER.exec(after)?.[1] ?? '') === 'first-name';
  if (REPORTING_AFTER.test(after) || BROADCASTER_AFTER.test(after) || (SCORE_AFTER.test(text.slice(candidate.end, candidate.end + 80)) && !beatsPerson)) return 'organization';
  if (words.length === 1) {
    // Who runs a survey or a poll: "in a Bloomberg survey", "a Reuters/Ipsos poll".
    const pollster = /\b(?:a|an|the|its|latest)\s+$/i.test(before) && /^\s+(?:survey|poll)s?\b/.test(after);
    if (namedAsTeam(text, name) || modifiesAsBody(text, words[0]!) || pollster) return 'organization';
    // What one calls one's own is an app or an account, no place: "from your Gmail".
    if (/\b(?:your|my|our)\s+$/i.test(before)) return 'misc';
    // "LibriVox", "YouTube", "eBay": capitals inside a word are a brand's; an "i" before them, a product's ("iPhone", "iPad"), as is an operating system's ("macOS").
    if (/^i\p{Lu}|^\p{Ll}+OS$/u.test(words[0]!)) return 'misc';
    if (/^\p{L}\p{Ll}*\p{Lu}/u.test(words[0]!)) return 'organization';
    if (isCounted(before, after) || isCountedElsewhere(words[0]!, text)) return 'misc';
    // "according to Eurostat", "reports Armenpress": a source named in one word is a body more often than a place; "Bundesbank", "Rabobank".
    // So is who something is sold or given to: "sell its ice cream unit to Froneri".
    if ((RECIPIENT_BEFORE.test(before) || PLATFORM_BEFORE.test(before) || OWNED_BY_BEFORE.test(before) || SOURCE_BEFORE.test(before) || SOLD_TO_BEFORE.test(text.slice(Math.max(0, candidate.start - 80), candidate.start)) || /\p{Ll}bank$/u.test(words[0]!)) && firstClass !== 'place') return 'organization';
    // A preposition before a possessive governs what the name owns: "a premium to Kenvue's closing price".
    if ((PLACE_BEFORE.test(before) && !/^['’]s?\s/.test(after)) || firstClass === 'place') return 'place';
    if (STATEMENT_AFTER.test(after) || SAID_IT_AFTER.test(text.slice(candidate.end, candidate.end + 60))) return 'organization';
    // No one's name takes "the": "the Vatican said". A word no lexicon knows as a name that speaks
    // is a body's more often than someone the article never names in full ("Roscosmos said"), unless
    // it ends a longer name ("Amneh Jafari" … "Jafari said").
    if (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before)) return /\bthe\s+$/i.test(before) || (SPEAKS_AFTER.test(after) && !endsLongerName(text, words[0]!) && !SURNAME_ENDING.test(words[0]!)) ? 'organization' : 'person';
    if (LEADER_OF_AFTER.test(after) && !PARTY_ADJECTIVE.test(words[0]!)) return 'person';
    // An unknown name that does something ("Wikinews interviews…", "Wikinews observed") is an
    // organisation more often than a place.
    // Not a plural of a region's kind: "Gulf states", "Baltic countries".
    const verb = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    // Not one ending as surnames do, here or as it speaks above: "Zelensky tweeted".
    // Nor the object of a preposition, whose verb is another's: "attack on Ternopil kills 25".
    const objectOfPreposition = /\b(?:on|at|against|from|into|onto|over|near|across|towards?|for|with|by|of)\s+$/i.test(before);
    return verb && !AUXILIARIES.has(verb) && !REGION_MEMBERS.has(verb) && !SURNAME_ENDING.test(words[0]!) && !objectOfPreposition && (isPresentTenseVerb(verb) || isPastTenseVerb(verb)) ? 'organization' : null;
  }
  // "National Highways said it had": a name that no first name opens and that speaks of itself as "it" is a body's.
  if (SAID_IT_AFTER.test(text.slice(candidate.end, candidate.end + 60)) && classOf(words[0]!) !== 'first-name' && !isFirstNameToo(words[0]!)) return 'organization';
  // "in the US Open", "Las Vegas Grand Prix": an event's head outweighs where the text puts it.
  // "World War II": a numbered event.
  // An event's head before "of" too: "Africa Cup of Nations", "Tour of Britain".
  if (THING_HEADS.has(lastWord) || (isRomanNumeral(words.at(-1)!) && THING_HEADS.has(words.at(-2)!.toLowerCase())) || (ofAt > 0 && THING_HEADS.has(words[ofAt - 1]!.toLowerCase()))) return 'misc';
  // A body's letters opening a name make a body of it: "UN Environment Programme".
  if (isAcronym(words[0]!) && (classOfName(words[0]!) === 'organization' || knownPlace(words[0]!)?.type === 'organization') && words.slice(1).every((word) => isEnglishWord(word) && classOf(word) !== 'title')) return 'organization';
  // (A party's members after "New" are the party: "one New Democrat absent".)
  if (PLACE_PREFIXES.has(words[0]!) && classOf(words[1]!) !== 'first-name') return isTeamName(words) || PARTY_MEMBERS.has(words[1]!.replace(/s$/, '')) ? 'organization' : 'place';
  // The last of places one is in: "in Punjab and Khyber Pakhtunkhwa".
  if (IN_PLACE_BEFORE.test(before) || lastPlaceInList) return 'place';
  // A body named after its country ("Environment Canada", "Sport England"): no surname is a country.
  // A person's name does not open with a demonym either ("British Red Cross"), unless it is a first
  // name too ("Christian Lindner").
  // "Santiago de Cuba" is a place: a particle before the country makes it a city's name.
  const particleBeforeCountry = words.length > 2 && NAME_PARTICLES.has(words.at(-2)!);
  // A people's continent is a region: "Latin America", "Anglo-Saxon Europe".
  if (classOf(words[0]!) === 'demonym' && CONTINENTS.has(lastWord)) return 'place';
  // A country's part is a region: "Northern Ireland", "Eastern Ukraine", "Western Australia", "Inner Mongolia";
  // so is a part of what no lexicon knows, no one's name: "Central Luzon", "Western Visayas".
  if (words.length === 2 && COUNTRY_PART_WORDS.test(words[0]!) && (isCountry(words[1]!) || (classOf(words[1]!) === undefined && !isEnglishWord(words[1]!)))) return 'place';
  if ((isCountry(words[words.length - 1]!) && !particleBeforeCountry) || (classOf(words[0]!) === 'demonym' && !isFirstNameToo(words[0]!))) return 'organization';
  return null;
}

const CONTINENTS = new Set(['africa', 'america', 'americas', 'asia', 'europe', 'oceania']);

/** Endings of surnames, seldom of places: "Dostoyevsky", "Nowicki", "Friedman". */
const SURNAME_ENDING = /\p{Ll}(?:sky|ski|skiy|man)$/u;

/** A lower-case Latin word after a name: a species' epithet after its genus ("Formica fusca"). */
const EPITHET_AFTER = /^ (\p{Ll}{3,}(?:a|us|um|ae|i|is|ensis|oides))\b(?![-'’])/u;

/** A genus and its species ("Beauveria bassiana") name a thing, neither a person nor a place. */
export function speciesOf(candidate: Candidate, text: string): Found | null {
  const epithet = candidate.tokens.length === 1 ? EPITHET_AFTER.exec(text.slice(candidate.end, candidate.end + 40)) : null;
  if (!epithet || isEnglishWord(epithet[1]!)) return null;
  const end = candidate.end + epithet[0].length;
  return { candidate: { ...candidate, end, tokens: tokensOf(text, { start: candidate.start, end }) }, name: text.slice(candidate.start, end), type: 'misc' };
}

/** A name's type, and whether it is only a guess: nothing in the name or around it showed it. */
const COMPASS_POINT = /^(?:North|South|East|West|(?:North|South)(?:east|west)|Midwest)$/;

export function typeOf(candidate: Candidate, name: string, text: string): { type: EntityType; guessed: boolean } {
  const shown = typeFromEvidence(candidate, name, text);
  if (shown) return { type: shown, guessed: false };
  const words = candidate.tokens.map((token) => token.word);
  // One unknown word is most often a place, unless it is a first name or ends as surnames do
  // ("Dostoyevsky", "Kaufman"); a few words are most often a person's name.
  // Letters and a number are a code, a model's or a numbered meeting's, no place: "Cop31", "A380" (a longer word is a name: "Politics1"),
  // perhaps with a variant's letters or its family's word after it: "A321neo", "A320-family".
  if (words.length === 1 && /^\p{Lu}\p{L}{0,3}\d+(?:\p{Ll}{1,4}|-\p{Ll}+)?$/u.test(words[0]!)) return { type: 'misc', guessed: true };
  // A medicine's generic name ends in its class's stem: "Lenacapavir", "Semaglutide", "Pembrolizumab".
  if (words.length === 1 && DRUG_STEM.test(words[0]!)) return { type: 'misc', guessed: true };
  if (words.length === 1) return { type: isFirstNameToo(words[0]!) || SURNAME_ENDING.test(words[0]!) ? 'person' : 'place', guessed: true };
  // A name opening with a place ("Ontario Ghostbusters", "Hollywood Magic") is rarely a person's.
  const placeFirst = [1, 2].some((count) => count < words.length && knownPlace(words.slice(0, count).join(' ')) !== undefined);
  // A club named after its city, in a match report: "Borussia Dortmund", "Bayern Munich", "Dynamo Kyiv".
  const travelledTo = TRAVEL_TO_BEFORE.test(text.slice(Math.max(0, candidate.start - 20), candidate.start));
  if (isMatchReport(text) && words.some((word) => knownPlace(word) !== undefined) && (travelledTo || namedAsTeam(text, name))) return { type: 'organization', guessed: false };
  // A part of a known place: "Central Europe", "Lower Saxony".
  if (words.length === 2 && isEnglishWord(words[0]!) && classOf(words[0]!) !== 'first-name' && !isFirstNameToo(words[0]!) && knownPlace(words[1]!)?.type === 'place') return { type: 'place', guessed: true };
  // Common words before a point of the compass name a region: "the Middle East", "the Deep South".
  if (words.length > 1 && COMPASS_POINT.test(words.at(-1)!) && words.slice(0, -1).every((word) => isEnglishWord(word) && !isFirstNameToo(word))) return { type: 'place', guessed: true };
  // "General" that no rank's holder follows names a firm: "General Mills", "General Catalyst".
  if (words.length === 2 && words[0] === 'General') return { type: 'organization', guessed: true };
  // A numbered series whose name is no first name: "Artemis II", not "Felipe VI".
  if (words.length === 2 && words[1]!.length > 1 && isRomanNumeral(words[1]!) && !isFirstNameToo(words[0]!)) return { type: 'misc', guessed: true };
  // A product's name before common words or a number names a product too: "iPhone Air", "iPhone X".
  if (/^i\p{Lu}/u.test(words[0]!) && words.slice(1).every((word) => isEnglishWord(word) || isRomanNumeral(word))) return { type: 'misc', guessed: true };
  // "Notre-Dame de Paris": a particle before a known place names something of that place.
  if (words.length > 2 && NAME_PARTICLES.has(words.at(-2)!) && knownPlace(words.at(-1)!)?.type === 'place') return { type: 'place', guessed: true };
  // A particle is part of a person's name ("Rubén del Campo"); other connectors are not ("Bank of X").
  const told = RECIPIENT_BEFORE.test(text.slice(Math.max(0, candidate.start - 30), candidate.start));
  // Spanish and Portuguese names may have four words: "Andrés Manuel López Obrador", "André Corrêa do Lago".
  // A name of common words alone is a body's more often than anyone's: "the Federal Reserve", "Counterpoint Research".
  const commonWords = words.every((word) => isEnglishWord(word) && (classOf(word) ?? 'common') === 'common' && !isFirstNameToo(word)) && words.some((word) => classOf(word) === 'common');
  const personShape = (words.length <= 3 || (words.length === 4 && !words.some((word) => isEnglishWord(word) && !NAME_PARTICLES.has(word)))) && !placeFirst && !words.some((word) => CONNECTORS.has(word) && !NAME_PARTICLES.has(word));
  const withThe = namesWithThe(text.slice(Math.max(0, candidate.start - 5), candidate.start), text.slice(candidate.end, candidate.end + 40));
  // Told or interviewed, a name that is no person's is a body's: "told France Info".
  return { type: personShape ? (withThe || commonWords ? 'organization' : 'person') : told ? 'organization' : 'misc', guessed: true };
}

/** A place the lexicon knows, as a mention's key and type ("US" is the United States). */
export function knownPlace(name: string): Pick<Mention, 'key' | 'type'> | undefined {
  const country = COUNTRY_ALIASES.get(name);
  if (country) return { key: country, type: countryType(country) };
  return classOfName(name) === 'place' ? { key: name, type: 'place' } : undefined;
}
