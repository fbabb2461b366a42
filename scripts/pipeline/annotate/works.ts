/**
 * Titles of works in quotation marks ("Wicked: For Good", "Now You See Me: Now You Don't") are names
 * of things, whatever their words: the quotation marks, not the capitals, say where they begin and end.
 */
import type { Span } from '../model.ts';
import type { Found } from './entity-types.ts';
import { tokensOf } from './names.ts';

/** Quoted text on one line, opening and closing with no space inside the marks; a closing single mark before a letter is an apostrophe ("Don’t"), and straight single marks stand apart from words ("'The Harder They Come'"). */
const QUOTED = /“([^\s“”][^“”\n]{0,80}?)”|"([^\s"][^"\n]{0,80}?)"|‘([^\s‘’](?:[^‘’\n]|’(?=\p{L})){0,80}?)’|(?<![\p{L}\d])'([^\s'][^'\n]{0,80}?)'(?![\p{L}\d])/gu;
/** Words a title leaves in lower case: "Tapas e Beijos", "The Life of a Showgirl". */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'vs', 'e', 'de', 'la', 'le', 'y', 'da', 'do', 'del']);
/** Not a work's title but a name given as a name: going by the name “The Katherinator”, nicknamed “Fergie”. */
const GIVEN_AS_NAME_BEFORE = /\b(?:name|named|nicknamed|known as|dubbed|called|alias)\s*$/i;
/** Kinds of works, named before their titles. */
const WORK_WORDS = 'film|movie|documentary|biopic|book|novel|memoir|album|song|single|track|play|musical|opera|sitcom|series|miniseries|show|programme|program|podcast|episode|sequel|prequel|franchise|hit|blockbuster|bestseller|exhibition|painting|poem|game';
/** What shows a work before its title: "the film", "the album titled", a maker's possessive ("Universal's"). */
const WORK_BEFORE = new RegExp(String.raw`(?:\b(?:${WORK_WORDS})s?,?(?:\s+(?:called|named|titled|entitled))?|\p{L}['’]s?)\s+$`, 'u');
/** A work's year in brackets after its title: "“Oppenheimer” (2023)". */
const YEAR_AFTER = /^\s+\((?:19|20)\d\d\)/;
/** A title listed after another: "“Wicked” and “Barbie”". */
const LISTED_BETWEEN = /^,?\s+(?:and|or)\s+$|^,\s+$/;
/** A maker's possessive before a work: "Lionsgate's", "Sony's". */
const MAKER_BEFORE = /(?<![\p{L}'’])(\p{Lu}[\p{L}&-]*)['’]s\s+$/u;
/** Words whose possessive is no maker's: "It's". */
const NO_MAKER = new Set(['It', 'That', 'This', 'There', 'Here', 'What', 'Who', 'He', 'She', 'Let', 'One', 'Today']);

interface QuotedTitle extends Span {
  /** Where the quotation marks open and close. */
  marks: Span;
  /** Whether the text shows it to be a work's, by what comes before or after it. */
  shownAsWork: boolean;
  /** Whether straight single marks set it off. */
  straightSingle: boolean;
}

/** Whether quoted words hold nothing but a title: eight words at most, each capitalised but the small ones. */
function isTitleOnly(content: string): boolean {
  const words = content.split(/[\s:]+/).filter(Boolean);
  return words.length <= 8 && /^[\p{Lu}\d]/u.test(words[0] ?? '') && words.every((word) => /^[\p{Lu}\d]/u.test(word) || TITLE_SMALL_WORDS.has(word));
}

let memo: { text: string; titles: QuotedTitle[] } | undefined;

/** The titles a text holds in quotation marks, a stop or a comma the American style sets inside them left out; not names given as names. */
function quotedTitlesOf(text: string): QuotedTitle[] {
  if (memo?.text === text) return memo.titles;
  const titles: QuotedTitle[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const content = (match[1] ?? match[2] ?? match[3] ?? match[4]!).replace(/[.,]$/, '');
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const shownByContext = WORK_BEFORE.test(before) || YEAR_AFTER.test(text.slice(match.index + match[0].length));
    if (!isTitleOnly(content) || (GIVEN_AS_NAME_BEFORE.test(before) && !shownByContext)) continue;
    const last = titles.at(-1);
    const listed = last?.shownAsWork === true && LISTED_BETWEEN.test(text.slice(last.marks.end, match.index));
    titles.push({ start: match.index + 1, end: match.index + 1 + content.length, marks: { start: match.index, end: match.index + match[0].length }, shownAsWork: shownByContext || listed, straightSingle: match[4] !== undefined });
  }
  // A title the text shows a work's once is a work's wherever it is quoted: a headline's "'The Harder They Come'" after "the film".
  const works = new Set(titles.filter((title) => title.shownAsWork).map((title) => text.slice(title.start, title.end)));
  for (const title of titles) if (works.has(text.slice(title.start, title.end))) title.shownAsWork = true;
  // Straight single marks set off a nickname as often ("'Mets Poet'"): only a work's title shown elsewhere.
  const kept = titles.filter((title) => !title.straightSingle || title.shownAsWork);
  memo = { text, titles: kept };
  return kept;
}

/** Whether `[start, end)` lies within a quoted title. */
export const inQuotedTitle = (text: string, start: number, end: number) => quotedTitlesOf(text).some((title) => title.start <= start && end <= title.end);

/**
 * Takes a quoted title whole as a work's name where the text shows it a work's, in place of the names
 * found within it ("Denmark's “The Kingdom: Exodus”", not "Kingdom" and "Exodus"); a maker's
 * possessive before it is a body's ("Lionsgate's").
 */
export function addQuotedWorks(found: Found[], text: string): void {
  for (const title of quotedTitlesOf(text)) {
    const within = found.filter((item) => item.candidate.start >= title.start && item.candidate.end <= title.end);
    if (!title.shownAsWork) continue;
    found.splice(0, found.length, ...found.filter((item) => !within.includes(item)));
    found.push({ candidate: { start: title.start, end: title.end, tokens: tokensOf(text, title), titles: [], sentenceInitial: false }, name: text.slice(title.start, title.end), type: 'misc' });
    const maker = MAKER_BEFORE.exec(text.slice(Math.max(0, title.marks.start - 40), title.marks.start));
    if (!maker || NO_MAKER.has(maker[1]!)) continue;
    const makerSpan = { start: title.marks.start - maker[0].length, end: title.marks.start - maker[0].length + maker[1]!.length };
    const known = found.find((item) => item.candidate.start <= makerSpan.start && item.candidate.end >= makerSpan.end);
    if (known?.guessed && known.type === 'place') known.type = 'organization';
    if (!known) found.push({ candidate: { ...makerSpan, tokens: tokensOf(text, makerSpan), titles: [], sentenceInitial: false }, name: maker[1]!, type: 'organization' });
  }
  found.sort((a, b) => a.candidate.start - b.candidate.start);
}
