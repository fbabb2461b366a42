/**
 * A pure function over many inputs on every core: the inputs are shared among worker threads, each
 * importing the function from its module, and the results come back in input order. Small batches
 * stay on this thread, where starting workers would cost more than they save.
 *
 * Used for the per-article work of the pipeline (annotation, MDX emission) and for rendering
 * briefings in Astro's content loader.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface ParallelTask<Shared> {
  /** Absolute URL of the module that exports the function (`import.meta.url`-relative). */
  module: URL;
  /** The exported function: `(input, shared) => output`, pure and synchronous. */
  name: string;
  /** Data every call needs, sent to each worker once. */
  shared?: Shared;
  /** Called after each result, with the number done so far. */
  onDone?: (done: number) => void;
}

const INLINE_BELOW = 64;

export async function mapInParallel<Input, Output, Shared = undefined>(inputs: Input[], task: ParallelTask<Shared>): Promise<Output[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(inputs.length / INLINE_BELOW));
  const onDone = task.onDone ?? (() => {});
  if (threads <= 1) {
    const run = (await import(/* @vite-ignore */ task.module.href))[task.name] as (input: Input, shared?: Shared) => Output;
    return inputs.map((input, index) => {
      const output = run(input, task.shared);
      onDone(index + 1);
      return output;
    });
  }
  const outputs: Output[] = new Array(inputs.length);
  let done = 0;
  await Promise.all(Array.from({ length: threads }, (_, thread) => new Promise<void>((resolve, reject) => {
    // Every thread-th input, so that long and short ones spread evenly.
    const mine = inputs.map((input, index) => ({ input, index })).filter(({ index }) => index % threads === thread);
    const worker = new Worker(new URL('./parallel-worker.ts', import.meta.url), {
      workerData: { module: task.module.href, name: task.name, shared: task.shared, inputs: mine.map(({ input }) => input) },
    });
    worker.on('message', ({ position, output }: { position: number; output: Output }) => {
      outputs[mine[position]!.index] = output;
      done += 1;
      onDone(done);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker running ${task.name} stopped with code ${code}`))));
  })));
  return outputs;
}
