/**
 * `npm run eval -- --compare-times`: the pipeline's time expressions (chrono-node and the rules of
 * `annotate/times.ts`) beside Microsoft's recognizers-text-date-time used alone, both scored as
 * `npm run eval` scores times on GUM, so a change of recogniser is decided by a figure.
 *
 * Microsoft's values are read the way the pipeline reads dates: the past reading of an ambiguous
 * date (news reports the past), months and years at their own granularity, other ranges as
 * `start/end` with the end inclusive, and in an undated article only what the text states fully.
 */
import * as DateTime from '@microsoft/recognizers-text-date-time';
import { processArticle } from '../pipeline/process.ts';
import type { Span } from '../pipeline/model.ts';
import { findsDate, goldDates, loadGum, timeCountsOf } from './gum.ts';
import { addDays, iso, utcDate } from '../pipeline/annotate/times.ts';
import { add, emptyCounts, scores, type Scores } from './score.ts';

interface Resolution {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}

/** The ISO value of a recognised expression, or null when it is not a date or cannot be resolved honestly. */
function microsoftValue(values: Resolution[], dated: boolean): string | null {
  const reading = values[0];
  if (!reading?.timex || (!dated && reading.timex.includes('X'))) return null;
  if (reading.type === 'date') return reading.value ?? null;
  if (reading.type !== 'daterange' || !reading.start || !reading.end) return null;
  if (/^(\d{4}|XXXX)-\d{2}$/.test(reading.timex)) return reading.start.slice(0, 7);
  if (/^\d{4}$/.test(reading.timex)) return reading.timex;
  return `${reading.start}/${iso(addDays(utcDate(reading.end), -1))}`;
}

function microsoftTimes(text: string, blocks: Span[], date: string | null) {
  const reference = new Date(`${date ?? '2000-01-01'}T12:00:00Z`);
  return blocks.flatMap((block) => DateTime.recognizeDateTime(text.slice(block.start, block.end), 'en-us', undefined, reference).flatMap((result) => {
    const value = microsoftValue((result.resolution?.values ?? []) as Resolution[], date !== null);
    // `end` is the index of the last character.
    return value ? [{ start: block.start + result.start, end: block.start + result.end + 1, value }] : [];
  }));
}

/** Both scored, and how many gold dates Microsoft's finds that the pipeline misses: what adding it could win. */
export function compareTimeRecognisers(folder: string): { pipeline: Scores; microsoft: Scores; onlyMicrosoft: number } {
  const pipeline = emptyCounts();
  const microsoft = emptyCounts();
  let onlyMicrosoft = 0;
  for (const document of loadGum(folder)) {
    const article = processArticle(`${document.id}.txt`, document.text);
    // The same blocks the pipeline reads times in.
    const theirs = microsoftTimes(article.text, article.blocks, article.date);
    add(pipeline, timeCountsOf(document, article.times));
    add(microsoft, timeCountsOf(document, theirs));
    onlyMicrosoft += goldDates(document).filter((date) => theirs.some((time) => findsDate(time, date)) && !article.times.some((time) => findsDate(time, date))).length;
  }
  return { pipeline: scores(pipeline), microsoft: scores(microsoft), onlyMicrosoft };
}
