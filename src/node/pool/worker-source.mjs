// The worker's entry when Factbench runs from its TypeScript sources (tsx, vitest, benchmarks):
// tsx's module hooks do not reach a worker thread through --import on Node 20, so they are
// registered here, in the thread, before the worker module is loaded. Builds load work-worker.js.
import { register } from 'tsx/esm/api';

register();
const { default: run } = await import('./worker.ts');
export default run;
