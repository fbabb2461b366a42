/**
 * Sentences of each block, by the ICU sentence segmenter built into JavaScript (`Intl.Segmenter`),
 * with its breaks after titles and initials ("Mr. Putin", "St. Petersburg", "U.S. forces", an editor's
 * "[George W.] Bush"), and after a quoted question its attribution follows, undone.
 */
import type { Block, Sentence } from '../model.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const NO_BREAK_AFTER = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sgt|Prof|Sen|Rep|Gov|Jr|Sr|Mt|Ft|No|vs|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu})\.[\])]?\s*$/u;

/** A question or exclamation quoted, then its attribution: "“What are you still doing here?” the Russian joked." */
const QUOTED_QUESTION = /[?!]["”’']\s*$/;

export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    let pendingStart: number | null = null;
    const segments = [...segmenter.segment(text.slice(block.start, block.end))];
    for (const [at, { segment, index }] of segments.entries()) {
      const start: number = pendingStart ?? block.start + index;
      const trimmedEnd = block.start + index + segment.trimEnd().length;
      const attributionNext = QUOTED_QUESTION.test(segment) && /^\p{Ll}/u.test(segments[at + 1]?.segment ?? '');
      if ((NO_BREAK_AFTER.test(segment) || attributionNext) && trimmedEnd < block.end) {
        pendingStart = start;
        continue;
      }
      pendingStart = null;
      if (trimmedEnd > start) sentences.push({ start, end: trimmedEnd, block: blockIndex });
    }
  });
  return sentences;
}
