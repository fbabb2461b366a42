/** Runs Astro's CLI with the project's own Node, measuring the peak memory of the run when it can. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const TIME = '/usr/bin/time';

export interface AstroRun {
  status: number | null;
  /** Peak resident memory of the Astro process in MB, when /usr/bin/time is there to tell. */
  peakMb: number | null;
}

/** Astro's CLI, run with this Node: the command and its environment (telemetry off). */
export function astroCommand(args: string[], env: NodeJS.ProcessEnv = {}): { command: string[]; environment: NodeJS.ProcessEnv } {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  return { command: [process.execPath, astro, ...args], environment: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } };
}

export function runAstro(cwd: string, args: string[], env: NodeJS.ProcessEnv): AstroRun {
  const { command, environment } = astroCommand(args, env);
  if (!existsSync(TIME)) {
    return { status: spawnSync(command[0]!, command.slice(1), { cwd, stdio: 'inherit', env: environment }).status, peakMb: null };
  }
  const folder = mkdtempSync(join(tmpdir(), 'briefings-time-'));
  try {
    const report = join(folder, 'peak');
    const run = spawnSync(TIME, ['-f', '%M', '-o', report, ...command], { cwd, stdio: 'inherit', env: environment });
    const kilobytes = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
    return { status: run.status, peakMb: Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : null };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
