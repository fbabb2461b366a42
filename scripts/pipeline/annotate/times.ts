/**
 * Time expressions, recognised by chrono-node and normalised against the article's date.
 *
 * News reports the past, so a bare weekday ("on Monday") is the one before the article's date
 * (or that day itself), never the week after. In an undated article only what the text states
 * absolutely (a year given with the date) is resolved: a date is never invented.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { Span, TimeExpression } from '../model.ts';

const DAY_MS = 86_400_000;
/** Phrases relative to another event ("six weeks later"), not to the article's date. */
const RELATIVE_TO_EVENT = /\b(later|earlier|before|after|since)$/i;
/** Durations ("for two weeks", "within 48 hours", "the last five months") are not dates. */
const DURATION = /^(for|within|over|during)\b|\b(last|past|next|coming)\s+(\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple)\b/i;
/** chrono reads some ordinary words as dates; these are never time expressions alone. */
const FALSE_FRIENDS = /^(may|march|sun|sat|wed|now|second|a second|mon|today's)$/i;
/** A year standing alone: "in 2012", "the 2003 election", "2011." but not "2000 people". */
const YEAR_ALONE = /(?<![\d.,$£€-])\b((?:1[89]|20)\d\d)\b(?![-–/.,]\d|\s*%|\s+(?!election|season|census|budget|campaign|games|olympics|world)[a-z]+s\b)/g;

const iso = (date: Date) => date.toISOString().slice(0, 10);

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** Calendar units named relative to the article's date: "last week", "this weekend", "next year". */
function relativeUnit(text: string, articleDate: string): string | null {
  const match = /\b(last|past|previous|this|next|coming)\s+(week|weekend|month|year)\b/i.exec(text);
  if (!match) return null;
  const step = /^(last|past|previous)$/i.test(match[1]!) ? -1 : /^(next|coming)$/i.test(match[1]!) ? 1 : 0;
  const reference = utcDate(articleDate);
  const unit = match[2]!.toLowerCase();
  if (unit === 'year') return String(reference.getUTCFullYear() + step);
  if (unit === 'month') return iso(new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + step, 1))).slice(0, 7);
  const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7) + 7 * step);
  if (unit === 'week') return `${iso(monday)}/${iso(addDays(monday, 6))}`;
  // "this weekend" in a report is the one just past unless the article is written before it.
  const saturday = addDays(monday, step === 0 && reference.getUTCDay() >= 1 && reference.getUTCDay() <= 5 ? -2 : 5);
  return `${iso(saturday)}/${iso(addDays(saturday, 1))}`;
}

/** The ISO value of one chrono result, or null when it cannot be resolved honestly. */
function valueOf(result: ParsedResult, articleDate: string | null): string | null {
  const start = result.start;
  // Undated: only what the text states absolutely, a year written out, is resolved.
  if (!articleDate && !/\b\d{4}\b/.test(result.text)) return null;
  const yearKnown = start.isCertain('year');
  if (articleDate) {
    const unit = relativeUnit(result.text, articleDate);
    if (unit) return unit;
  }
  let date = start.date();
  if (articleDate && start.isCertain('weekday') && !start.isCertain('day')) {
    const reference = utcDate(articleDate);
    while (date.getTime() > reference.getTime() + DAY_MS / 2) date = new Date(date.getTime() - 7 * DAY_MS);
    return iso(date);
  }
  if (start.isCertain('day')) return iso(date);
  if (start.isCertain('month')) return iso(date).slice(0, 7);
  if (yearKnown) return String(start.get('year'));
  return null;
}

function chronoResults(text: string, articleDate: string | null): ParsedResult[] {
  const reference = articleDate ? utcDate(articleDate) : new Date(Date.UTC(2000, 0, 1, 12));
  return chrono.en.casual.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false });
}

/**
 * A dateline in a line near the top: a full date ("Tuesday, September 22, 2015", "MEXICO CITY,
 * Nov. 30, 2006 (Xinhua)") that is the whole line, opens it, or closes it (scrapers glue datelines
 * to titles and first paragraphs). Its span within the line and its value, else null.
 */
export function findDateline(line: string): { start: number; end: number; value: string } | null {
  const results = chronoResults(line, null).filter((result) => result.start.isCertain('day') && result.start.isCertain('year') && /\d{4}/.test(result.text));
  for (const result of results) {
    const before = line.slice(0, result.index);
    let end = result.index + result.text.length;
    const agency = /^\s*\([^)]{1,40}\)/.exec(line.slice(end));
    if (agency) end += agency[0].length;
    const after = line.slice(end);
    const opens = /^\s*(?:[\p{Lu}][\p{Lu}\s.]+,\s*)?$/u.test(before) && /^(?:\s*$|\s*[—–-]|\s+[\p{Lu}“"])/u.test(after);
    // A date closing a line dates it only after a headline, not at the end of a sentence.
    const closes = /^\s*$/.test(after) && (before.trim() === '' || !/[.!?,;:"”’)]\s*$/.test(before));
    if (opens || closes) return { start: opens && before.trim() ? 0 : result.index, end: closes ? line.length : end, value: iso(result.start.date()) };
  }
  return null;
}

/** Time expressions inside the given spans of `text`, with values against `articleDate`. */
export function annotateTimes(text: string, spans: Span[], articleDate: string | null): TimeExpression[] {
  const times: TimeExpression[] = [];
  for (const span of spans) {
    const segment = text.slice(span.start, span.end);
    for (const result of chronoResults(segment, articleDate)) {
      if (FALSE_FRIENDS.test(result.text.trim()) || RELATIVE_TO_EVENT.test(result.text) || DURATION.test(result.text)) continue;
      const value = valueOf(result, articleDate);
      if (!value) continue;
      const start = span.start + result.index;
      const matched = result.text.replace(/[\s,.;:]+$/, '');
      times.push({ start, end: start + matched.length, text: matched, value });
    }
    for (const match of segment.matchAll(YEAR_ALONE)) {
      const start = span.start + match.index;
      if (times.some((time) => time.start <= start && start < time.end)) continue;
      times.push({ start, end: start + 4, text: match[1]!, value: match[1]! });
    }
  }
  return times.sort((a, b) => a.start - b.start);
}
