/**
 * Property: any text goes through reading, annotation and MDX emission without an error, compiles
 * as standard MDX, renders as the site renders it, and its visible text comes back unchanged in
 * both, block by block.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { ElementContent, RootContent } from 'hast';
import { annotateJob } from '../process.ts';
import { resolveCorpus } from '../resolve.ts';
import { briefingMdx } from './mdx.ts';
import { briefingHast } from '../../../src/lib/render-briefing.ts';

/** Text as a reader sees it in the briefing's body: the speaker names shown after quotes left out. */
function visibleText(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if ((node.properties.className as string[] | undefined)?.includes('quote-speaker')) return '';
  return node.children.map(visibleText).join('');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Pieces that stress MDX, Markdown, quotes and names, mixed with arbitrary text. */
const piece = fc.oneof(
  fc.constantFrom('{', '}', '<', '>', '</', '/>', '"', '“', '”', '‘', '’', "'", '#', '## ', '*', '_', '|', '`', '```', '~~~', '\\', '&', '&amp;', '&#123;', '[', ']', '(', ')', '!', '-', '+', '1.', '>', ':'),
  fc.constantFrom('\n', '\n\n', '\r\n', ' ', '\t', '\u00a0', 'import ', 'export ', '<script>', '<Quote id="q1">', '<Mention entity="x">', '{props.x}', '---\n', 'Also read: ', 'Image: AP'),
  fc.constantFrom('Mr Putin said ', 'Vladimir Putin', ' Kyiv ', '“We will win,” she said. ', 'on Monday', 'Saturday, 25 June 2022', 'Erdoğan', 'Путин'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const articleText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));

test('random text survives reading, annotation, MDX emission, compilation and rendering', async () => {
  await fc.assert(
    fc.asyncProperty(articleText, async (text) => {
      const outcome = annotateJob({ file: 'random.txt', id: 'random', text });
      if ('unreadable' in outcome) return;
      const article = outcome.annotated;
      const corpus = resolveCorpus([article], []);
      const mdx = briefingMdx(article, corpus.articles[0]!);
      await compile(mdx, { format: 'mdx', outputFormat: 'function-body', remarkPlugins: [remarkFrontmatter] });
      const entities = new Map(corpus.entities.map((entity) => [entity.id, entity]));
      const { tree } = briefingHast(mdx, { entity: (id) => entities.get(id)!, url: (path) => `/${path}` });
      const shown = tree.children.filter((node) => node.type === 'element').map((node) => squash(visibleText(node)));
      const expected = article.blocks
        .filter((block) => block.kind === 'paragraph' || block.kind === 'heading')
        .map((block) => squash(article.original.slice(block.start, block.end)));
      assert.deepEqual(shown, expected);
    }),
    { numRuns: 300, seed: 20261122 },
  );
});
