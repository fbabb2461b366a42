/** Runs Astro's CLI with the project's own Node, measuring the peak memory of the run when it can. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runMeasured, type MeasuredRun } from './measured.ts';

/** Astro's CLI, run with this Node: the command and its environment (telemetry off). */
export function astroCommand(args: string[], env: NodeJS.ProcessEnv = {}): { command: string[]; environment: NodeJS.ProcessEnv } {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  return { command: [process.execPath, astro, ...args], environment: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } };
}

export function runAstro(cwd: string, args: string[], env: NodeJS.ProcessEnv): MeasuredRun {
  const { command, environment } = astroCommand(args, env);
  return runMeasured(command, { cwd, env: environment });
}
