// The monitor pages use the shared API contract's types.
export type { Indicator, Observatie, Profiel, ProfielIndicator, Signalen, Trend } from '../../../contract/api/monitor.ts';
