import { Worker } from 'node:worker_threads';
import type { Achtergrondtaken } from '../platform/achtergrondtaken.ts';
import type { KnoxOpties, KnoxResultaat } from './near-repeat.ts';

const MAX_TEGELIJK = 2;
/** Progress is written at most this often (the worker reports every permutation batch). */
const VOORTGANG_MS = 250;

/**
 * Near-repeat tests run in a worker thread of the process that accepted them; their state lives in the
 * platform's task table, so the API answers 202 with a task id and any process can report progress and the
 * result. The worker entry (analyse.worker.mjs) is the built worker, or registers tsx beside the sources.
 */
export class AnalyseTaken {
  constructor(private readonly taken: Achtergrondtaken) {}

  async start(eigenaar: string, invoer: { x: Float64Array; y: Float64Array; dag: Int32Array; opties: Omit<KnoxOpties, 'voortgang'> }): Promise<string> {
    const id = await this.taken.nieuw('near-repeat', eigenaar, invoer.opties.permutaties, MAX_TEGELIJK);
    const worker = new Worker(new URL('./analyse.worker.mjs', import.meta.url), { workerData: invoer });
    let laatst = 0;
    let afgerond = false;
    const fout = (melding: string) => {
      if (afgerond) return;
      afgerond = true;
      void this.taken.mislukt(id, melding).catch(() => undefined);
    };
    worker.on('message', (m: { soort: string; gedaan?: number; resultaat?: KnoxResultaat; melding?: string }) => {
      if (m.soort === 'voortgang' && Date.now() - laatst >= VOORTGANG_MS) {
        laatst = Date.now();
        void this.taken.voortgang(id, m.gedaan!).catch(() => undefined);
      }
      if (m.soort === 'klaar') {
        afgerond = true;
        void this.taken.klaar(id, m.resultaat!).catch(() => undefined);
      }
      if (m.soort === 'fout') fout(m.melding!);
    });
    worker.on('error', (e) => fout(e.message));
    worker.on('exit', (code) => fout(`De analyse stopte onverwacht (code ${code}).`));
    return id;
  }

  get(id: string, eigenaar: string) {
    return this.taken.get<KnoxResultaat>(id, eigenaar);
  }
}
