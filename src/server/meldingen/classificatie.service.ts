import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db-schema.ts';
import { AppError } from '../platform/errors.ts';
import { classify, holdOutAccuracy, parseCorpus, train, trefwoordVoorbeelden, type Model, type Suggestie, type Verklaring } from './classifier.ts';
import type { MeldingenInstellingen } from './meldingen.config.ts';
import * as repo from './meldingen.repository.ts';

export const CORPUS_PATH = 'data/meldingen/trainingscorpus.tsv';

/**
 * Category suggestion: a naive Bayes model trained on the shipped corpus, the gemeente's keywords and every
 * correction staff made; the newest model is stored, so all processes suggest the same.
 */
export class ClassificatieService {
  private model: Model | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: MeldingenInstellingen,
    private readonly rootDir: string,
  ) {}

  private corpus() {
    return parseCorpus(fs.readFileSync(path.join(this.rootDir, CORPUS_PATH), 'utf8'));
  }

  /** Load the newest stored model, or train and store one from the corpus on first use. */
  async loadModel(): Promise<void> {
    const stored = await repo.latestModel(this.db);
    if (stored) {
      this.model = stored.model as Model;
      return;
    }
    await this.retrain();
  }

  /**
   * Train from the shipped corpus, the gemeente's keywords and all staff corrections; store the model and
   * report held-out accuracy on the corpus (corrections are not held out: they are the newest truth).
   */
  async retrain(): Promise<{ voorbeelden: number; correcties: number; nauwkeurigheid: number; getest: number }> {
    const corpus = this.corpus();
    const keywords = trefwoordVoorbeelden(this.cfg.categorieen);
    const corrections = await repo.corrections(this.db);
    const known = new Set(this.cfg.categorieen.map((c) => c.code));
    const all = [...corpus, ...keywords, ...corrections].filter((v) => known.has(v.categorie));
    const model = train(all);
    const { nauwkeurigheid, getest } = holdOutAccuracy(corpus, keywords);
    await this.db.transaction().execute((trx) =>
      repo.saveModel(trx, { model, voorbeelden: corpus.length, correcties: corrections.length, nauwkeurigheid }),
    );
    this.model = model;
    return { voorbeelden: corpus.length, correcties: corrections.length, nauwkeurigheid, getest };
  }

  classificeer(tekst: string): { suggesties: Suggestie[]; verklaring: Verklaring[] } {
    if (!this.model) throw new AppError('niet_beschikbaar', 'Het classificatiemodel is nog niet geladen.');
    return classify(this.model, tekst, 3);
  }
}
