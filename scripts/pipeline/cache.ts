/**
 * A content-hash cache of per-article work, so that an unchanged article is neither annotated nor
 * serialised to MDX again. Entries are keyed by the article's text, file and id and by a version
 * that hashes the pipeline's own code and the lockfile: a change to either empties the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotated } from './model.ts';
import { normaliseForMatching } from './read.ts';

type Stored = Omit<Annotated, 'original' | 'text'>;

interface Entry {
  key: string;
  annotated: Stored;
  mdx?: { key: string; text: string };
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

const VERSION_FILE = 'version';

/** Where the cache of a folder of articles is kept, in the project at `root`: a folder of files. */
export function cachePath(root: string, articlesDir: string): string {
  return join(root, '.cache', 'pipeline', sha1(resolve(root, articlesDir)).slice(0, 12));
}

/** A hash of the code that annotates and emits, and of the dependencies' lockfile. */
function pipelineVersion(): string {
  const hash = createHash('sha1');
  const folder = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort();
  for (const file of files) hash.update(file).update(readFileSync(join(folder, file)));
  const lockfile = join(folder, '..', '..', 'package-lock.json');
  if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
  return hash.digest('hex');
}

/** Files the cache is spread over: a large corpus's cache is never one string in memory. */
const BUCKETS = 256;
const bucketOf = (file: string) => sha1(file).slice(0, 2);

/**
 * The cache is spread over up to 256 files by a hash of the article's file name. A file is read
 * when one of its articles is first looked up, and written only when one of its articles' work
 * changed or one of its articles is gone.
 */
export class ArticleCache {
  private readonly version = pipelineVersion();
  /** The files read so far: their entries by article file. */
  private readonly buckets = new Map<string, Map<string, Entry>>();
  /** The entries of this run, by article file. */
  private readonly used = new Map<string, Entry>();
  /** Files to write at the next save. */
  private readonly changed = new Set<string>();
  readonly path: string;

  constructor(path: string) {
    this.path = path;
    const versionFile = join(path, VERSION_FILE);
    // Made by other code: start empty.
    if (!existsSync(versionFile) || readFileSync(versionFile, 'utf8') !== this.version) rmSync(path, { recursive: true, force: true });
  }

  /** The annotated article for this exact text, file and id, if an earlier run made it. */
  lookup(file: string, id: string, original: string): Annotated | undefined {
    const entry = this.used.get(file) ?? this.bucket(bucketOf(file)).get(file);
    if (entry?.key !== this.keyOf(file, id, original)) return undefined;
    this.used.set(file, entry);
    return { ...entry.annotated, original, text: normaliseForMatching(original), messages: [...entry.annotated.messages] };
  }

  private bucket(bucket: string): Map<string, Entry> {
    let entries = this.buckets.get(bucket);
    if (!entries) {
      try {
        entries = new Map(Object.entries(JSON.parse(readFileSync(join(this.path, `${bucket}.json`), 'utf8')) as Record<string, Entry>));
      } catch {
        // Not there yet, or unreadable: its articles are annotated again.
        entries = new Map();
      }
      this.buckets.set(bucket, entries);
    }
    return entries;
  }

  /** Keeps a freshly annotated article (before messages about other files are added to it). */
  store(file: string, id: string, original: string, annotated: Annotated): void {
    const { original: _original, text: _text, ...stored } = annotated;
    this.used.set(file, { key: this.keyOf(file, id, original), annotated: { ...stored, messages: [...stored.messages] } });
    this.changed.add(bucketOf(file));
  }

  private keyOf(file: string, id: string, original: string): string {
    return sha1(`${id}\u0000${file}\u0000${original}`);
  }

  /**
   * The article's MDX from an earlier run if it was made for the same briefing data, and a way to
   * keep the MDX made now: the data is hashed once for both.
   */
  mdxFor(file: string, briefingData: unknown): { cached: string | undefined; keep: (text: string) => void } {
    const entry = this.used.get(file);
    const key = sha1(JSON.stringify(briefingData));
    return {
      cached: entry?.mdx?.key === key ? entry.mdx.text : undefined,
      keep: (text) => {
        if (!entry) return;
        entry.mdx = { key, text };
        this.changed.add(bucketOf(file));
      },
    };
  }

  /** Keeps the entries of this run only: articles that are gone leave the cache. */
  save(): void {
    mkdirSync(this.path, { recursive: true });
    writeFileSync(join(this.path, VERSION_FILE), this.version);
    const byBucket = new Map<string, [string, Entry][]>();
    for (const [file, entry] of this.used) {
      const bucket = bucketOf(file);
      if (!byBucket.has(bucket)) byBucket.set(bucket, []);
      byBucket.get(bucket)!.push([file, entry]);
    }
    for (let index = 0; index < BUCKETS; index += 1) {
      const bucket = index.toString(16).padStart(2, '0');
      const entries = byBucket.get(bucket) ?? [];
      const read = this.buckets.get(bucket);
      // A file holds articles that are gone when it held more than this run used, or when this run
      // used none of its articles and never read it.
      const gone = read === undefined ? entries.length === 0 : [...read.keys()].some((file) => !this.used.has(file));
      if (!this.changed.has(bucket) && !gone) continue;
      if (entries.length === 0) rmSync(join(this.path, `${bucket}.json`), { force: true });
      else writeFileSync(join(this.path, `${bucket}.json`), JSON.stringify(Object.fromEntries(entries)));
      this.buckets.set(bucket, new Map(entries));
    }
    this.changed.clear();
  }
}
