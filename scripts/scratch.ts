import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the system's temporary one, removed when the test file's tests end. */
export function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), `briefings-${prefix}-`));
  after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
