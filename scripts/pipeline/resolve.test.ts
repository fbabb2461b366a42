import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle } from './process.ts';
import { resolveCorpus } from './resolve.ts';

test('a surname or an acronym alone joins the one full name it ends or abbreviates in another article', () => {
  const corpus = resolveCorpus([
    processArticle('a.txt', 'Vladimir Putin spoke. The Korean Central News Agency reported the talks.'),
    processArticle('b.txt', 'Putin left early, KCNA said. The IMF and the International Monetary Fund met.'),
  ], []);
  const entityOf = (written: string) => corpus.entities.find((entity) => entity.id === corpus.articles[1]!.mentions.find((mention) => mention.text === written)?.entity)?.name;
  assert.deepEqual(['Putin', 'KCNA', 'IMF'].map(entityOf), ['Vladimir Putin', 'Korean Central News Agency', 'International Monetary Fund']);
});

test('a common initialism is no name and abbreviates none, and a Roman numeral gives no initial', () => {
  const corpus = resolveCorpus([
    processArticle('a.txt', 'NASA said the Artemis III mission will land in 2027.'),
    processArticle('b.txt', 'Firms race to build AI systems as GDP grows.'),
  ], []);
  assert.deepEqual(corpus.entities.filter((entity) => ['AI', 'GDP', 'Artemis III'].includes(entity.name)).map((entity) => [entity.name, entity.articles]), [['Artemis III', [corpus.articles[0]!.id]]]);
});

test('a full name spelt with another ending joins the spelling written more often; surnames that differ within do not', () => {
  const corpus = resolveCorpus([
    processArticle('a.txt', 'President Volodymyr Zelensky spoke. Later Zelensky left. Michael Johnson agreed.'),
    processArticle('b.txt', 'Ukrainian President Volodymyr Zelenskyy met them. Michael Johnston disagreed.'),
  ], []);
  const names = corpus.entities.filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity.articles.length]);
  assert.deepEqual(names, [['Michael Johnson', 1], ['Michael Johnston', 1], ['Volodymyr Zelensky', 2]]);
});

test('an acronym written as a word is the one another article writes in capitals', () => {
  const corpus = resolveCorpus([
    processArticle('a.txt', 'The Korva agency, KORVA, said so.'),
    processArticle('b.txt', 'Officials at Korva confirmed it.'),
  ], []);
  assert.deepEqual(corpus.entities.filter((entity) => /korva/i.test(entity.name)).map((entity) => [entity.name, entity.aliases, entity.articles.length]), [['KORVA', ['Korva'], 2]]);
});

test('a briefing lists the body\'s quote, not the title\'s repetition of it', () => {
  const corpus = resolveCorpus([
    processArticle('a.txt', "North Korea puts military in 'quasi-state of war'\n\nAccording to Yonhap, quoting the Korean Central News Agency, the army was told to prepare for a \"quasi-state of war\"."),
  ], []);
  assert.deepEqual(corpus.articles[0]!.quotes.map((quote) => [quote.id, quote.text]), [['q1', 'quasi-state of war']]);
  assert.ok(corpus.articles[0]!.quotes[0]!.start > 60);
});

test('a party\'s name without "Party" joins the one party of that name in another article', () => {
  const corpus = resolveCorpus([
    processArticle('a.txt', 'Labour won 412 seats, the party said.'),
    processArticle('b.txt', 'Keir Starmer led the Labour Party to victory.'),
  ], []);
  assert.deepEqual(corpus.entities.filter((entity) => /Labour/.test(entity.name)).map((entity) => [entity.name, entity.articles.length]), [['Labour Party', 2]]);
});
