/**
 * The typed data model every stage reads and writes. `src/` imports these types too.
 *
 * Every annotation is a `Span`: `[start, end)` into the article's original text (the file as
 * JavaScript reads it, a leading byte-order mark removed), so `original.slice(start, end)` gives
 * back the annotated characters exactly.
 */

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'misc';

export type RemovalReason =
  | 'front-matter'
  | 'date-marker'
  | 'related-link'
  | 'image-credit'
  | 'external-link'
  | 'page-chrome'
  | 'byline'
  | 'contact';

export type BlockKind = 'paragraph' | 'heading' | 'title' | 'dateline';

/** A paragraph or sub-heading of the briefing body, or the title or dateline the text opens with. */
export interface Block extends Span {
  kind: BlockKind;
}

export interface Removed extends Span {
  text: string;
  reason: RemovalReason;
}

export type DateSource = 'front-matter' | 'inline-marker' | 'dateline';

/** A problem found in one article, positioned like a compiler message. */
export interface Message {
  file: string;
  line: number;
  column: number;
  reason: string;
  rule: string;
}

/** The output of `read` and `clean`: one article, its metadata and its body structure. */
export interface Article {
  id: string;
  file: string;
  /** The file text, byte-order mark removed: every span points into this. */
  original: string;
  /** `original` with the same length, CR and no-break spaces turned into spaces, for matching. */
  text: string;
  title: string;
  date: string | null;
  dateSource: DateSource | null;
  source: string | null;
  url: string | null;
  /** Where the body starts (after front matter and an inline date marker). */
  bodyStart: number;
  blocks: Block[];
  removed: Removed[];
  messages: Message[];
}

export interface Sentence extends Span {
  /** Index of the block the sentence belongs to. */
  block: number;
}

/** A mention of a named entity inside one article, keyed to an entity that is stable within it. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Canonical name of the entity within this article ("Vladimir Putin" for "Mr Putin"). */
  key: string;
  /** Titles written before the name ("Russian President"), kept as evidence and for aliases. */
  titles?: string;
  /**
   * Inside a longer name ("Google" in "Google Science Fair"): a mention of its own entity, which the
   * briefing cannot link apart from the longer name's link, so only the entity's page shows it.
   */
  nested?: true;
}

export interface Quote extends Span {
  text: string;
  /** True when the quote is part of a sentence of reported speech rather than a whole utterance. */
  partial: boolean;
  /** The words that attribute the quote (a name or pronoun), or null when nothing does. */
  speakerMention: (Span & { text: string }) | null;
  /** The entity key (within the article) of the speaker, or null when unknown. */
  speakerKey: string | null;
  cue: string | null;
}

export interface TimeExpression extends Span {
  text: string;
  /** ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
}

export interface Annotated extends Article {
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
  times: TimeExpression[];
}

/** An entity resolved across the whole corpus. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Set by curation (`content/entities.yaml`). */
  description?: string;
  articles: string[];
  mentionCount: number;
}

export interface ResolvedMention extends Span {
  text: string;
  entity: string;
  /** Inside a longer mention the briefing links (see `Mention.nested`). */
  nested?: true;
}

export interface ResolvedQuote extends Span {
  id: string;
  text: string;
  partial: boolean;
  speaker: { entity: string | null; mention: (Span & { text: string }) | null } | null;
  cue: string | null;
}

export interface Briefing {
  id: string;
  file: string;
  title: string;
  date: string | null;
  dateSource: DateSource | null;
  source: string | null;
  url: string | null;
  summary: string;
  quotes: ResolvedQuote[];
  mentions: ResolvedMention[];
  times: TimeExpression[];
  removed: Removed[];
}

export interface ReadError {
  file: string;
  reason: string;
}

/** The whole corpus after `resolve`: what `npm run annotate` exports and what the site renders. */
export interface Corpus {
  articles: Briefing[];
  entities: Entity[];
  errors: ReadError[];
  /** Problems of the corpus as a whole, such as curation entries that matched nothing. */
  messages: Message[];
}
