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
/** chrono reads some ordinary words as dates; these are never time expressions alone. */
const FALSE_FRIENDS = /^(may|march|sun|sat|wed|now|second|a second|mon|today's)$/i;
const YEAR_ALONE = /\b(?:in|since|by|until|from|of|during|through|throughout|before|after|early|late|mid-?)\s+((?:1[89]|20)\d\d)\b(?![-–/]\d)/gi;

const iso = (date: Date) => date.toISOString().slice(0, 10);

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/** The ISO value of one chrono result, or null when it cannot be resolved honestly. */
function valueOf(result: ParsedResult, articleDate: string | null): string | null {
  const start = result.start;
  const yearKnown = start.isCertain('year');
  if (!articleDate && !yearKnown) return null;
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

/** The date of a line that is only a dateline ("Tuesday, September 22, 2015"), else null. */
export function parseDateline(line: string): string | null {
  const cleaned = line.replace(/\(.*?\)/g, '').replace(/[—–-]\s*$/, '').trim();
  if (cleaned.length > 60) return null;
  const [result] = chronoResults(cleaned, null);
  if (!result || !result.start.isCertain('day') || !result.start.isCertain('year')) return null;
  const rest = cleaned.replace(result.text, '').replace(/^[\p{Lu}\s.,]+,/u, '').replace(/[\s,.]/g, '');
  return rest.length === 0 ? iso(result.start.date()) : null;
}

/** Time expressions inside the given spans of `text`, with values against `articleDate`. */
export function annotateTimes(text: string, spans: Span[], articleDate: string | null): TimeExpression[] {
  const times: TimeExpression[] = [];
  for (const span of spans) {
    const segment = text.slice(span.start, span.end);
    for (const result of chronoResults(segment, articleDate)) {
      if (FALSE_FRIENDS.test(result.text.trim()) || RELATIVE_TO_EVENT.test(result.text)) continue;
      const value = valueOf(result, articleDate);
      if (!value) continue;
      const start = span.start + result.index;
      times.push({ start, end: start + result.text.length, text: result.text, value });
    }
    for (const match of segment.matchAll(YEAR_ALONE)) {
      const start = span.start + match.index + match[0].length - match[1]!.length;
      if (times.some((time) => time.start <= start && start < time.end)) continue;
      times.push({ start, end: start + 4, text: match[1]!, value: match[1]! });
    }
  }
  return times.sort((a, b) => a.start - b.start);
}
