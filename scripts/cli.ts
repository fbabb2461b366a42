/**
 * One entry for every command: `build`, `annotate`, `eval`, `bench`.
 *
 *   node scripts/cli.ts build                        articles → MDX and data → Astro → Pagefind
 *   node scripts/cli.ts annotate <folder> --out f    the annotation export of a folder of articles
 *                                 [--curation f]    with the entity corrections of a curation file
 *   node scripts/cli.ts eval [--check] [--raise]     accuracy against the reference annotations
 *   node scripts/cli.ts eval --compare-times         time expressions: the pipeline beside Microsoft's recogniser
 *   node scripts/cli.ts bench [--sizes 1000,…]       build time and memory at scale (scripts/bench.ts)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateFolder } from './pipeline/run.ts';
import { json } from './pipeline/emit/write.ts';
import { loadCuration } from './pipeline/curate.ts';
import { buildSite } from './build.ts';
import { runEval } from './eval/run.ts';

const [command, ...rest] = process.argv.slice(2);

function option(name: string): string | undefined {
  const at = rest.indexOf(name);
  return at === -1 ? undefined : rest[at + 1];
}

function fail(message: string): never {
  console.error(`briefings: ${message}`);
  process.exit(2);
}

switch (command) {
  case 'build':
    await buildSite({ log: console.log });
    break;
  case 'annotate': {
    const folder = rest.find((argument, index) => !argument.startsWith('--') && !['--out', '--curation'].includes(rest[index - 1] ?? ''));
    const out = option('--out');
    if (!folder || !out) fail('usage: npm run annotate -- <input-folder> --out <file.json> [--curation entities.yaml]');
    const curationFile = option('--curation');
    const { corpus } = await annotateFolder(resolve(folder), { log: console.error, curation: curationFile ? loadCuration(curationFile) : null });
    writeFileSync(out, json(corpus));
    for (const error of corpus.errors) console.error(`skipped ${error.file}: ${error.reason}`);
    console.error(`wrote ${corpus.articles.length} articles and ${corpus.entities.length} entities to ${out}`);
    break;
  }
  case 'bench':
    await import('./bench.ts');
    break;
  case 'eval':
    if (rest.includes('--compare-times')) {
      const { compareTimeRecognisers } = await import('./eval/time-recognisers.ts');
      const { pipeline, microsoft, onlyMicrosoft } = compareTimeRecognisers(fileURLToPath(new URL('eval/reference/gum', import.meta.url)));
      const line = (name: string, { precision, recall, f1 }: { precision: number; recall: number; f1: number }) => console.log(`${name.padEnd(44)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
      console.log('DATE values on GUM:');
      line('pipeline (chrono-node and its rules)', pipeline);
      line('@microsoft/recognizers-text-date-time', microsoft);
      console.log(`gold dates only Microsoft's finds: ${onlyMicrosoft}`);
      break;
    }
    process.exitCode = (await runEval({ check: rest.includes('--check'), raise: rest.includes('--raise') })) ? 0 : 1;
    break;
  default:
    fail(`unknown command ${JSON.stringify(command ?? '')}; expected build, annotate, eval or bench`);
}
