/** A worker thread of `parallel.ts`: annotates the articles it is given, one message each. */
import { parentPort, workerData } from 'node:worker_threads';
import { runInline, type Job } from './parallel.ts';

(workerData as Job[]).forEach((job, position) => parentPort!.postMessage({ position, outcome: runInline(job) }));
