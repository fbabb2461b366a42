/**
 * `npm run eval`: prints accuracy on the sample articles and on GUM; with `--check`, fails when a
 * figure falls below its threshold in `thresholds.json`; with `--raise`, lifts the thresholds to
 * the level reached (they only rise).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateSeeds } from './seeds.ts';
import { evaluateGum } from './gum.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Every figure by a flat name, so thresholds can name any of them. */
export async function measure(): Promise<{ figures: Record<string, number>; misses: string[] }> {
  const { misses, ...seeds } = await evaluateSeeds(here('reference/seeds'));
  const gum = evaluateGum(here('reference/gum'));
  const figures: Record<string, number> = {};
  for (const [name, value] of Object.entries(seeds)) figures[`seeds.${name}`] = value;
  figures['gum.mentions.precision'] = gum.mentions.precision;
  figures['gum.mentions.recall'] = gum.mentions.recall;
  figures['gum.mentions.f1'] = gum.mentions.f1;
  figures['gum.typeAccuracy'] = gum.typeAccuracy;
  figures['gum.links.f1'] = gum.links.f1;
  figures['gum.quoteDocuments'] = gum.quoteDocuments;
  figures['gum.quotes.precision'] = gum.quotes.precision;
  figures['gum.quotes.recall'] = gum.quotes.recall;
  figures['gum.quotes.f1'] = gum.quotes.f1;
  figures['gum.speakerAccuracy'] = gum.speakerAccuracy;
  figures['gum.times.precision'] = gum.times.precision;
  figures['gum.times.recall'] = gum.times.recall;
  figures['gum.times.f1'] = gum.times.f1;
  return { figures, misses };
}

/** Thresholds: a minimum for each figure, or a maximum for counts of errors (`max:`). */
export function loadThresholds(): Record<string, number> {
  return JSON.parse(readFileSync(here('thresholds.json'), 'utf8')) as Record<string, number>;
}

export function belowThreshold(figures: Record<string, number>, thresholds: Record<string, number>): string[] {
  const failures: string[] = [];
  for (const [name, limit] of Object.entries(thresholds)) {
    const isMaximum = name.startsWith('max:');
    const figure = figures[isMaximum ? name.slice(4) : name];
    if (figure === undefined) failures.push(`${name}: no such figure`);
    else if (isMaximum ? figure > limit : figure < limit - 1e-9) failures.push(`${name}: ${figure.toFixed(3)} is ${isMaximum ? 'above' : 'below'} the threshold ${limit}`);
  }
  return failures;
}

/** Thresholds raised to the figures reached (never lowered); error counts may only fall. */
export function raisedThresholds(figures: Record<string, number>, thresholds: Record<string, number>): Record<string, number> {
  const raised: Record<string, number> = { ...thresholds };
  for (const [name, value] of Object.entries(figures)) {
    if (`max:${name}` in thresholds) raised[`max:${name}`] = Math.min(thresholds[`max:${name}`]!, value);
    else if (!Number.isInteger(value) || value <= 1) raised[name] = Math.max(thresholds[name] ?? 0, Math.floor(value * 1000) / 1000);
  }
  return raised;
}

export async function runEval({ check, raise }: { check: boolean; raise: boolean }): Promise<boolean> {
  const { figures, misses } = await measure();
  let thresholds = loadThresholds();
  if (raise) {
    thresholds = raisedThresholds(figures, thresholds);
    writeFileSync(here('thresholds.json'), `${JSON.stringify(thresholds, null, 2)}\n`);
  }
  console.log('figure                          value   threshold');
  for (const [name, value] of Object.entries(figures)) {
    const limit = thresholds[name] ?? thresholds[`max:${name}`];
    console.log(`${name.padEnd(32)}${(Number.isInteger(value) ? String(value) : value.toFixed(3)).padStart(6)}   ${limit ?? ''}`);
  }
  if (misses.length > 0) {
    console.log(`\nWhere the sample articles differ from the reference (${misses.length}):`);
    for (const miss of misses) console.log(`  ${miss}`);
  }
  if (!check) return true;
  const failures = belowThreshold(figures, thresholds);
  for (const failure of failures) console.error(`below threshold: ${failure}`);
  return failures.length === 0;
}
