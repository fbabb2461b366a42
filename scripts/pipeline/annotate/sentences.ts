/**
 * Sentences of each block, by the ICU sentence segmenter built into JavaScript (`Intl.Segmenter`),
 * with its breaks after titles and initials ("Mr. Putin", "St. Petersburg", "U.S. forces", an editor's
 * "[George W.] Bush") undone.
 */
import type { Block, Sentence } from '../model.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const NO_BREAK_AFTER = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sgt|Prof|Sen|Rep|Gov|Jr|Sr|Mt|Ft|No|vs|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu})\.[\])]?\s*$/u;

export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    let pendingStart: number | null = null;
    for (const { segment, index } of segmenter.segment(text.slice(block.start, block.end))) {
      const start: number = pendingStart ?? block.start + index;
      const trimmedEnd = block.start + index + segment.trimEnd().length;
      if (NO_BREAK_AFTER.test(segment) && trimmedEnd < block.end) {
        pendingStart = start;
        continue;
      }
      pendingStart = null;
      if (trimmedEnd > start) sentences.push({ start, end: trimmedEnd, block: blockIndex });
    }
  });
  return sentences;
}
