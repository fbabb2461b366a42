/**
 * Scores the pipeline on GUM's Wikinews articles (CC-BY; see reference/gum/README.md).
 *
 * Each document's text goes through the same per-article stages as a file would. Matching rules:
 * - entities: GUM's proper mentions of persons, organisations and places are whole noun phrases
 *   ("US President Barack Obama", "the University of Helsinki"); a predicted mention matches one
 *   when it lies inside it and ends where it ends (a possessive "'s" aside). Precision counts
 *   predicted person, organisation and place mentions against every GUM proper mention.
 * - links: over matched mentions of one article, two share an entity exactly when they share a
 *   GUM cluster (pairwise precision and recall).
 * - quotes: GUM spans include the quotation marks and split some long quotes by sentence. A gold
 *   speech quote is found when one predicted quote covers over half of it; a predicted quote is
 *   right when speech quotes cover over half of it. The speaker is right when the predicted
 *   speaker's mentions fall in the gold speaker's cluster (each mention in the innermost gold
 *   mention that ends with it); speaker accuracy is over all gold speech quotes with a speaker,
 *   so a missed quote counts as a wrong speaker. Only documents
 *   that list quotes are scored for quotes: the others (ie9, warhol, flag and more) hold plainly
 *   quoted speech that was never annotated.
 * - times: a predicted expression matches a GUM DATE timex it overlaps; it counts when the values
 *   are equal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle } from '../pipeline/process.ts';
import type { Annotated, Span, TimeExpression } from '../pipeline/model.ts';
import { add, emptyCounts, linkCounts, ratio, scores, type Counts, type Scores } from './score.ts';

interface GumEntity extends Span {
  text: string;
  type: string;
  cluster_id: string;
  mention_kind: string;
}

interface GumQuote extends Span {
  text: string;
  speech: boolean;
  speaker_cluster: string | null;
}

export interface GumDocument {
  id: string;
  text: string;
  entities: GumEntity[];
  quotes: GumQuote[];
  timexes: (Span & { text: string; type: string; value: string })[];
}

export interface GumReport {
  documents: number;
  /** Documents whose quotes GUM annotated; the others list none although their text has some. */
  quoteDocuments: number;
  mentions: Scores;
  typeAccuracy: number;
  links: Scores;
  quotes: Scores;
  speakerAccuracy: number;
  times: Scores;
}

const NAMED_TYPES = new Set(['person', 'organization', 'place']);

export function loadGum(folder: string): GumDocument[] {
  return ['gum-news.dev.jsonl', 'gum-interview.dev.jsonl'].flatMap((name) =>
    readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as GumDocument));
}

/** Shorter spans first: the innermost of the gold mentions that hold a predicted one. */
const shortestFirst = (a: Span, b: Span) => (a.end - a.start) - (b.end - b.start);

function endsTogether(text: string, predicted: Span, gold: Span): boolean {
  if (predicted.start < gold.start || predicted.end > gold.end) return false;
  const tail = text.slice(predicted.end, gold.end);
  return tail === '' || /^\s?['’]s?$/.test(tail);
}

/** Pairs predicted mentions with gold proper mentions, one to one, exact spans first. */
function matchMentions(article: Annotated, gold: GumEntity[]) {
  const proper = gold.filter((entity) => entity.mention_kind === 'proper');
  const used = new Set<GumEntity>();
  const matches: { predicted: Annotated['mentions'][number]; gold: GumEntity }[] = [];
  const predicted = article.mentions.filter((mention) => mention.type !== 'misc');
  for (const exactOnly of [true, false]) {
    for (const mention of predicted) {
      if (matches.some((match) => match.predicted === mention)) continue;
      const candidate = proper
        .filter((entity) => !used.has(entity) && (exactOnly ? entity.start === mention.start && entity.end === mention.end : endsTogether(article.text, mention, entity)))
        .sort((a, b) => Number(NAMED_TYPES.has(b.type)) - Number(NAMED_TYPES.has(a.type)) || shortestFirst(a, b))[0];
      if (candidate) {
        used.add(candidate);
        matches.push({ predicted: mention, gold: candidate });
      }
    }
  }
  return { matches, predictedCount: predicted.length, goldNamed: proper.filter((entity) => NAMED_TYPES.has(entity.type)) };
}

/** Recall from gold quotes found; precision from predicted quotes that are speech. */
function quoteScores(counts: Counts, precisionHits: number): Scores {
  const recall = scores(counts).recall;
  const precision = ratio(precisionHits, counts.predicted);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

type TimeValue = Pick<TimeExpression, 'start' | 'end' | 'value'>;

/** GUM's calendar dates in a document. */
export const goldDates = (document: GumDocument) => document.timexes.filter((timex) => timex.type === 'DATE');

/** A time expression finds a gold date when it overlaps it and has its value. */
export const findsDate = (time: TimeValue, date: TimeValue) => date.start < time.end && time.start < date.end && date.value === time.value;

/** Time expressions against GUM's DATE timexes: one is right when it finds one. */
export function timeCountsOf(document: GumDocument, times: TimeValue[]): Counts {
  const dates = goldDates(document);
  const right = times.filter((time) => dates.some((date) => findsDate(time, date))).length;
  return { truePositives: right, predicted: times.length, gold: dates.length };
}

export function evaluateGum(folder: string): GumReport {
  const documents = loadGum(folder);
  const mentionCounts = emptyCounts();
  const linkTotals = emptyCounts();
  const quoteCounts = emptyCounts();
  const timeCounts = emptyCounts();
  let typed = 0;
  let typedTotal = 0;
  let speakersRight = 0;
  let speakersTotal = 0;
  let precisionHits = 0;
  let quoteDocuments = 0;

  for (const document of documents) {
    const article = processArticle(`${document.id}.txt`, document.text);
    const { matches, predictedCount, goldNamed } = matchMentions(article, document.entities);
    const named = matches.filter((match) => NAMED_TYPES.has(match.gold.type));
    add(mentionCounts, { truePositives: named.length, predicted: predictedCount - (matches.length - named.length), gold: goldNamed.length });
    for (const match of named) {
      typedTotal += 1;
      if (match.predicted.type === match.gold.type) typed += 1;
    }
    add(linkTotals, linkCounts(named.map((match) => ({ predicted: match.predicted.key, gold: match.gold.cluster_id }))));

    // The gold cluster of a predicted entity key: the cluster most of its mentions fall in, each in
    // the innermost gold mention that ends with it ("Caitlin Boswell" in "critics like Colin Yeo,
    // and campaigner Caitlin Boswell" is Boswell, not the critics).
    const clusterOfKey = (key: string): string | null => {
      const votes = new Map<string, number>();
      for (const mention of article.mentions.filter((candidate) => candidate.key === key)) {
        const entity = document.entities
          .filter((gold) => gold.start <= mention.start && mention.end <= gold.end && endsTogether(article.text, mention, gold))
          .sort(shortestFirst)[0];
        if (entity) votes.set(entity.cluster_id, (votes.get(entity.cluster_id) ?? 0) + 1);
      }
      return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    };
    const speech = document.quotes.filter((quote) => quote.speech);
    const quoteScored = document.quotes.length > 0;
    if (quoteScored) quoteDocuments += 1;
    const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    // A gold quote is found by the predicted quote that covers most of it (over half); a predicted
    // quote is right when speech quotes cover over half of it. GUM splits some long quotes by
    // sentence where the text has one pair of marks.
    let predictedRight = 0;
    for (const quote of article.quotes) {
      const covered = speech.reduce((sum, gold) => sum + overlap(quote, gold), 0);
      if (covered * 2 > quote.end - quote.start) predictedRight += 1;
    }
    let found = 0;
    for (const gold of speech) {
      const best = article.quotes.map((quote) => ({ quote, shared: overlap(quote, gold) })).sort((a, b) => b.shared - a.shared)[0];
      const isFound = best !== undefined && best.shared * 2 > gold.end - gold.start - 2;
      if (isFound) found += 1;
      if (!gold.speaker_cluster) continue;
      speakersTotal += 1;
      if (isFound && best.quote.speakerKey && clusterOfKey(best.quote.speakerKey) === gold.speaker_cluster) speakersRight += 1;
    }
    if (quoteScored) {
      add(quoteCounts, { truePositives: found, predicted: article.quotes.length, gold: speech.length });
      precisionHits += predictedRight;
    }

    add(timeCounts, timeCountsOf(document, article.times));
  }

  return {
    documents: documents.length,
    quoteDocuments,
    mentions: scores(mentionCounts),
    typeAccuracy: ratio(typed, typedTotal),
    links: scores(linkTotals),
    quotes: quoteScores(quoteCounts, precisionHits),
    speakerAccuracy: ratio(speakersRight, speakersTotal),
    times: scores(timeCounts),
  };
}
