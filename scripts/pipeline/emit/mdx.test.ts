import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { processArticle } from '../process.ts';
import { resolveCorpus } from '../resolve.ts';
import { briefingMdx } from './mdx.ts';

const hostile = [
  'import fs from "fs"',
  'export const x = {1}',
  '# Not a heading <script>alert(1)</script> and {braces} and <Quote id="x">fake</Quote>',
  '* not a list | not | a table ` code [link](javascript:alert(1))',
  '“A quote with {braces},” Jane Doe said.',
].join('\n\n');

test('hostile article text compiles as MDX and survives as visible text', async () => {
  const article = processArticle('hostile.txt', hostile);
  const corpus = resolveCorpus([article], []);
  const mdx = briefingMdx(article, corpus.articles[0]!);
  const compiled = String(await compile(mdx, { format: 'mdx', outputFormat: 'function-body', remarkPlugins: [remarkFrontmatter] }));
  // Article text is children of elements, never module code.
  assert.doesNotMatch(compiled, /await import\(|^\s*(?:import|export) /m);
  assert.doesNotMatch(compiled, /_jsx\("script"/);
  for (const fragment of ['import fs from', 'export const x = {1}', '<script>alert(1)</script>', '[link](javascript:alert(1))', 'A quote with {braces},']) {
    assert.ok(compiled.includes(JSON.stringify(fragment).slice(1, -1)) || compiled.includes(fragment), `missing text: ${fragment}`);
  }
  assert.match(mdx, /<Quote id="q1" speaker="jane-doe">/);
});
