/**
 * Group commit: callers submit items one at a time; a single writer flushes them in batches. While one batch
 * is being written the next one gathers, so under load a batch holds everything that arrived during the
 * previous write, and at low load a batch is a single item with no added wait (no timer).
 *
 * Before each batch the writer yields once to the event loop (setImmediate): PGlite runs queries on the main
 * thread and resolves them as microtasks, so without the yield a transaction would finish before the
 * requests already received are even parsed, and every batch would hold one item.
 *
 * Why: every intake transaction takes the verwerkingenlog head lock and PGlite is one connection, so
 * transactions are serial whatever we do. Writing many meldingen per transaction turns ~10 round trips per
 * melding into ~10 per batch.
 *
 * When a batch fails, its items are retried one by one, so one bad item fails alone and the others are
 * still stored (each in its own transaction: all or nothing per item, as without batching).
 */
export class GroepsCommit<T, R> {
  private wachtrij: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  private bezig = false;

  constructor(
    private readonly schrijf: (items: T[]) => Promise<R[]>,
    private readonly maxBatch = 200,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.wachtrij.push({ item, resolve, reject });
      if (!this.bezig) {
        this.bezig = true;
        setImmediate(() => void this.loop());
      }
    });
  }

  private async loop(): Promise<void> {
    try {
      while (this.wachtrij.length > 0) {
        if (this.wachtrij.length < this.maxBatch) await new Promise((r) => setImmediate(r));
        const batch = this.wachtrij.splice(0, this.maxBatch);
        try {
          const out = await this.schrijf(batch.map((b) => b.item));
          batch.forEach((b, i) => b.resolve(out[i]!));
        } catch (e) {
          if (batch.length === 1) {
            batch[0]!.reject(e);
            continue;
          }
          for (const b of batch) {
            try {
              b.resolve((await this.schrijf([b.item]))[0]!);
            } catch (err) {
              b.reject(err);
            }
          }
        }
      }
    } finally {
      this.bezig = false;
    }
  }
}
