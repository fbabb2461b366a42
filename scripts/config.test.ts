import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { scratchFolder } from './scratch.ts';

function withFile(content: string | null): string {
  const root = scratchFolder('config');
  mkdirSync(join(root, 'content'));
  if (content !== null) writeFileSync(join(root, 'content', 'site.yaml'), content);
  return root;
}

test('defaults apply without a file, and the environment overrides the file', () => {
  assert.deepEqual(loadConfig(withFile(null), {}), { title: 'Briefings', description: 'Annotated news briefings: quotes, people, places and a timeline.', base: '/', pdf: true });
  const root = withFile('title: Ukraine desk\nbase: /desk/\npdf: false\n');
  assert.equal(loadConfig(root, {}).title, 'Ukraine desk');
  assert.equal(loadConfig(root, { BRIEFINGS_BASE: '/other/', BRIEFINGS_PDF: 'true' }).base, '/other/');
  assert.equal(loadConfig(root, { BRIEFINGS_PDF: 'true' }).pdf, true);
});

test('a wrong setting is named with what to fix', () => {
  assert.throws(() => loadConfig(withFile('base: briefings\npdfs: true\n'), {}), /base: must start and end with "\/"[\s\S]*Unrecognized key/);
  assert.throws(() => loadConfig(withFile('title: [unclosed\n'), {}), /not valid YAML/);
});
