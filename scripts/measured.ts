/** Runs a program to its end, measuring its peak memory (with its children's) when it can. */
import { spawnSync, type StdioOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';

export interface MeasuredRun {
  status: number | null;
  /** What it printed, when its output was captured (`stdio: 'pipe'`). */
  output: string;
  /** Peak resident memory in MB, when /usr/bin/time is there to tell. */
  peakMb: number | null;
}

export function runMeasured(command: string[], { cwd, env, stdio = 'inherit' }: { cwd: string; env: NodeJS.ProcessEnv; stdio?: StdioOptions }): MeasuredRun {
  const printed = (run: { stdout: Buffer | null; stderr: Buffer | null }) => `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (!existsSync(TIME)) {
    const run = spawnSync(command[0]!, command.slice(1), { cwd, stdio, env });
    return { status: run.status, output: printed(run), peakMb: null };
  }
  const folder = mkdtempSync(join(tmpdir(), 'briefings-time-'));
  try {
    const report = join(folder, 'peak');
    const run = spawnSync(TIME, ['-f', '%M', '-o', report, ...command], { cwd, stdio, env, maxBuffer: 64 * 1024 * 1024 });
    const kilobytes = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
    return { status: run.status, output: printed(run), peakMb: Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : null };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
