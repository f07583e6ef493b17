import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { AppError } from '../platform/errors.ts';
import type { KnoxOpties, KnoxResultaat } from './near-repeat.ts';

export interface Taak {
  id: string;
  soort: 'near-repeat';
  eigenaar: string;
  status: 'bezig' | 'klaar' | 'mislukt';
  voortgang: { gedaan: number; totaal: number };
  resultaat: KnoxResultaat | null;
  fout: string | null;
  gestart: Date;
}

const BEWAAR_MS = 60 * 60_000;
const MAX_TEGELIJK = 2;

/**
 * Long analyses run in worker threads; the API answers 202 with a task id and the client polls for
 * progress and the result. Tasks live in memory for an hour and are visible to their owner only.
 * The worker entry registers tsx itself, as the server runs the TypeScript sources without a build.
 */
export class AnalyseTaken {
  private readonly taken = new Map<string, Taak>();

  start(eigenaar: string, invoer: { x: Float64Array; y: Float64Array; dag: Int32Array; opties: Omit<KnoxOpties, 'voortgang'> }): Taak {
    this.opruimen();
    if ([...this.taken.values()].filter((t) => t.status === 'bezig').length >= MAX_TEGELIJK) {
      throw new AppError('conflict', 'Er lopen al twee analyses; probeer het over een minuut opnieuw.');
    }
    const taak: Taak = { id: randomUUID(), soort: 'near-repeat', eigenaar, status: 'bezig', voortgang: { gedaan: 0, totaal: invoer.opties.permutaties }, resultaat: null, fout: null, gestart: new Date() };
    this.taken.set(taak.id, taak);
    const worker = new Worker(new URL('./analyse.worker.mjs', import.meta.url), { workerData: invoer });
    worker.on('message', (m: { soort: string; gedaan?: number; totaal?: number; resultaat?: KnoxResultaat; melding?: string }) => {
      if (m.soort === 'voortgang') taak.voortgang = { gedaan: m.gedaan!, totaal: m.totaal! };
      if (m.soort === 'klaar') Object.assign(taak, { status: 'klaar', resultaat: m.resultaat!, voortgang: { gedaan: taak.voortgang.totaal, totaal: taak.voortgang.totaal } });
      if (m.soort === 'fout') Object.assign(taak, { status: 'mislukt', fout: m.melding! });
    });
    worker.on('error', (e) => Object.assign(taak, { status: 'mislukt', fout: e.message }));
    worker.on('exit', (code) => {
      if (taak.status === 'bezig') Object.assign(taak, { status: 'mislukt', fout: `De analyse stopte onverwacht (code ${code}).` });
    });
    return taak;
  }

  /** Await a task (tests, CLI). */
  async wacht(id: string, eigenaar: string, timeoutMs = 60_000): Promise<Taak> {
    const eind = Date.now() + timeoutMs;
    for (;;) {
      const t = this.get(id, eigenaar);
      if (t.status !== 'bezig' || Date.now() > eind) return t;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  get(id: string, eigenaar: string): Taak {
    const t = this.taken.get(id);
    if (!t || t.eigenaar !== eigenaar) throw new AppError('niet_gevonden', 'Deze analyse bestaat niet (meer).');
    return t;
  }

  private opruimen(): void {
    const grens = Date.now() - BEWAAR_MS;
    for (const [id, t] of this.taken) if (t.status !== 'bezig' && t.gestart.getTime() < grens) this.taken.delete(id);
  }
}
