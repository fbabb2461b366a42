/**
 * Read: one file's text to an `Article` with metadata and a normalised twin of its text.
 *
 * Offsets never move: `text` has exactly the length of `original`, with CR and no-break spaces
 * turned into plain spaces, so a match found in `text` is a span of `original` as it stands.
 */
import { parse as parseYaml } from 'yaml';
import type { Article, DateSource, Message, Removed } from './model.ts';
import { positionAt } from './position.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

/** Thrown for a file that cannot become an article; the build lists it and goes on. */
export class UnreadableArticle extends Error {}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** "date 2022-06-26" or "Date: 2022-06-26" opening the text, as some scrapers write it. */
const DATE_MARKER = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function normaliseForMatching(original: string): string {
  return original.replace(/[\r\u00a0\u2007\u202f\ufeff]/g, ' ');
}

export interface Decoded {
  text: string;
  /** The encoding when it was not UTF-8, to be reported. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Decodes file bytes: UTF-16 when a byte-order mark says so, else UTF-8, else (bytes that are not
 * UTF-8, as Latin-1 and Windows-1252 files have) Windows-1252. A byte-order mark is removed.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

interface FrontMatter {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

function readFrontMatter(original: string, file: string, messages: Message[]): { data: FrontMatter; end: number } {
  const match = FRONT_MATTER.exec(original);
  if (!match) return { data: {}, end: 0 };
  let parsed: unknown;
  try {
    parsed = parseYaml(match[1]!);
  } catch (error) {
    const { line, column } = positionAt(original, 4);
    messages.push({ file, line, column, rule: 'read:front-matter', reason: `Unreadable YAML front matter (${(error as Error).message.split('\n')[0]}); the article is read without it` });
    return { data: {}, end: match[0].length };
  }
  const data: FrontMatter = {};
  if (parsed && typeof parsed === 'object') {
    const record = parsed as Record<string, unknown>;
    for (const key of ['title', 'source', 'url'] as const) {
      if (typeof record[key] === 'string' && record[key].trim()) data[key] = record[key].trim();
    }
    const date = record.date instanceof Date ? record.date.toISOString().slice(0, 10) : record.date;
    if (typeof date === 'string' && ISO_DATE.test(date.trim())) data.date = date.trim();
    else if (date !== undefined) {
      const { line, column } = positionAt(original, 4);
      messages.push({ file, line, column, rule: 'read:date', reason: `Unexpected date ${JSON.stringify(date)} in front matter, expected YYYY-MM-DD; the article is undated` });
    }
  }
  return { data, end: match[0].length };
}

/** The id of an article file: its name without folder or extension. */
export function articleId(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.(txt|md)$/i, '');
}

/**
 * Reads one article. `file` is its path relative to the articles folder; the id is the file name
 * without its extension unless the caller gives another (when two files share a name).
 */
export function readArticle(file: string, original: string, id = articleId(file)): Article {
  const messages: Message[] = [];
  if (original.includes('\u0000')) throw new UnreadableArticle('binary data (NUL bytes), not text');
  if (original === '') throw new UnreadableArticle('empty file: no text to publish');
  if (original.trim() === '') throw new UnreadableArticle('only white space: no text to publish');

  const removed: Removed[] = [];
  const front = readFrontMatter(original, file, messages);
  if (front.end > 0) removed.push({ start: 0, end: front.end, text: original.slice(0, front.end), reason: 'front-matter' });

  let bodyStart = front.end;
  let date: string | null = front.data.date ?? null;
  let dateSource: DateSource | null = date ? 'front-matter' : null;
  const marker = DATE_MARKER.exec(original.slice(bodyStart));
  if (marker) {
    const start = bodyStart + marker[0].indexOf(marker[0].trimStart());
    const end = bodyStart + marker[0].length;
    removed.push({ start, end, text: original.slice(start, end), reason: 'date-marker' });
    if (!date) {
      date = marker[1]!;
      dateSource = 'inline-marker';
    }
    bodyStart = end;
  }

  return {
    id,
    file,
    original,
    text: normaliseForMatching(original),
    title: front.data.title ?? '',
    date,
    dateSource,
    source: front.data.source ?? null,
    url: front.data.url ?? null,
    bodyStart,
    blocks: [],
    removed,
    messages,
  };
}
