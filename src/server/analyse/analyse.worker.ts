import { parentPort, workerData } from 'node:worker_threads';
import { knox, type KnoxOpties } from './near-repeat.ts';

/** Runs a near-repeat test off the main thread and reports progress; the server stays responsive. */
interface Invoer {
  x: Float64Array;
  y: Float64Array;
  dag: Int32Array;
  opties: Omit<KnoxOpties, 'voortgang'>;
}

const invoer = workerData as Invoer;
try {
  const resultaat = knox(invoer.x, invoer.y, invoer.dag, {
    ...invoer.opties,
    voortgang: (gedaan, totaal) => parentPort!.postMessage({ soort: 'voortgang', gedaan, totaal }),
  });
  parentPort!.postMessage({ soort: 'klaar', resultaat });
} catch (e) {
  parentPort!.postMessage({ soort: 'fout', melding: e instanceof Error ? e.message : String(e) });
}
