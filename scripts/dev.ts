/**
 * `npm run dev`: a live preview. Annotates `content/articles`, starts Astro's dev server, and on
 * every change to the articles (or to `entities.yaml`) annotates again and rewrites the briefings
 * and data that changed; Astro reloads the pages.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { annotateFolder } from './pipeline/run.ts';
import { writeContent } from './pipeline/emit/write.ts';
import { loadCuration } from './pipeline/curate.ts';
import { ArticleCache, cachePath } from './pipeline/cache.ts';
import { astroCommand } from './astro.ts';

const root = process.cwd();
const content = join(root, 'content');
const articles = join(content, 'articles');
const cache = new ArticleCache(cachePath(root, articles));

async function refresh(reason: string): Promise<void> {
  const started = performance.now();
  try {
    await writeContent(await annotateFolder(articles, { curation: loadCuration(join(content, 'entities.yaml'), 'content/entities.yaml'), cache }), content, cache);
    cache.save();
    console.log(`[briefings] ${reason}: briefings updated in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(`[briefings] ${reason}: not updated: ${(error as Error).message}`);
  }
}

await refresh('start');
let pending: NodeJS.Timeout | undefined;
const onChange = (what: string) => {
  clearTimeout(pending);
  pending = setTimeout(() => void refresh(`${what} changed`), 200);
};
watch(articles, { recursive: true }, (_event, file) => onChange(file ? `articles/${file}` : 'articles'));
watch(content, (_event, file) => {
  if (file === 'entities.yaml') onChange(file);
});

const { command, environment } = astroCommand(['dev', ...process.argv.slice(2)]);
const server = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env: environment });
server.on('exit', (code) => process.exit(code ?? 0));
