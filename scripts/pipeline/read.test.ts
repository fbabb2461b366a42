import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticle, readArticle, UnreadableArticle } from './read.ts';

test('normalised text keeps every offset of the original', () => {
  const original = 'First\u00a0line\r\nSecond line\r\n';
  const article = readArticle('a.txt', original);
  assert.equal(article.text.length, original.length);
  assert.equal(article.text, 'First line \nSecond line \n');
  assert.equal(article.id, 'a');
});

test('a byte-order mark is removed before offsets are counted', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hello')]);
  assert.deepEqual(decodeArticle(bytes), { text: 'Hello', encoding: 'utf-8' });
  const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
  assert.deepEqual(decodeArticle(utf16), { text: 'Hi', encoding: 'utf-16le' });
});

test('text that is not UTF-8 is read as Windows-1252', () => {
  const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
  assert.deepEqual(decodeArticle(latin1), { text: 'Café “ok”', encoding: 'windows-1252' });
});

test('front matter gives title, date, source and url, and is removed from the body', () => {
  const original = '---\ntitle: A title\ndate: 2024-02-03\nsource: Example News\nurl: https://example.com/a\n---\nBody text.\n';
  const article = readArticle('dir/a.md', original);
  assert.deepEqual([article.title, article.date, article.dateSource, article.source, article.url], ['A title', '2024-02-03', 'front-matter', 'Example News', 'https://example.com/a']);
  assert.equal(original.slice(article.bodyStart), 'Body text.\n');
  assert.equal(article.removed[0]!.reason, 'front-matter');
});

test('invalid front matter is reported with its line and the article still reads', () => {
  const article = readArticle('bad.md', '---\ntitle: [unclosed\n---\nBody.\n');
  assert.equal(article.messages.length, 1);
  assert.equal(article.messages[0]!.line, 2);
  assert.match(article.messages[0]!.reason, /YAML front matter/);
});

test('an inline "date 2022-06-26" marker dates the article and leaves the body', () => {
  const original = ' date 2022-06-26 Russian President Vladimir Putin has announced.';
  const article = readArticle('003.txt', original);
  assert.equal(article.date, '2022-06-26');
  assert.equal(article.dateSource, 'inline-marker');
  assert.equal(original.slice(article.bodyStart), 'Russian President Vladimir Putin has announced.');
  assert.deepEqual(article.removed.map((removed) => removed.text), ['date 2022-06-26 ']);
});

test('empty and binary files are unreadable, with a reason', () => {
  assert.throws(() => readArticle('empty.txt', '  \n\t'), UnreadableArticle);
  assert.throws(() => readArticle('binary.txt', 'PK\u0003\u0004\u0000\u0000'), /binary/);
});
