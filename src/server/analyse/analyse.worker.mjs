// Worker entry: register tsx in this thread (workers do not inherit the main thread's loader), then run
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./analyse.worker.ts');
