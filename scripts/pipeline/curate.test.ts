import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateFolder } from './run.ts';
import { loadCuration } from './curate.ts';
import { scratchFolder } from '../scratch.ts';

const seeds = new URL('../eval/reference/seeds/', import.meta.url).pathname;

function curationFile(text: string): string {
  const path = join(scratchFolder('curation'), 'entities.yaml');
  writeFileSync(path, text);
  return path;
}

test('curation merges, ignores, renames, types, describes and splits entities, and reports entries that match nothing', async () => {
  const path = curationFile([
    'Moscow: { merge: Russia }',
    'Joint Expeditionary Force: { ignore: true }',
    'vladimir-putin:',
    '  name: Vladimir V. Putin',
    '  description: President of Russia.',
    '  split: { Putin (as Mr Putin): [Mr Putin] }',
    'Iskander-M: { type: misc, description: A Russian short-range ballistic missile system. }',
    'Vladmir Putin: { type: person }',
    '',
  ].join('\n'));
  const { corpus } = await annotateFolder(seeds, { curation: loadCuration(path, 'entities.yaml') });
  const byName = new Map(corpus.entities.map((entity) => [entity.name, entity]));
  assert.ok(!byName.has('Moscow') && byName.get('Russia')!.aliases.includes('Moscow'));
  assert.ok(!byName.has('Joint Expeditionary Force'));
  assert.ok(corpus.articles.every((article) => article.mentions.every((mention) => mention.text !== 'Joint Expeditionary Force')));
  const putin = byName.get('Vladimir V. Putin')!;
  assert.equal(putin.id, 'vladimir-v-putin');
  assert.equal(putin.description, 'President of Russia.');
  assert.deepEqual(putin.articles, ['003_4623ce7b0fab9b47', '004_1756103fc976af02']);
  assert.ok(byName.get('Putin (as Mr Putin)')!.aliases.includes('Putin'));
  assert.equal(byName.get('Iskander-M')!.description, 'A Russian short-range ballistic missile system.');
  const speakers = corpus.articles.flatMap((article) => article.quotes.map((quote) => quote.speaker?.entity));
  assert.ok(speakers.includes('vladimir-v-putin'));
  assert.deepEqual(corpus.messages.map((message) => `${message.file}:${message.line}: ${message.reason}`), [
    'entities.yaml:8: No entity is named "Vladmir Putin": the entry changes nothing; check the name on the entity\'s page',
  ]);
});

test('a curation entry with a wrong setting is named with its line', () => {
  assert.throws(() => loadCuration(curationFile('Russia:\n  merge: Belarus\nKyiv:\n  kind: place\n'), 'entities.yaml'), /entities\.yaml:3: Kyiv: Unrecognized key/);
  assert.throws(() => loadCuration(curationFile('Russia: [unclosed\n'), 'entities.yaml'), /entities\.yaml:\d+: not valid YAML/);
});
