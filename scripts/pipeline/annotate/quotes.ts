/**
 * Direct quotes: text in quotation marks that someone said, with the words that attribute it.
 *
 * Marks: straight and curly, double and single; a single mark between letters is an apostrophe.
 * Speech or not: a quote of three words or fewer is speech only when a speech cue introduces it
 * ("said that", "according to"); otherwise it is a scare quote, title or nickname. Attribution looks
 * for a speech cue before the quote in its sentence, then after it, and takes the cue's subject: a
 * named person or organisation, or a pronoun resolved to the person the text was last about.
 */
import type { Block, Mention, Quote, Sentence, Span } from '../model.ts';

interface QuoteMarks extends Span {
  /** Offset just past the closing mark (the block's end when the quote runs on). */
  after: number;
  /** Offset of the opening mark. */
  before: number;
  block: number;
}

const SPEECH_VERBS = String.raw`said|says|say|saying|stated|told|tells|telling|added|adds|adding|stressed|stresses|noted|warned|warns|explained|explains|claimed|insisted|insists|argued|argues|asked|asks|replied|replies|responded|wrote|writes|tweeted|tweets|commented|announced|announces|declared|declares|continued|concluded|acknowledged|admitted|suggested|urged|remarked|recalled|pointed out|went on|according to|as per|reported|emphasised|emphasized|observed`;
const CUE = new RegExp(String.raw`\b(${SPEECH_VERBS})\b`, 'gi');
const PRONOUN = /\b(he|she|they|we|it)\b/gi;
const PERSONAL_PRONOUN = /^(he|she)$/i;
const OPENERS = '“"‘\'';

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/** Quotation spans of one block. Single marks nested in double quotes belong to the outer quote. */
function findMarks(text: string, block: Block, blockIndex: number): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  let open: { at: number; mark: string } | null = null;
  for (let index = block.start; index < block.end; index += 1) {
    const character = text[index]!;
    const previous = text[index - 1];
    const next = text[index + 1];
    const double = character === '“' || character === '”' || character === '"';
    const single = character === '‘' || character === '’' || character === "'";
    if (!double && !single) continue;
    const canOpen = !isLetter(previous) && next !== undefined && !/\s/.test(next);
    const canClose = !isLetter(next) && previous !== undefined && !/\s/.test(previous);
    if (!open) {
      if (character !== '”' && character !== '’' && canOpen) open = { at: index, mark: character };
      continue;
    }
    const openDouble = open.mark === '“' || open.mark === '"';
    if (openDouble !== double) continue;
    if (character === '“' || character === '‘' || !canClose) continue;
    found.push({ before: open.at, start: open.at + 1, end: index, after: index + 1, block: blockIndex });
    open = null;
  }
  if (open && (open.mark === '“' || open.mark === '"')) {
    found.push({ before: open.at, start: open.at + 1, end: block.end, after: block.end, block: blockIndex });
  }
  return found.filter((marks) => marks.end > marks.start);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Attribution {
  speaker: Span & { text: string } | null;
  key: string | null;
  cue: string | null;
}

/**
 * Resolves a pronoun at `offset` to the person the text is about: the speaker of the last quote
 * within the previous paragraph, else the first person named in the nearest sentence before it.
 */
function resolvePronoun(
  offset: number,
  mentions: Mention[],
  sentences: Sentence[],
  previousQuote: Quote | undefined,
  blockOfOffset: number,
  blockOfPrevious: number,
): string | null {
  if (previousQuote?.speakerKey && blockOfOffset - blockOfPrevious <= 1) return previousQuote.speakerKey;
  const current = sentences.findIndex((sentence) => sentence.start <= offset && offset <= sentence.end);
  for (let index = current; index >= 0 && index >= current - 4; index -= 1) {
    const sentence = sentences[index]!;
    const limit = index === current ? offset : sentence.end;
    const person = mentions.find((mention) => mention.type === 'person' && mention.start >= sentence.start && mention.end <= limit);
    if (person) return person.key;
  }
  return null;
}

export function annotateQuotes(text: string, blocks: Block[], sentences: Sentence[], mentions: Mention[]): Quote[] {
  const quotes: Quote[] = [];
  const quoteBlocks: number[] = [];
  const speakers = mentions.filter((mention) => mention.type === 'person' || mention.type === 'organization');
  const sentenceAt = (offset: number) => sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);

  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'paragraph') return;
    const marks = findMarks(text, block, blockIndex);
    marks.forEach((mark, markIndex) => {
      const sentence = sentenceAt(mark.start) ?? block;
      const previousMark = marks[markIndex - 1];
      const nextMark = marks[markIndex + 1];
      const beforeFrom = Math.max(block.start, previousMark && previousMark.after > sentence.start ? previousMark.after : sentence.start);
      const closingSentence = sentenceAt(Math.max(mark.start, mark.end - 1)) ?? block;
      const afterTo = Math.min(nextMark ? nextMark.before : block.end, Math.max(closingSentence.end, sentenceAt(mark.after)?.end ?? 0));
      const beforeText = text.slice(beforeFrom, mark.before);
      const afterText = text.slice(mark.after, afterTo);
      const quoted = text.slice(mark.start, mark.end);
      const previousQuote = quotes[quotes.length - 1];
      const previousBlock = quoteBlocks[quoteBlocks.length - 1] ?? -10;

      const attribution = (window: string, from: number, cueIsLast: boolean): Attribution | null => {
        const cues = [...window.matchAll(CUE)];
        if (cues.length === 0) return null;
        const cue = cueIsLast ? cues[cues.length - 1]! : cues[0]!;
        const cueStart = from + cue.index;
        const cueEnd = cueStart + cue[0].length;
        const lowerCue = cue[0].toLowerCase();
        const windowEnd = from + window.length;
        const subjectBefore = speakers.filter((mention) => mention.start >= from && mention.end <= cueStart).pop();
        const pronounBefore = [...text.slice(from, cueStart).matchAll(PRONOUN)].pop();
        const objectAfter = speakers.find((mention) => mention.start >= cueEnd && mention.end <= windowEnd && mention.start - cueEnd < 60);
        let speaker: (Span & { text: string }) | null = null;
        let key: string | null = null;
        const pronounStart = pronounBefore ? from + pronounBefore.index : -1;
        const fromPronoun = (start: number, word: string) => {
          speaker = { start, end: start + word.length, text: word };
          key = PERSONAL_PRONOUN.test(word) || /^they$/i.test(word)
            ? resolvePronoun(start, mentions, sentences, previousQuote, blockIndex, previousBlock)
            : null;
        };
        const fromMention = (mention: Mention) => {
          speaker = { start: mention.start, end: mention.end, text: mention.text };
          key = mention.key;
        };
        if (lowerCue === 'according to' || lowerCue === 'as per') {
          if (objectAfter) fromMention(objectAfter);
        } else if (subjectBefore && subjectBefore.end > pronounStart) {
          fromMention(subjectBefore);
        } else if (pronounBefore) {
          fromPronoun(pronounStart, pronounBefore[0]);
        } else if (objectAfter) {
          fromMention(objectAfter);
        } else {
          const pronounAfter = /^\s*(he|she|they)\b/i.exec(text.slice(cueEnd, windowEnd));
          if (pronounAfter) fromPronoun(cueEnd + pronounAfter[0].length - pronounAfter[1]!.length, pronounAfter[1]!);
        }
        return { speaker, key, cue: cue[0] };
      };

      const fromBefore = attribution(beforeText, beforeFrom, true);
      const fromAfter = fromBefore ? null : attribution(afterText, mark.after, false);
      const short = wordCount(quoted) <= 3;
      const accordingAfter = /\b(according to|as per)\b/i.test(afterText);
      const continuesPrevious = previousQuote !== undefined && (
        (previousBlock === blockIndex && previousQuote.end <= mark.before && !/[.!?]/.test(text.slice(previousQuote.end + 1, mark.before).replace(/^[”"’'.,]+/, '')))
        || (mark.before === block.start && previousBlock === blockIndex - 1)
      );
      const isSpeech = short ? Boolean(fromBefore) || accordingAfter : Boolean(fromBefore || fromAfter) || !looksLikeTitle(quoted);
      if (!isSpeech) return;
      let found = fromBefore ?? fromAfter ?? (accordingAfter ? attribution(afterText, mark.after, false) : null);
      if ((!found || !found.key) && continuesPrevious && previousQuote) {
        found = { speaker: found?.speaker ?? previousQuote.speakerMention, key: previousQuote.speakerKey, cue: found?.cue ?? previousQuote.cue };
      }
      quotes.push({
        start: mark.start,
        end: mark.end,
        text: text.slice(mark.start, mark.end),
        partial: !(OPENERS.includes(text[mark.before]!) && (mark.before === sentence.start || mark.before === block.start)) || short,
        speakerMention: found?.speaker ?? null,
        speakerKey: found?.key ?? null,
        cue: found?.cue ?? null,
      });
      quoteBlocks.push(blockIndex);
    });
  });
  return quotes;
}

/** Most words capitalised and no closing punctuation: a title or a name, not speech. */
function looksLikeTitle(quoted: string): boolean {
  const words = quoted.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length > 0.6 && !/[.!?,]$/.test(quoted.trim());
}
