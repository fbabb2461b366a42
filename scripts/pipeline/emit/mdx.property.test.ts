/**
 * Property: any text goes through reading, annotation and MDX emission without an error, compiles
 * as MDX, and its visible text comes back unchanged, block by block.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile } from '@mdx-js/mdx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { processArticle } from '../process.ts';
import { resolveCorpus } from '../resolve.ts';
import { UnreadableArticle } from '../read.ts';
import { briefingMdx } from './mdx.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Pieces that stress MDX, Markdown, quotes and names, mixed with arbitrary text. */
const piece = fc.oneof(
  fc.constantFrom('{', '}', '<', '>', '</', '/>', '"', '“', '”', '‘', '’', "'", '#', '## ', '*', '_', '|', '`', '```', '~~~', '\\', '&', '&amp;', '&#123;', '[', ']', '(', ')', '!', '-', '+', '1.', '>', ':'),
  fc.constantFrom('\n', '\n\n', '\r\n', ' ', '\t', '\u00a0', 'import ', 'export ', '<script>', '<Quote id="q1">', '<Mention entity="x">', '{props.x}', '---\n', 'Also read: ', 'Image: AP'),
  fc.constantFrom('Mr Putin said ', 'Vladimir Putin', ' Kyiv ', '“We will win,” she said. ', 'on Monday', 'Saturday, 25 June 2022', 'Erdoğan', 'Путин'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const articleText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));

test('random text survives reading, annotation, MDX emission and compilation', async () => {
  await fc.assert(
    fc.asyncProperty(articleText, async (text) => {
      let article;
      try {
        article = processArticle('random.txt', text);
      } catch (error) {
        if (error instanceof UnreadableArticle) return;
        throw error;
      }
      const briefing = resolveCorpus([article], []).articles[0]!;
      const mdx = briefingMdx(article, briefing);
      await compile(mdx, { format: 'mdx', outputFormat: 'function-body', remarkPlugins: [remarkFrontmatter] });
      const tree = parser.parse(mdx) as Root;
      const shown = tree.children.filter((node) => node.type !== 'yaml').map((node) => squash(toString(node)));
      const expected = article.blocks
        .filter((block) => block.kind === 'paragraph' || block.kind === 'heading')
        .map((block) => squash(article.original.slice(block.start, block.end)));
      assert.deepEqual(shown, expected);
    }),
    { numRuns: 300, seed: 20261122 },
  );
});
