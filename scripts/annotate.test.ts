import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './pipeline/model.ts';
import { decodeArticle } from './pipeline/read.ts';
import { scratchFolder } from './scratch.ts';

const seeds = new URL('./eval/reference/seeds/', import.meta.url).pathname;

test('npm run annotate exports the contract: offsets slice the original file text', () => {
  const folder = scratchFolder('annotate');
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) copyFileSync(join(seeds, name), join(folder, name));
  writeFileSync(join(folder, 'empty.txt'), '');
  const out = join(folder, 'out.json');
  const run = spawnSync(process.execPath, ['scripts/cli.ts', 'annotate', folder, '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const corpus = JSON.parse(readFileSync(out, 'utf8')) as Corpus;

  assert.deepEqual(corpus.errors.map((error) => error.file), ['empty.txt']);
  assert.deepEqual(corpus.articles.map((article) => article.id), ['000_5968d82b35829f7a', '003_4623ce7b0fab9b47', '004_1756103fc976af02']);
  const entityIds = new Set(corpus.entities.map((entity) => entity.id));
  for (const article of corpus.articles) {
    const { text } = decodeArticle(readFileSync(join(folder, article.file)));
    for (const span of [...article.quotes, ...article.mentions, ...article.times, ...article.removed]) {
      assert.equal(text.slice(span.start, span.end), span.text, `${article.id} ${span.start}-${span.end}`);
    }
    for (const quote of article.quotes) {
      if (quote.speaker?.mention) assert.equal(text.slice(quote.speaker.mention.start, quote.speaker.mention.end), quote.speaker.mention.text);
      if (quote.speaker?.entity) assert.ok(entityIds.has(quote.speaker.entity));
    }
    for (const mention of article.mentions) assert.ok(entityIds.has(mention.entity), mention.entity);
  }
  const putin = corpus.entities.find((entity) => entity.id === 'vladimir-putin');
  assert.deepEqual(putin?.articles, ['003_4623ce7b0fab9b47', '004_1756103fc976af02']);
  assert.ok(putin?.aliases.includes('Mr Putin') && putin.aliases.includes('Putin'));
  assert.equal(corpus.articles.find((article) => article.id === '003_4623ce7b0fab9b47')?.date, '2022-06-26');
  assert.equal(corpus.articles.find((article) => article.id === '000_5968d82b35829f7a')?.date, null);
});
