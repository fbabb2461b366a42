/**
 * The site's configuration: one optional file, `content/site.yaml`, validated here once with a
 * message that says what to fix. Environment variables override it for one build
 * (`BRIEFINGS_BASE`, `BRIEFINGS_SITE`, `BRIEFINGS_PDF`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const SiteConfigSchema = z.object({
  /** Shown in the header, page titles and the feed. */
  title: z.string().min(1).default('Briefings'),
  /** One sentence for search engines and the feed. */
  description: z.string().min(1).default('Annotated news briefings: quotes, people, places and a timeline.'),
  /** The public address of the site, for absolute links in the feed (e.g. https://example.org). */
  site: z.url().optional(),
  /** The path the site is served from: "/" or a sub-path such as "/briefings/". */
  base: z.string().regex(/^\/([\w.-]+\/)*$/, 'must start and end with "/", e.g. "/" or "/briefings/"').default('/'),
  /** A PDF of every briefing, made at build time (turn off for very large corpora). */
  pdf: z.boolean().default(true),
}).strict();

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

export const CONFIG_FILE = join('content', 'site.yaml');

/** Reads and validates the configuration; throws an error that names the file and the fix. */
export function loadConfig(root = process.cwd(), environment: NodeJS.ProcessEnv = process.env): SiteConfig {
  const path = join(root, CONFIG_FILE);
  let fromFile: unknown = {};
  if (existsSync(path)) {
    try {
      fromFile = parseYaml(readFileSync(path, 'utf8')) ?? {};
    } catch (error) {
      throw new Error(`${CONFIG_FILE}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
    }
  }
  const overrides: Record<string, unknown> = {};
  if (environment.BRIEFINGS_BASE) overrides.base = environment.BRIEFINGS_BASE;
  if (environment.BRIEFINGS_SITE) overrides.site = environment.BRIEFINGS_SITE;
  if (environment.BRIEFINGS_PDF) overrides.pdf = environment.BRIEFINGS_PDF !== 'false' && environment.BRIEFINGS_PDF !== '0';
  const parsed = SiteConfigSchema.safeParse({ ...(fromFile as object), ...overrides });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`).join('\n');
    throw new Error(`${CONFIG_FILE} has problems; fix them and build again:\n${problems}`);
  }
  return parsed.data;
}

/** A site path under the base path ("/" or "/briefings/"). */
export const underBase = (base: string, path: string) => `${base}${path.replace(/^\//, '')}`;
