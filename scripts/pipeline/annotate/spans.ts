/** Look-ups in spans sorted by start, by binary search: annotation stays linear on long articles. */
import type { Span } from '../model.ts';

/** Index of the first span that starts at or after `offset`. */
function firstFrom<T extends Span>(sorted: readonly T[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The span that contains `offset`, for non-overlapping spans (sentences, blocks). */
export function spanAt<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  const candidate = sorted[firstFrom(sorted, offset + 1) - 1];
  return candidate && candidate.start <= offset && offset < candidate.end ? candidate : undefined;
}

/** Index of the span that contains `offset`, or -1. */
export function spanIndexAt(sorted: readonly Span[], offset: number): number {
  const index = firstFrom(sorted, offset + 1) - 1;
  const candidate = sorted[index];
  return candidate && candidate.start <= offset && offset <= candidate.end ? index : -1;
}

/** The spans that lie wholly inside `[from, to)`. */
export function spansWithin<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  const found: T[] = [];
  for (let index = firstFrom(sorted, from); index < sorted.length && sorted[index]!.start < to; index += 1) {
    if (sorted[index]!.end <= to) found.push(sorted[index]!);
  }
  return found;
}
