// The context and app types live with the manifest contract (module.ts), which needs them; this is the
// name modules import them by.
export type { App, AppContext } from './module.ts';
