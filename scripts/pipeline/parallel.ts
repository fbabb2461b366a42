/**
 * Per-article annotation on every core: articles are shared among worker threads, each running
 * the same pure `processArticle`, and the results come back in the order given. Small batches
 * stay on this thread, where starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Annotated } from './model.ts';
import { UnreadableArticle } from './read.ts';
import { processArticle } from './process.ts';

export interface Job {
  file: string;
  id: string;
  text: string;
}

/** An annotated article, or the reason it could not be read. */
export type Outcome = { annotated: Annotated } | { unreadable: string };

const WORKER_THRESHOLD = 64;

function runInline(job: Job): Outcome {
  try {
    return { annotated: processArticle(job.file, job.text, job.id) };
  } catch (error) {
    if (error instanceof UnreadableArticle) return { unreadable: error.message };
    throw error;
  }
}

export async function annotateAll(jobs: Job[], onDone: (done: number) => void = () => {}): Promise<Outcome[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(jobs.length / WORKER_THRESHOLD));
  if (threads <= 1) return jobs.map((job, index) => {
    const outcome = runInline(job);
    onDone(index + 1);
    return outcome;
  });
  const outcomes: Outcome[] = new Array(jobs.length);
  let done = 0;
  await Promise.all(Array.from({ length: threads }, (_, thread) => new Promise<void>((resolve, reject) => {
    // Every thread-th job, so that long and short articles spread evenly.
    const mine = jobs.map((job, index) => ({ job, index })).filter(({ index }) => index % threads === thread);
    const worker = new Worker(new URL('./parallel-worker.ts', import.meta.url), { workerData: mine.map(({ job }) => job) });
    worker.on('message', ({ position, outcome }: { position: number; outcome: Outcome }) => {
      outcomes[mine[position]!.index] = outcome;
      done += 1;
      onDone(done);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`an annotation worker stopped with code ${code}`))));
  })));
  return outcomes;
}

export { runInline };
