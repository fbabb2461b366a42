/**
 * Time expressions, recognised by chrono-node and normalised against the article's date.
 *
 * News reports the past, so a bare weekday ("on Monday") is the one before the article's date
 * (or that day itself), never the week after, and a month without a year the one before, unless
 * the sentence speaks of the future ("is to be held from November 20"). In an undated article only what the text states
 * absolutely (a year given with the date) is resolved: a date is never invented. "The next day" and
 * "the year before" step from the last date of their unit in the paragraph, and are no date without one.
 */
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Span, TimeExpression } from '../model.ts';
import { isPastTenseVerb } from './lexicon.ts';

const DAY_MS = 86_400_000;
/** Phrases relative to another event ("six weeks later"), not to the article's date. */
const RELATIVE_TO_EVENT = /\b(later|earlier|before|after|since)$|\bthe (next|following|previous|same) (day|morning|evening|night|week|month|year)\b/i;
const RANGE_SEPARATOR = /\s*(?:\bto\b|\bthrough\b|\buntil\b|\btill\b|[-–—])\s*/i;
/** Decades ("the 1960s", "1930’s") and centuries ("the 20th century") as ranges of years. */
const DECADE = /\b((?:1[0-9]|20)\d0)[’']?s\b/g;
const CENTURY = /\bthe (\d{1,2})(?:st|nd|rd|th) century\b/gi;
const DECADE_WORDS = /\bthe (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const DECADE_NUMBERS: Record<string, number> = { twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990 };
/** Seasons (northern meteorological: summer is June to August), named relative to the article's date or with a year. */
const SEASON = /\b(?:(last|this|next|past)\s+(spring|summer|autumn|fall|winter)|(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:1[89]|20)\d\d))\b/gi;
const SEASON_START_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The `start/end` value of a season starting in the given year and month (1-12). */
function seasonValue(year: number, month: number): string {
  const start = new Date(Date.UTC(year, month - 1, 1));
  const end = new Date(Date.UTC(year, month + 2, 0));
  return `${iso(start)}/${iso(end)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month named relative to the article's date, with no day: "last November", "next June". */
const RELATIVE_MONTH = new RegExp(String.raw`\b([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(${MONTHS.join('|')})\b(?!\s+\d)`, 'g');

/** A day of the month alone: "on the 12th" (not "on the 12th floor"). */
const DAY_OF_MONTH = /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|century|floor|anniversary|day|time|minute|round|hole|place|birthday|lap|inning|over|street|avenue|amendment)\b)/gi;

/** "on the 12th": that day of the article's month, or of the month before when the day is still to come and nothing says it is. */
function dayOfMonth(day: number, articleDate: string, future: boolean): string | null {
  const [year, month, today] = articleDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1 - (day > today && !future ? 1 : 0), day));
  return date.getUTCDate() === day ? iso(date) : null;
}

/** A month's `YYYY-MM`: "last November" is the one before the article's month, "next June" the one after it. */
function relativeMonth(relation: string, monthName: string, articleDate: string): string {
  const month = MONTHS.indexOf(monthName) + 1;
  const current = Number(articleDate.slice(5, 7));
  let year = Number(articleDate.slice(0, 4));
  if (/^(?:last|past)$/i.test(relation) && month >= current) year -= 1;
  else if (/^next$/i.test(relation) && month <= current) year += 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A season's value: with its year, or the last, this or next one around the article's date. */
function seasonOf(match: RegExpMatchArray, articleDate: string | null): string | null {
  const month = SEASON_START_MONTH[(match[2] ?? match[3])!.toLowerCase()]!;
  if (match[4]) return seasonValue(Number(match[4]), month);
  if (!articleDate) return null;
  const reference = utcDate(articleDate);
  // The season under way or most recently begun, then a step back or forward.
  let year = reference.getUTCFullYear();
  if (month > reference.getUTCMonth() + 1) year -= 1;
  const relation = match[1]!.toLowerCase();
  const underWay = reference.getTime() <= Date.UTC(year, month + 2, 0, 23);
  if (relation === 'last' || relation === 'past') year -= underWay ? 1 : 0;
  else if (relation === 'next') year += 1;
  return seasonValue(year, month);
}

/** A century named relative to the article's date: "the past century", "this century". */
const RELATIVE_CENTURY = /\b(?:the (past|last|previous)|(this)) century\b/gi;
/** Dates known by a name. */
const NAMED_DATES: Record<string, string> = { '9/11': '2001-09-11' };
/** "Today" meaning nowadays, not a date: "as strong today as", "working today than ever", "which I still own today". */
const NOWADAYS_BEFORE = /\b(?:as|still)\s+\p{L}+\s+$/iu;
const NOWADAYS_AFTER = /^\s+(?:than|as)\b/i;
/** "after two days of clashes": a span from an event, not from the article's date. */
const AFTER_SPAN = /^after\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s/i;
/** A day, month or year named by its step from an event the paragraph has dated ("the year before", "the next day"); "the day after the vote" names its own event. */
const STEP_FROM_EVENT = /\bthe (?:(next|following|previous|preceding) (day|month|year)|(day|month|year) (before|after)(?=\s*(?:[,.;:!?)]|$)))/gi;
const UNIT_VALUE = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };

/** A day, month or year value (`value` of that granularity) moved by `step` of its unit. */
function stepFrom(value: string, unit: keyof typeof UNIT_VALUE, step: number): string {
  if (unit === 'year') return String(Number(value) + step);
  if (unit === 'day') return iso(addDays(utcDate(value), step));
  const [year, month] = value.split('-').map(Number);
  return monthValue(year!, month! - 1 + step);
}

/** Counts of calendar units, in figures or words. */
const COUNT = String.raw`\d+|a few|few|several|a couple of|couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A count in figures or words, or null when the text does not say how many ("a few", "several"). */
const countOf = (words: string) => (/^\d+$/.test(words) ? Number(words) : COUNT_WORDS.includes(words.toLowerCase()) ? COUNT_WORDS.indexOf(words.toLowerCase()) + 2 : /couple/i.test(words) ? 2 : null);
/** "last" as a verb: "to last about five months", "and last for weeks". */
const LAST_AS_VERB_AFTER = /^last\s+(?:about|around|for|some|roughly|nearly|up to|until|through)\b/i;
/** "last" before a count, which a verb may be ("will last five months"), unlike "and last year". */
const LAST_COUNTED = /^last\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|a few|many)\b/i;
const VERB_BEFORE = /\b(?:and|to|will|would|could|can|may|might|should|must|not)\s+$/i;
/** A perfect tense before "in three years": a span up to now, not a date three years on. */
const SUPERLATIVE_BEFORE = /\b(?:best|worst|highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|slowest|longest|shortest|first|most|least)\b[^.!?,;]{0,40}$/i;
const PERFECT_BEFORE = /\b(?:has|have|had)(?:n['’]t| not| never)?\b[^.!?]*$/i;
/** Durations ("for two weeks", "within 48 hours", "the last five months of her life", "in two hours, nine minutes") are not dates. */
const DURATION = new RegExp(String.raw`^(for|within|over|during)\b|\b(last|past|next|coming)\s+(${COUNT})\b|\b(${COUNT}|\d+)\s+(hours?|minutes?|seconds?)\b(?!\s+ago)`, 'i');
/**
 * A period reaching up to the article's date: "the past 30 days", "the last few months" (but not
 * "the last five months of her life", which ends with something else); and a
 * time ago by a count the text does not give ("a few months ago"), which is some time up to then.
 */
const PERIOD_UP_TO_NOW = new RegExp(String.raw`\b(?:the\s+)?(?:past|last|previous)\s+(${COUNT})\s+(day|week|month|year|decade)s\b(?!\s+of\b)|\b(a few|few|several|some)\s+(day|week|month|year)s\s+ago\b`, 'gi');
/** The end of the year, named relative to the article's date: "by year end", "the end of last year". */
const YEAR_END = /\b(?:year[- ]end|the end of (?:the|this|(last)) year)\b/gi;
/** chrono reads some ordinary words as dates; these are never time expressions alone. Units in the plural without a count ("in last years") name no date. */
const FALSE_FRIENDS = /^(may|march|sun|sat|wed|now|second|a second|mon|today's|lasts|(?:last|past) (?:days|weeks|months|years))$/i;
/** A weekday with a capitalised part of the day before another capitalised word is a title: "Saturday Night Live". */
const SLASHED_DAY = /^\d{1,2}\/\d{1,2}$/;
const MONTH_DATING_BEFORE = /\b(?:in|on|since|until|till|by|from|before|after|through|to|last|next|this|early|late|mid-?)\s*$/i;
const DATING_WORD_BEFORE = /\b(?:on|since|until|till|by|from|before|after|through|to|dated)\s+$/i;
const TITLE_PART_OF_DAY = /\b(?:Morning|Afternoon|Evening|Night)$/;
/** A year standing alone: "in 2012", "a 2003 interview", "(1999)", "mid-2027", but not "2000 people", "about 1500 troops" or "a total of 1800 rescuers". */
const YEAR = /(?<![\d.,$£€/])(?<!(?<!mid|early|late)-)\b((?:1[89]|20)\d\d)\b(?![-–/.,:]\d|\s*%|[’']?s\b)/g;
const AMOUNT_BEFORE = /\b(?:about|around|some|nearly|almost|over|than|least|to|approximately|roughly|only|just|another|additional|extra|total of)\s*$/i;
/** "to" that leads to a year, not an amount: "from 2004 to 2009", "dates back to 1979", "delayed by a year to 2028". */
const YEAR_AFTER_TO = /(?:\b(?:1[89]|20)\d\d\s*(?:to|through|until|till)|\bback to|\b(?:delay(?:ed|s)?|postpone[ds]?|pushed back|put off|extend(?:ed|s)?|defer(?:red|s)?|brought forward)\b[^.;!?]{0,30}\bto)\s*$/i;
const QUANTITY_AFTER = /^\s+(?:more\s+|other\s+|new\s+)?(?:people|persons|troops|soldiers|civilians|residents|homes|houses|buildings|cases|deaths|dead|votes|voters|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|tons|dollars|euros|pounds|barrels|jobs|workers|students|children|words|pages|units|vehicles|families|members|refugees|migrants|years|days|hours|minutes|men|women|officers|police|employees|staff|users|copies|times|rescuers|firefighters|personnel|patients|households|victims|passengers)\b/i;

export const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The `YYYY-MM` value of a month counted from January of `year` (0-based, any sign). */
const monthValue = (year: number, month: number) => iso(new Date(Date.UTC(year, month, 1))).slice(0, 7);

/** `count` years from `first`, as a `start/end` value: a decade, a century. */
const years = (first: number, count: number) => `${String(first).padStart(4, '0')}-01-01/${String(first + count - 1).padStart(4, '0')}-12-31`;

export function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');

/** Calendar units named relative to the article's date: "last week", "this weekend", "next year". */
function relativeUnit(text: string, articleDate: string, future: boolean): string | null {
  // "The weekend" alone is the one at hand, as "this weekend" is.
  const match = /\b(last|past|previous|this|next|coming)\s+(week|weekend|month|year)\b/i.exec(text) ?? /\b()(weekend)\b/i.exec(text);
  if (!match) return null;
  const step = /^(last|past|previous)$/i.test(match[1]!) ? -1 : /^(next|coming)$/i.test(match[1]!) ? 1 : 0;
  const reference = utcDate(articleDate);
  const unit = match[2]!.toLowerCase();
  if (unit === 'year') return String(reference.getUTCFullYear() + step);
  if (unit === 'month') return monthValue(reference.getUTCFullYear(), reference.getUTCMonth() + step);
  const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7) + 7 * step);
  if (unit === 'week') {
    // "on Tuesday next week": that day of the week named.
    const weekday = WEEKDAY.exec(text)?.[1];
    return weekday ? iso(addDays(monday, WEEKDAYS.indexOf(weekday.toLowerCase()))) : `${iso(monday)}/${iso(addDays(monday, 6))}`;
  }
  // "this weekend" in a report is the one just past unless the article is written before it, or
  // speaks of the future ("are expected to resume at the weekend").
  const saturday = addDays(monday, step === 0 && !future && reference.getUTCDay() >= 1 && reference.getUTCDay() <= 5 ? -2 : 5);
  return `${iso(saturday)}/${iso(addDays(saturday, 1))}`;
}

/** The value of a period reaching up to the article's date, `count` units long (open at its start when the count is not given). */
function periodUpToNow(count: number | null, unit: string, articleDate: string): string {
  const reference = utcDate(articleDate);
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth();
  if (unit === 'day' || unit === 'week') return `${count === null ? '' : iso(addDays(reference, -count * (unit === 'week' ? 7 : 1)))}/${iso(reference)}`;
  if (unit === 'month') return `${count === null ? '' : monthValue(year, month - count)}/${monthValue(year, month)}`;
  return `${count === null ? '' : year - count * (unit === 'decade' ? 10 : 1)}/${year}`;
}

/** The day as written, in its own time zone: "November 18, 2025 at 6:15 PM CST" is the 18th, though in UTC it is the 19th. */
const calendarDay = (components: ParsedComponents) =>
  [components.get('year')!, components.get('month')!, components.get('day')!].map((part, index) => String(part).padStart(index ? 2 : 4, '0')).join('-');

/**
 * The ISO value of one end of a chrono result (`text` is that end's words, `whole` the whole
 * expression), or null when it cannot be resolved honestly. A weekday is the one before the
 * article's date, or the one after it when the sentence speaks of the `future`.
 */
function valueOf(start: ParsedComponents, text: string, whole: string, articleDate: string | null, future = false, inPast = () => false): string | null {
  // Undated: only what the text states absolutely, a year written out, is resolved.
  if (!articleDate && !/\b\d{4}\b/.test(whole)) return null;
  const yearKnown = start.isCertain('year');
  if (articleDate) {
    const unit = relativeUnit(text, articleDate, future);
    if (unit) return unit;
  }
  let date = start.date();
  if (articleDate && start.isCertain('weekday') && !start.isCertain('day')) {
    const reference = utcDate(articleDate);
    // "this Thursday" is the one in the article's week, Monday to Sunday.
    if (/^this\s/i.test(text)) {
      const monday = reference.getTime() - ((reference.getUTCDay() + 6) % 7) * DAY_MS;
      return iso(new Date(monday + ((start.get('weekday')! + 6) % 7) * DAY_MS));
    }
    while (date.getTime() > reference.getTime() + DAY_MS / 2) date = new Date(date.getTime() - 7 * DAY_MS);
    while (future && date.getTime() < reference.getTime() - DAY_MS / 2) date = new Date(date.getTime() + 7 * DAY_MS);
    // "next Tuesday", said on a Tuesday, is a week on.
    if (/^next\s/i.test(text) && date.getTime() <= reference.getTime() + DAY_MS / 2) date = new Date(date.getTime() + 7 * DAY_MS);
    return iso(date);
  }
  // A month or a day without its year that chrono puts more than a month ahead is the last one in a
  // sentence in the past tense: "Since January, prices rose", written in November.
  const yearBack = articleDate && !yearKnown && date.getTime() - utcDate(articleDate).getTime() > 31 * DAY_MS && inPast() ? 1 : 0;
  const day = calendarDay(start);
  const dated = yearBack ? `${Number(day.slice(0, 4)) - yearBack}${day.slice(4)}` : day;
  if (start.isCertain('day')) return dated;
  if (start.isCertain('month')) return dated.slice(0, 7);
  if (yearKnown) return String(start.get('year'));
  return null;
}

/**
 * Leads chrono misreads: "night, January 23, 2014" as the night alone, and "in the year (to July)"
 * as a year from now. What follows such a lead is read on its own; a calendar unit without a count
 * names no date when nothing follows it.
 */
const PART_OF_DAY_LEAD = /^(?:night|morning|evening|afternoon|noon|midnight|tonight)\s*,\s*/i;
const UNCOUNTED_UNIT_LEAD = /^in the (?:year|month|week|day)\b(?:\s+to\b)?\s*/i;
/** A date with dots is written day first, as across Europe: "09.05.2017" is 9 May. */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.\d{4}\b/;

/** Number words that chrono reads as a time after a date: " after eight", " before six". */
const COUNT_AS_TIME_TAIL = /\s+(?:after|before|past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

function chronoResults(text: string, articleDate: string | null, forwardDate = false): ParsedResult[] {
  const reference = articleDate ? utcDate(articleDate) : new Date(Date.UTC(2000, 0, 1, 12));
  const at = { instant: reference, timezone: 0 };
  const parse = (part: string) =>
    chrono.en.casual.parse(part, at, { forwardDate }).map((result) => {
      if (!DOTTED_DATE.test(result.text)) return result;
      const dayFirst = chrono.en.GB.parse(result.text, at, { forwardDate })[0];
      return dayFirst?.text === result.text ? ({ ...dayFirst, index: result.index } as ParsedResult) : result;
    });
  return parse(text).flatMap((result) => {
    // Chrono's words end at a letter outside ASCII: "in the D" of "in the Dáil" is no date; nor do
    // its numbers open after a thousands' comma: "000 years ago" of "8,000 years ago".
    if (/\p{L}/u.test(text[result.index + result.text.length] ?? '') || /\d[,.]$/.test(text.slice(Math.max(0, result.index - 2), result.index))) return [];
    // "since June after eight quarter-point cuts": a count after the date, no time of day.
    const counted = COUNT_AS_TIME_TAIL.exec(result.text);
    if (counted) {
      const date = parse(text.slice(result.index, result.index + counted.index))[0];
      return date?.index === 0 ? [{ ...date, index: result.index } as ParsedResult] : [];
    }
    const lead = PART_OF_DAY_LEAD.exec(result.text) ?? UNCOUNTED_UNIT_LEAD.exec(result.text);
    if (!lead) return [result];
    const rest = result.index + lead[0].length;
    const date = parse(text.slice(rest))[0];
    if (date?.index === 0) return [{ ...date, index: rest } as ParsedResult]; // only text, index, start and end are read from here on
    return UNCOUNTED_UNIT_LEAD.test(result.text) ? [] : [result];
  });
}

/**
 * Words that put what follows in the future ("hostages to be released on Tuesday", "said the
 * ceasefire would come into effect on Sunday", a schedule's "who takes office on Monday", "Voting closes on Thursday", "a vote as soon as Wednesday", a warning's "is in force from", a speaker's "I'll be going to China in April", an aim's "no reason to move rates in December"): a date
 * without a year then means the next one.
 */
const FUTURE = /(?:\b\w+['’]ll|\b(?:am|is|are|['’]m|['’]re) going to)\b[^.!?]*$|\b(will|shall|would|is to|are to|(?:is|are) set to|(?:is|are) (?:in force|in effect|valid)(?![^.!?]*\bsince\b)|takes office|begins|starts|opens|resumes|kicks off|closes|ends|expires|arrives|visits|travels|hosts|(?<!(?:said|thought|believed|reported|alleged|known|understood) )to be \w+(?:ed|en)|scheduled|planned|plans|expected to|(?:reason|need|aims?|intends?|hopes?|wants?|seeks?|ready) to|(?:is|are) expected|due to|upcoming|forthcoming|next|this coming|as (?:soon|early) as)\b[^.!?]*$/i;

/** A speech verb in the past just before a weekday: "the automaker said Monday", "announced on Tuesday". */
const SAID_ON_BEFORE = /\b(?:said|announced|told reporters|confirmed|stated|reported|wrote)\s+(?:on\s+)?$/i;
/** A future tense later in the sentence: "…, which runs through January, will be about $65 billion". */
const FUTURE_AFTER = /^[^.!?]*\b(?:will|shall|is to|are to|(?:is|are) set to|expected to|due to|scheduled to)\b/i;

/** "ahead of a January move": what is ahead is to come. */
const AHEAD_OF_BEFORE = /\bahead of (?:a |an |the |its |his |her |their )?$/i;
/** An event called or set for a date, whatever the tense of the calling: "called a snap election for February 22". */
const SET_FOR_BEFORE = /\b(?:election|vote|referendum|polls?|ballot|runoff|summit|hearing|trial|meeting|talks|sentencing)\s+for\s+$/i;
/** Labels that name a thing by its number: "Case 2000", "Resolution 2334". */
const NUMBERED_LABEL_BEFORE = /\b(?:Case|Room|Flight|Route|Resolution|Article|Section|Chapter|Gate|Terminal|Platform|Unit|Highway|Interstate|Bus|Windows|Model|No\.|Number|Lot|Box|Suite|Apartment|Pier|Item|Rule|Bill|Directive|Regulation)\s+$/;
/** What a futures contract's month comes before: "for January delivery", "the March contract". */
const CONTRACT_AFTER = /^\s+(?:delivery|settlement|contracts?|futures|expiry|loading)\b/i;

/** A present copula just before a weekday, where it is held: "The decider is in Mumbai on", "The vote is on". */
const HELD_ON_BEFORE = /\b(?:is|are)\s+(?:(?:in|at)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?$/u;

/** "until" just before a date, "until 06:00 GMT on". */
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:\S+\s+){0,3}$/i;
/** A present perfect, which tells of now: "has issued", "have now warned". */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\p{L}+ly\s+)?\p{L}+/giu;

/** The sentence of a segment around an offset. */
function sentenceAround(segment: string, at: number): string {
  let from = at;
  while (from > 0 && !'.!?'.includes(segment[from - 1]!)) from -= 1;
  const to = segment.slice(at).search(/[.!?](?:\s|$)/);
  return segment.slice(from, to < 0 ? segment.length : at + to);
}

/**
 * Whether a sentence tells of the past: a verb in the past tense (not a name's word, "the Met Office"), or "since" or "ago".
 * A participle before "by" or "with" is a passive's or a comparison's, no tense of the sentence: "according to data compiled by LSEG", "compared with".
 */
const inPastTense = (sentence: string) => /\b(?:since|ago)\b/i.test(sentence) || sentence.replace(/\b\p{Ll}+ed\s+(?:by|with)\b/gu, '').split(/[^\p{L}]+/u).filter(Boolean).some((word, index) => isPastTenseVerb(word.toLowerCase()) && (index === 0 || !/^\p{Lu}/u.test(word)));

/** The label of a page's own date: "Published On", "First Published:", "UPDATED:", "Originally Published:", "Date:". */
const DATE_LABEL = String.raw`(?:(?:first |last |originally )?(?:published|updated?|posted)(?: on| at| date)?|date)\s*[:–—-]?\s*`;
export const DATE_LABEL_ALONE = new RegExp(`^\\s*${DATE_LABEL}$`, 'i');
export const DATE_LABEL_OPENING = new RegExp(`^\\s*${DATE_LABEL}`, 'i');
/** A byline's names and outlet before the date's label, set apart by dots or bars: "Shawn Jeffords · The Canadian Press · Posted:". */
const DATE_LABEL_AFTER_BYLINE = new RegExp(`^[^.!?]{1,80}[·|•]\\s*${DATE_LABEL}$`, 'iu');
const DATE_UPDATED_AFTER = new RegExp(`^\\s*[|,–—-]\\s*${DATE_LABEL}[^|]*$`, 'i');

/**
 * A dateline in a line near the top: a full date ("Tuesday, September 22, 2015", "11/10/25 10:45 PM ET", "MEXICO CITY,
 * Nov. 30, 2006 (Xinhua)") that is the whole line, opens it, or closes it (scrapers glue datelines
 * to titles and first paragraphs). Its span within the line and its value, else null.
 */
export function findDateline(line: string): { start: number; end: number; value: string } | null {
  // A scraped date may run into its time: "November 20, 20263:15 PM GMT+1Updated 2 hours ago".
  const glued = DATE_GLUED_TO_TIME.exec(line);
  const gluedDate = glued && findDateline(glued[1]!);
  if (gluedDate) return { start: 0, end: line.length, value: gluedDate.value };
  const results = chronoResults(line, null).filter((result) => result.start.isCertain('day') && result.start.isCertain('year') && (/\d{4}/.test(result.text) || /^\d{1,2}\/\d{1,2}\/\d{2}\b/.test(result.text)));
  for (const result of results) {
    const before = line.slice(0, result.index);
    let end = result.index + result.text.length;
    // The agency or the wire after the date: "(Reuters)", "/PRNewswire/".
    const agency = /^\s*(?:\([^)]{1,40}\)|\/[^/\n]{1,40}\/)/.exec(line.slice(end));
    if (agency) end += agency[0].length;
    // A time set apart from its date: "Nov 22, 2026 / 08:14 AM PST".
    const time = /^\s*[/|·•]\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?/.exec(line.slice(end));
    if (time) end += time[0].length;
    // A time's zone, and the place or the sections a line of dates ends with: "01:14 am IST - Patna", "21:37, UK", "19:45 | World, All".
    const zone = /^\s*(?:IST|UTC|GMT|ET|PT|CT|[A-Z]{1,3}[SD]T)\b/.exec(line.slice(end));
    if (zone) end += zone[0].length;
    // How long the page takes to read, or how long ago it went up: "10:14 AM 2 min read", "22-Nov-2026 • 3 hrs ago".
    const readingTime = /^\s*[·•|–-]?\s*\d{1,2}\s*(?:min(?:ute)?s?\.?\s+read|(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago)\s*$/i.exec(line.slice(end));
    if (readingTime) end += readingTime[0].length;
    // Or who posted it: "Posted On: 22 NOV 2026 6:45PM by PIB Delhi".
    const place = /^\s*(?:[-–—|]\s*\p{Lu}[\p{L}.'’ ]{0,30}(?:,\s*\p{Lu}[\p{L}.'’ ]{0,30}){0,3}|,\s*\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,3}|\s+by\s+\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,3})$/u.exec(line.slice(end));
    const after = line.slice(end);
    // "PUBLISHED: … | UPDATED: …", "Posted …, updated …": the date it was updated goes with the line.
    const updated = DATE_UPDATED_AFTER.test(after);
    // How long ago it was updated, a line of the page's chrome of its own: "Imran Gabol Published November 18, 2025 Updated a day ago".
    const updatedAgo = /^\s*(?:last\s+)?updated:?\s+(?:\d{1,2}|an?)\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago\s*$/i.test(after);
    // The place in capitals may have its state or country after it: "COLUMBUS, Ohio, Nov. 18, 2025"; an agency in capitals a dash: "KYODO NEWS - Nov 22, 2026".
    // Or its time before it: "10:12 AM PST · November 20, 2026".
    const timeBefore = /^\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\s*)?[·•|,–-]?\s*$/.test(before);
    const opens = (timeBefore || /^\s*(?:[\p{Lu}][\p{Lu}\s.]+(?:,|\s[-–—])\s*(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2},\s*)?)?$/u.test(before) || DATE_LABEL_ALONE.test(before) || DATE_LABEL_AFTER_BYLINE.test(before)) && (updated || place !== null || /^(?:\s*$|\s*[—–|-]|\s+[\p{Lu}“"])/u.test(after));
    if (opens && (updated || place)) end = line.length;
    // A date closing a line dates it only after a headline, not at the end of a sentence; or after a
    // place alone, as a press release opens: "Montrouge, France, May 5, 2021".
    const placeAlone = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2},\s*(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2},\s*)?$/u.test(before);
    const closes = (/^\s*$/.test(after) || updated || updatedAgo) && (before.trim() === '' || placeAlone || !/[.!?,;:"”’)]\s*$/.test(before));
    // A press release's place and date before a dash open its first paragraph: "Basel, 20 November 2026 - Roche today announced".
    const releaseDash = placeAlone ? /^\s*[—–-]{1,2}(?=\s)/.exec(after) : null;
    if (releaseDash) return { start: 0, end: end + releaseDash[0].length, value: calendarDay(result.start) };
    if (opens || closes) return { start: (opens || placeAlone) && before.trim() ? 0 : result.index, end: closes && !updatedAgo ? line.length : end, value: calendarDay(result.start) };
  }
  return null;
}

const DATE_GLUED_TO_TIME = /^(\p{Lu}\p{Ll}+\.? \d{1,2}, (?:19|20)\d\d)\d{1,2}:\d\d\s?[AP]M\b.{0,60}$/u;

/** Time expressions inside the given spans of `text`, with values against `articleDate`. */
export function annotateTimes(text: string, spans: Span[], articleDate: string | null): TimeExpression[] {
  const times: TimeExpression[] = [];
  const covered = (start: number) => times.some((time) => time.start <= start && start < time.end);
  for (const span of spans) {
    const segment = text.slice(span.start, span.end);
    const push = (index: number, words: string, value: string | null) => {
      // chrono may take the "of" after a month: "in September of plotting".
      const matched = segment.slice(index, index + words.length).replace(/(?:\s+of)?[\s,.;:]*$/, '');
      // An editorial insertion ("[Ten] years ago") keeps its opening bracket.
      const bracket = segment[index - 1] === '[' && matched.includes(']') ? 1 : 0;
      if (value && matched) times.push({ start: span.start + index - bracket, end: span.start + index + matched.length, text: segment.slice(index - bracket, index + matched.length), value });
    };
    for (const [name, value] of Object.entries(NAMED_DATES)) {
      for (let at = segment.indexOf(name); at !== -1; at = segment.indexOf(name, at + 1)) push(at, name, value);
    }
    if (articleDate) {
      for (const match of segment.matchAll(PERIOD_UP_TO_NOW)) {
        push(match.index, match[0], periodUpToNow(match[1] ? countOf(match[1]) : null, (match[2] ?? match[4])!.toLowerCase(), articleDate));
      }
      for (const match of segment.matchAll(YEAR_END)) push(match.index, match[0], `${Number(articleDate.slice(0, 4)) - (match[1] ? 1 : 0)}-12-31`);
      for (const match of segment.matchAll(RELATIVE_MONTH)) push(match.index, match[0], relativeMonth(match[1]!, match[2]!, articleDate));
      for (const match of segment.matchAll(DAY_OF_MONTH)) {
        const before = segment.slice(Math.max(0, match.index - 100), match.index);
        push(match.index, match[0], dayOfMonth(Number(match[1]), articleDate, FUTURE.test(before)));
      }
    }
    // Editorial brackets ("[Ten] years ago") hide a date from chrono; it reads them as spaces.
    const readable = segment.replace(/[[\]]/g, ' ');
    for (const pastReading of chronoResults(readable, articleDate)) {
      const before = segment.slice(Math.max(0, pastReading.index - 100), pastReading.index);
      // In the future tense the next such date is meant, unless the date just passed (an event under
      // way); a weekday alone is no event under way ("was due to expire on Tuesday" is the next one).
      const weekdayOnly = pastReading.start.isCertain('weekday') && !pastReading.start.isCertain('day');
      const justPassed = !weekdayOnly && articleDate !== null && utcDate(articleDate).getTime() - pastReading.start.date().getTime() < 31 * DAY_MS;
      // "the quarter, which runs through January, will be": a future tense after the date, in a sentence with no past tense.
      const sentence = sentenceAround(segment, pastReading.index);
      const futureAfter = FUTURE_AFTER.test(segment.slice(pastReading.index + pastReading.text.length, pastReading.index + 200)) && !inPastTense(sentence);
      // "has issued an amber warning until 06:00 GMT on Sunday": a time something lasts until, told in the present.
      const lastsUntil = UNTIL_BEFORE.test(before) && !inPastTense(sentence.replace(PRESENT_PERFECT, ''));
      // "The decider is in Mumbai on Sunday": what is held on a weekday, told in the present, is to come.
      const heldOn = weekdayOnly && HELD_ON_BEFORE.test(before) && !inPastTense(sentence);
      // "next Sunday": the date says itself that it is to come.
      const namedNext = /^next\s/i.test(pastReading.text);
      // "Brent crude for January settlement", "ahead of a January move", "called a snap election for February 22": a month that is to come, whatever the sentence's tense.
      const toCome = CONTRACT_AFTER.test(segment.slice(pastReading.index + pastReading.text.length, pastReading.index + pastReading.text.length + 30)) || AHEAD_OF_BEFORE.test(before) || SET_FOR_BEFORE.test(before);
      // "…will invest ¥1 trillion, the automaker said Monday": the day something was said has passed, whatever it said.
      const saidOn = weekdayOnly && SAID_ON_BEFORE.test(before);
      const future = Boolean(articleDate) && !pastReading.start.isCertain('year') && !justPassed && !saidOn && (FUTURE.test(before) || futureAfter || lastsUntil || heldOn || namedNext || toCome);
      const result = (future && chronoResults(readable, articleDate, true).find((reading) => reading.index === pastReading.index)) || pastReading;
      const past = () => !FUTURE.test(before) && !toCome && inPastTense(sentence);
      if (covered(span.start + result.index)) continue;
      const withArticle = `${/\bthe\s+$/i.test(before) ? 'the ' : ''}${result.text}`;
      // "March" and "May" alone are months after a word that dates: "In March, prices fell", "since May".
      const monthAfterDatingWord = /^(?:March|May)[,.]?$/.test(result.text.trim()) && MONTH_DATING_BEFORE.test(before);
      if ((FALSE_FRIENDS.test(result.text.trim()) && !monthAfterDatingWord) || RELATIVE_TO_EVENT.test(withArticle) || DURATION.test(result.text) || AFTER_SPAN.test(result.text)) continue;
      // "and last about five months" is a verb's span; "have not had a pay rise in three years" one up to now.
      if (LAST_AS_VERB_AFTER.test(result.text) || (LAST_COUNTED.test(result.text) && VERB_BEFORE.test(before))) continue;
      // "its best performance in five years": a span up to now after a superlative too, and after a count of times ("flooded three times in five years", "the first time in a decade").
      if (/^in\s+\S+\s+(?:years?|months?|weeks?|days?)\b/i.test(result.text) && (PERFECT_BEFORE.test(before) || SUPERLATIVE_BEFORE.test(before) || /\b(?:times?|twice|once)\s+$/i.test(before))) continue;
      // "1/2 of the votes", "[1/2]": numbers with a slash and no year are a date only after a word that dates ("on 10/28").
      if (SLASHED_DAY.test(result.text.trim()) && !DATING_WORD_BEFORE.test(before)) continue;
      if (TITLE_PART_OF_DAY.test(result.text) && /^\s+\p{Lu}/u.test(segment.slice(result.index + result.text.length))) continue;
      if (/^today$/i.test(result.text) && (NOWADAYS_BEFORE.test(before) || NOWADAYS_AFTER.test(segment.slice(result.index + result.text.length)))) continue;
      // A range ("from November 20 to December 11") is two dates, each with its own value.
      const separator = result.end ? RANGE_SEPARATOR.exec(result.text) : null;
      if (result.end && separator && separator.index > 0) {
        const second = separator.index + separator[0].length;
        push(result.index, result.text.slice(0, separator.index), valueOf(result.start, result.text.slice(0, separator.index), result.text, articleDate, future, past));
        push(result.index + second, result.text.slice(second), valueOf(result.end, result.text.slice(second), result.text, articleDate, future, past));
      } else push(result.index, result.text, valueOf(result.start, result.text, result.text, articleDate, future, past));
    }
    for (const match of segment.matchAll(DECADE)) {
      if (!covered(span.start + match.index)) push(match.index, match[0], years(Number(match[1]), 10));
    }
    for (const match of segment.matchAll(DECADE_WORDS)) push(match.index, match[0], years(DECADE_NUMBERS[match[1]!.toLowerCase()]!, 10));
    for (const match of segment.matchAll(CENTURY)) push(match.index, match[0], years((Number(match[1]) - 1) * 100, 100));
    for (const match of segment.matchAll(SEASON)) {
      if (!covered(span.start + match.index)) push(match.index, match[0], seasonOf(match, articleDate));
    }
    if (articleDate) {
      for (const match of segment.matchAll(RELATIVE_CENTURY)) {
        const current = Math.floor(Number(articleDate.slice(0, 4)) / 100) * 100;
        push(match.index, match[0], years(match[2] ? current : current - 100, 100));
      }
    }
    for (const match of segment.matchAll(YEAR)) {
      const at = match.index;
      if (covered(span.start + at)) continue;
      const before = segment.slice(Math.max(0, at - 20), at);
      // "to" before a number is an amount ("up to 2000"), except after a year, "back" or a delay ("from 2004 to 2009", "delayed to 2028").
      const amount = AMOUNT_BEFORE.test(before) && !YEAR_AFTER_TO.test(segment.slice(Math.max(0, at - 60), at));
      // "Case 2000", "Resolution 2334", "Flight 2019": a number a label names is no year.
      if (!amount && !NUMBERED_LABEL_BEFORE.test(before) && !QUANTITY_AFTER.test(segment.slice(at + 4, at + 30))) push(at, match[1]!, match[1]!);
    }
    // "The next day", "the year before": a step from the last date of that unit earlier in the paragraph.
    for (const match of segment.matchAll(STEP_FROM_EVENT)) {
      const unit = (match[2] ?? match[3])!.toLowerCase() as keyof typeof UNIT_VALUE;
      const step = /^(?:previous|preceding|before)$/i.test(match[1] ?? match[4]!) ? -1 : 1;
      // The nearest before it: times are not yet in reading order.
      const anchor = times
        .filter((time) => time.start >= span.start && time.end <= span.start + match.index && UNIT_VALUE[unit].test(time.value))
        .reduce<TimeExpression | undefined>((nearest, time) => (!nearest || time.start > nearest.start ? time : nearest), undefined);
      if (anchor) push(match.index, match[0], stepFrom(anchor.value, unit, step));
    }
  }
  times.sort((a, b) => a.start - b.start || a.end - b.end);
  // "at the end of the month on April 29": the date after "on" says when the words before it mean.
  return times.filter((time, index) => {
    const next = times[index + 1];
    return !next || !/^,?\s+on\s+$/i.test(text.slice(time.end, next.start));
  });
}
