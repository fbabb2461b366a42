/**
 * Property: on any text, annotation gives spans that slice back to their text, mentions the
 * briefing links never overlap (links cannot nest), and every nested mention lies inside a linked
 * one of another entity.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotateJob } from '../process.ts';

/** Pieces that stress how names are found, joined, widened and nested, mixed with arbitrary text. */
const piece = fc.oneof(
  fc.constantFrom('[', ']', '[George W.] ', 'Jeff [Drake] ', 'Hey ', 'Dear ', 'Mr ', 'The Court ', 'the Times ', 'of ', 'of the ', ' and ', ' & ', ', ', '. ', '\n\n', '"', '“', '”', "'s ", '’s ', '-', '—', '(', ')'),
  fc.constantFrom('Irving, Texas', 'Evansville, Indiana, United States', 'New York Times', 'University of Helsinki', 'Municipality of Bogliasco', 'National Air and Space Museum', 'Google Science Fair', 'Google', 'Mark Tedeschi, QC', 'Kim Min-Woo', 'Beauveria bassiana', 'Russian Federation', 'USA', 'KCNA', 'Korean Central News Agency', 'Group G — Belgium 3 – 0 Panama', 'Boris Johnson Resigns', 'Andy Warhol Foundation for the Visual Arts'),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);
const articleText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));

test('random text gives spans that slice back, links that never overlap, and nested mentions inside links', () => {
  fc.assert(
    fc.property(articleText, (text) => {
      const outcome = annotateJob({ file: 'random.txt', id: 'random', text });
      if ('unreadable' in outcome) return;
      const article = outcome.annotated;
      for (const span of [...article.mentions, ...article.quotes, ...article.times]) {
        assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `span out of the text: ${JSON.stringify(span)}`);
        assert.equal(article.original.slice(span.start, span.end), span.text);
      }
      const linked = article.mentions.filter((mention) => !mention.nested);
      for (const [index, mention] of linked.entries()) {
        const next = linked[index + 1];
        assert.ok(!next || next.start >= mention.end, `overlapping links: ${mention.text} and ${next?.text}`);
      }
      for (const mention of article.mentions.filter((candidate) => candidate.nested)) {
        assert.ok(linked.some((outer) => outer.start <= mention.start && mention.end <= outer.end && outer.key !== mention.key), `nested outside a link: ${mention.text}`);
      }
    }),
    { numRuns: 500, seed: 20261123 },
  );
});
