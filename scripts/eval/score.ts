/** Counting helpers shared by the evaluations. */

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scores({ truePositives, predicted, gold }: Counts): Scores {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = gold === 0 ? 1 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}

export const emptyCounts = (): Counts => ({ truePositives: 0, predicted: 0, gold: 0 });

export function add(into: Counts, more: Counts): void {
  into.truePositives += more.truePositives;
  into.predicted += more.predicted;
  into.gold += more.gold;
}

/** Pairwise link counts: two mentions are linked when they share a key (or a gold cluster). */
export function linkCounts(pairs: { predicted: string; gold: string }[]): Counts {
  const counts = emptyCounts();
  for (let i = 0; i < pairs.length; i += 1) {
    for (let j = i + 1; j < pairs.length; j += 1) {
      const predictedLink = pairs[i]!.predicted === pairs[j]!.predicted;
      const goldLink = pairs[i]!.gold === pairs[j]!.gold;
      if (predictedLink) counts.predicted += 1;
      if (goldLink) counts.gold += 1;
      if (predictedLink && goldLink) counts.truePositives += 1;
    }
  }
  return counts;
}
