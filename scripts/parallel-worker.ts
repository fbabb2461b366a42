/** A worker thread of `parallel.ts`: runs the named function on the inputs it is given, one message each. */
import { parentPort, workerData } from 'node:worker_threads';

const { module, name, shared, inputs } = workerData as { module: string; name: string; shared: unknown; inputs: unknown[] };
const run = (await import(module))[name] as (input: unknown, shared: unknown) => unknown;
inputs.forEach((input, position) => parentPort!.postMessage({ position, output: run(input, shared) }));
