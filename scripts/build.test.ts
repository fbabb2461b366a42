/**
 * The whole build on a corpus of broken and hostile inputs: it finishes, publishes every readable
 * article with its text shown literally, lists every unreadable file with its reason, indexes for
 * search, and builds the same bytes twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type BuildSummary } from './build.ts';
import { cachePath } from './pipeline/cache.ts';
import { scratchFolder } from './scratch.ts';

const seed = readFileSync(new URL('./eval/reference/seeds/004_1756103fc976af02.txt', import.meta.url), 'utf8');

/** name → file content. */
function hostileCorpus(): Record<string, string | Uint8Array> {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë Adams said “it works” in Oslo on Monday.\n\nThe council met in Oslo.', 'utf16le')]);
  const big = Array.from({ length: Math.ceil(5_000_000 / seed.length) }, () => seed).join('\n');
  return {
    'empty.txt': '',
    'blank.txt': '  \n\t\n',
    'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]),
    'latin1.txt': new Uint8Array(Buffer.from('Caf\xe9 owner Ren\xe9 Dubois said \x93we stay open\x94 in Z\xfcrich.', 'latin1')),
    'utf16.txt': new Uint8Array(utf16),
    'crlf.txt': 'Maria Lopez spoke in Madrid.\r\n\r\n"We will rebuild the bridge," Maria Lopez said.\r\n',
    'big.txt': big,
    'furniture-only.txt': 'Also read: Markets fall as talks stall\nImage: AP\n',
    'bad-yaml.md': '---\ntitle: [unclosed\ndate: yesterday\n---\nThe mayor of Lyon spoke.\n',
    'same-title-1.md': '---\ntitle: Talks resume\n---\nTalks resumed in Geneva.\n',
    'same-title-2.md': '---\ntitle: Talks resume\n---\nTalks resumed in Vienna.\n',
    'twin-a.txt': 'The same text twice, from Paris.\n',
    'twin-b.txt': 'The same text twice, from Paris.\n',
    'nested/twin-a.txt': 'A different file with the name of another, from Rome.\n',
    'braces.txt': 'Budget {draft} <v2> had 3 > 2 and 1 < 4 items; {{template}} stays.\n',
    'esm.txt': 'import fs from "fs"\n\nexport const stolen = process.env\n\nexport default function X() {}\n',
    'html.txt': [
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 2"> and <a href="javascript:alert(1)">click</a>',
      '<Quote id="q1" speaker="nobody">fake quote</Quote> and <Mention id="m9" entity="nobody">x</Mention>',
      '<style>body{display:none}</style><!-- comment -->',
    ].join('\n\n'),
    'markdown.txt': '# Not a heading\n\n* not a list\n\n| not | a table |\n\n```js\nalert(1)\n```\n\n[link](javascript:alert(1)) and ![img](x.png) and **not bold**\n',
    'quotes.txt': '“This quote never closes, said Ana Silva.\n\nShe said ‘fine’ and ”this” and "unbalanced.\n',
    'scripts.txt': 'Recep Tayyip Erdoğan met Владимир Путин and 習近平 in Αθήνα; Seán O\'Neill and Zoë Saldaña watched.\n',
  };
}

function writeCorpus(folder: string): void {
  for (const [name, content] of Object.entries(hostileCorpus())) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
}

function filesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(folder, path)).isFile()).sort();
}

/** The article body of a briefing page: every tag in it must be one the site itself writes. */
function bodyOf(html: string): string {
  const start = html.indexOf('<div class="briefing-body">');
  const end = html.indexOf('<footer', start);
  assert.ok(start !== -1 && end !== -1, 'briefing body not found');
  return html.slice(start, end);
}

/** The article text a reader sees: the site's speaker labels and tags dropped, references decoded. */
function visibleText(html: string): string {
  return html.replace(/<(a|span) class="quote-speaker[^"]*"[^>]*>[^<]*<\/\1>/g, '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))).replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal))).replace(/&amp;/g, '&');
}

const ALLOWED_TAG = /^<\/?(?:div class="briefing-body"|div|p|h2|a class="mention" id="m\d+" href="[^"]*" data-type="\w+" title="[^"]*"|a class="quote-speaker" href="[^"]*"|a|span class="quote" id="q\d+"|span class="quote-text"|span class="quote-speaker unknown"|span)>$/;

test('hostile and broken articles: the build finishes, skips only the unreadable, shows text literally, and is deterministic', { timeout: 600_000 }, async () => {
  const work = scratchFolder('hostile');
  const articles = join(work, 'articles');
  writeCorpus(articles);
  const lines: string[] = [];
  // PDFs are left out here (the 5 MB article alone prints hundreds of pages); the next test covers them.
  const build = (out: string): Promise<BuildSummary> => buildSite({ articles, content: join(work, 'content'), out: join(work, out), pdf: false, log: (line) => lines.push(line) });
  try {
    const summary = await build('site-a');
    const out = join(work, 'site-a');

    assert.deepEqual(summary.skipped.map((error) => error.file), ['binary.txt', 'blank.txt', 'empty.txt']);
    assert.ok(summary.skipped.every((error) => error.reason.length > 10));
    assert.ok(lines.some((line) => line.includes('binary.txt: binary data')), 'the summary names skipped files');
    const rules = summary.messages.map((message) => `${message.file}:${message.line}:${message.rule}`).sort();
    assert.deepEqual(rules, ['bad-yaml.md:2:read:front-matter', 'latin1.txt:1:read:encoding', 'twin-a.txt:1:read:duplicate-id', 'twin-b.txt:1:read:duplicate-text']);
    assert.ok(lines.some((line) => line.startsWith('warning: latin1.txt:1:')), 'the summary reports warnings with file and line');

    const readable = Object.keys(hostileCorpus()).filter((name) => !['empty.txt', 'blank.txt', 'binary.txt'].includes(name));
    assert.equal(summary.briefings, readable.length);
    const pages = readdirSync(join(out, 'briefings'));
    assert.equal(pages.length, readable.length);
    assert.ok(pages.includes('twin-a') && pages.includes('twin-a-2'), 'a clashing id is published under another, not dropped');

    const page = (id: string) => readFileSync(join(out, 'briefings', id, 'index.html'), 'utf8');
    for (const id of pages) {
      for (const tag of bodyOf(page(id)).match(/<[^>]+>/g) ?? []) assert.match(tag, ALLOWED_TAG, `${id}: article text became markup: ${tag}`);
    }
    const seen = (id: string) => visibleText(bodyOf(page(id)));
    for (const [id, fragment] of [
      ['html', '<script>window.__pwned = 1</script>'],
      ['html', '<img src=x onerror="window.__pwned = 2">'],
      ['html', '<Quote id="q1" speaker="nobody">fake quote</Quote>'],
      ['markdown', '# Not a heading'],
      ['markdown', '[link](javascript:alert(1)) and ![img](x.png) and **not bold**'],
      ['esm', 'import fs from "fs"'],
      ['esm', 'export const stolen = process.env'],
      ['braces', 'Budget {draft} <v2> had 3 > 2 and 1 < 4 items; {{template}} stays.'],
      ['latin1', 'Café owner René Dubois said “we stay open” in Zürich.'],
      ['utf16', 'Zoë Adams said “it works” in Oslo on Monday.'],
      ['scripts', 'Recep Tayyip Erdoğan met Владимир Путин and 習近平 in Αθήνα'],
      ['quotes', '“This quote never closes, said Ana Silva.'],
      ['crlf', '"We will rebuild the bridge," Maria Lopez said.'],
    ] as const) assert.ok(seen(id).includes(fragment), `${id}: not shown literally: ${fragment}`);
    assert.ok(page('furniture-only').includes('Markets fall as talks stall'), 'removed lines stay listed on the page');
    assert.ok(existsSync(join(out, 'pagefind', 'pagefind.js')), 'the site is indexed for search');
    assert.ok(!existsSync(`${out}.building`), 'no half-built folder is left');

    await build('site-b');
    assertSameFiles(out, join(work, 'site-b'));
  } finally {
    rmSync(cachePath(process.cwd(), articles), { recursive: true, force: true });
  }
});

function assertSameFiles(a: string, b: string): void {
  const files = filesOf(a);
  assert.deepEqual(filesOf(b), files);
  for (const file of files) assert.ok(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), `not deterministic: ${file}`);
}

test('the sample articles build the same site twice, PDFs included', { timeout: 300_000 }, async () => {
  const work = scratchFolder('twice');
  const articles = new URL('../content/articles/', import.meta.url).pathname;
  const build = (out: string) => buildSite({ articles, content: join(work, 'content'), out: join(work, out), pdf: true, log: () => {} });
  await build('one');
  await build('two');
  assert.ok(filesOf(join(work, 'one')).some((file) => file.endsWith('.pdf')), 'PDFs were made');
  assertSameFiles(join(work, 'one'), join(work, 'two'));
});
