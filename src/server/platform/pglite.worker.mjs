// Worker entry: the built server ships its own pglite.worker.mjs (bin/build.mjs); beside the sources this
// shim registers tsx in the worker thread (workers do not inherit the main thread's loader) and runs the
// TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./pglite.worker.ts');
