import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleCache } from './cache.ts';
import { processArticle } from './process.ts';
import { scratchFolder } from '../scratch.ts';

test('the cache is spread over files by article: unchanged articles come back, changed and gone ones do not, another pipeline version empties it', () => {
  const folder = join(scratchFolder('cache'), 'cache');
  const first = 'Maria Lopez said "we stay" in Lyon.';
  const second = 'NATO met in Brussels on Monday.';
  const cache = new ArticleCache(folder);
  cache.store('a.txt', 'a', first, processArticle('a.txt', first));
  cache.store('b.txt', 'b', second, processArticle('b.txt', second));
  cache.mdxFor('a.txt', { id: 'a' }).keep('MDX of a');
  cache.save();
  // a.txt and b.txt hash to different files.
  assert.equal(readdirSync(folder).length, 3, 'a version file and a file for each article');

  const again = new ArticleCache(folder);
  assert.deepEqual(again.lookup('a.txt', 'a', first)?.mentions, processArticle('a.txt', first).mentions);
  assert.equal(again.mdxFor('a.txt', { id: 'a' }).cached, 'MDX of a');
  assert.equal(again.mdxFor('a.txt', { id: 'a', changed: true }).cached, undefined);
  assert.equal(again.lookup('b.txt', 'b', `${second} More.`), undefined, 'a changed article is annotated again');
  again.save();
  assert.equal(readdirSync(folder).length, 2, 'the file of the article this run did not use is gone');

  writeFileSync(join(folder, 'version'), 'another pipeline');
  assert.equal(new ArticleCache(folder).lookup('a.txt', 'a', first), undefined, 'other code empties the cache');
});
