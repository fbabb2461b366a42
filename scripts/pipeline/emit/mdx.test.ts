import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { processArticle } from '../process.ts';
import { resolveCorpus } from '../resolve.ts';
import { briefingMdx } from './mdx.ts';
import { siteData } from './data.ts';
import type { Curation } from '../curate.ts';
import { renderBriefing, type RenderContext } from '../../../src/lib/render-briefing.ts';

const hostile = [
  'import fs from "fs"',
  'export const x = {1}',
  '# Not a heading <script>alert(1)</script> and {braces} and <Quote id="x">fake</Quote>',
  '* not a list | not | a table ` code [link](javascript:alert(1))',
  '“A quote with {braces},” Jane Doe said.',
].join('\n\n');

function emit() {
  const article = processArticle('hostile.txt', hostile);
  const corpus = resolveCorpus([article], []);
  const context: RenderContext = {
    entity: (id) => {
      const found = corpus.entities.find((candidate) => candidate.id === id);
      if (!found) throw new Error(`unknown entity ${id}`);
      return found;
    },
    url: (path) => `/base/${path}`,
  };
  return { mdx: briefingMdx(article, corpus.articles[0]!), context };
}

test('hostile article text compiles as standard MDX, as children of elements, never as code', async () => {
  const { mdx } = emit();
  const compiled = String(await compile(mdx, { format: 'mdx', outputFormat: 'function-body', remarkPlugins: [remarkFrontmatter] }));
  assert.doesNotMatch(compiled, /await import\(|^\s*(?:import|export) /m);
  assert.doesNotMatch(compiled, /_jsx\("script"/);
  for (const fragment of ['import fs from', 'export const x = {1}', '<script>alert(1)</script>', '[link](javascript:alert(1))', 'A quote with {braces},']) {
    assert.ok(compiled.includes(JSON.stringify(fragment).slice(1, -1)) || compiled.includes(fragment), `missing text: ${fragment}`);
  }
  assert.match(mdx, /<Quote id="q1" speaker="jane-doe">/);
});

test('the rendered briefing shows hostile text as text and links quotes and mentions under the base path', () => {
  const { mdx, context } = emit();
  const { html, frontmatter } = renderBriefing(mdx, context);
  assert.equal(frontmatter.id, 'hostile');
  assert.doesNotMatch(html, /<script|<Quote|href="javascript:/);
  for (const fragment of ['import fs from "fs"', 'export const x = {1}', '&#x3C;script>alert(1)&#x3C;/script>', '[link](javascript:alert(1))']) {
    assert.ok(html.includes(fragment), `missing text: ${fragment}`);
  }
  assert.match(html, /<span class="quote" id="q1"><span class="quote-text">“A quote with \{braces\},”<\/span><a class="quote-speaker" href="\/base\/entities\/jane-doe\/">Jane Doe<\/a><\/span>/);
  assert.match(html, /<a class="mention" id="m\d+" href="\/base\/entities\/jane-doe\/" data-type="person" title="Jane Doe">Jane Doe<\/a>/);
});

test('MDX that no briefing contains (expressions, imports, unknown components) is refused, naming it', () => {
  const { context } = emit();
  assert.throws(() => renderBriefing('Some {1 + 1} text', context), /MDX expressions are not rendered/);
  assert.throws(() => renderBriefing('import x from "y"\n\nText', context), /imports and exports are not rendered/);
  assert.throws(() => renderBriefing('A <Widget>thing</Widget>', context), /unknown component <Widget>/);
});

test('a name inside a longer one is listed on its entity\'s page at the longer one\'s link, and linked itself when the longer one is ignored', () => {
  const article = processArticle('fair.txt', 'Google gave a prize.\n\nShe won the Google Science Fair.');
  const nestedGoogle = (curation: Curation | null) => {
    const corpus = resolveCorpus([article], [], curation);
    const briefing = corpus.articles[0]!;
    const mdx = briefingMdx(article, briefing);
    const anchors = siteData([article], corpus).details.get('google')!().mentions.map((mention) => mention.anchor);
    return { mentions: briefing.mentions.map((mention) => [mention.text, mention.entity, Boolean(mention.nested)]), mdx, anchors };
  };
  const linked = nestedGoogle(null);
  assert.deepEqual(linked.mentions, [['Google', 'google', false], ['Google Science Fair', 'google-science-fair', false], ['Google', 'google', true]]);
  assert.match(linked.mdx, /<Mention id="m2" entity="google-science-fair">Google Science Fair<\/Mention>/);
  assert.deepEqual(linked.anchors, ['m1', 'm2']);
  const ignored = nestedGoogle({ file: 'entities.yaml', entries: new Map([['Google Science Fair', { ignore: true }]]), lines: new Map() });
  assert.deepEqual(ignored.mentions, [['Google', 'google', false], ['Google', 'google', false]]);
  assert.match(ignored.mdx, /the <Mention id="m2" entity="google">Google<\/Mention> Science Fair/);
  assert.deepEqual(ignored.anchors, ['m1', 'm2']);
});

test('a link\'s note within a paragraph ("opens new tab") is left out of the briefing, inside a quote too, and kept in the audit list', () => {
  const article = processArticle('links.txt', 'Nvidia said in a statement, opens new tab, that sales rose.\n\n"Demand is off the charts, opens new tab," Jensen Huang said.');
  const mdx = briefingMdx(article, resolveCorpus([article], []).articles[0]!);
  assert.doesNotMatch(mdx, /new tab/);
  assert.match(mdx, /said in a statement, that sales rose\./);
  assert.match(mdx, /<Quote id="q1" speaker="jensen-huang">"Demand is off the charts,"<\/Quote>/);
  assert.deepEqual(article.removed.map((removed) => [removed.reason, removed.text]), [['external-link', ', opens new tab'], ['external-link', ', opens new tab']]);
});
