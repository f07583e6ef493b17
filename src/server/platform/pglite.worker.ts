import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * The embedded engine in a thread of its own (platform/database.ts, issue 9 defect 7). PGlite runs a query
 * synchronously: on the main thread a 40 ms work list froze every request for 40 ms, and under mixed load
 * residents waited seconds for a melding that was long saved. Here a query blocks only this thread; the main
 * thread keeps parsing, validating and answering, and the two cores of a small server are both used.
 *
 * The protocol is the PostgreSQL wire protocol itself: the main thread's `pg` driver sends its messages
 * through PGlite's node-postgres adapter, which calls `execProtocolStream` on a proxy that posts them here.
 */
export interface WorkerInvoer {
  dataDir: string;
  /** Sync commits to disk (fsync on); false = PGlite's own setting (-F, no fsync). Ignored in memory. */
  duurzaam: boolean;
  loadDataDir?: Uint8Array<ArrayBuffer> | undefined;
  /** Compiled once per process and shared by every worker (compiling PGlite's WebAssembly takes seconds). */
  wasm?: { pglite: WebAssembly.Module; initdb: WebAssembly.Module; fsBundle: Uint8Array<ArrayBuffer> } | undefined;
}

export type VerzoekInhoud = { soort: 'exec'; bytes: Uint8Array } | { soort: 'dump' } | { soort: 'fsyncs' } | { soort: 'sluit' };
export type Verzoek = VerzoekInhoud & { id: number };

export type Antwoord =
  | { id: 0; soort: 'gereed' }
  | { id: 0; soort: 'startfout'; melding: string }
  | { id: number; soort: 'ok'; waarde: unknown }
  | { id: number; soort: 'fout'; melding: string };

/**
 * PGlite starts PostgreSQL with `-F` (fsync off), and Emscripten's Node file system has no fsync: a commit is
 * in the OS page cache when PGlite reports it, not on disk, so a power loss can lose acknowledged meldingen.
 * We start PostgreSQL with fsync on (wal_sync_method=fsync, which goes through the file system's fsync, unlike
 * fdatasync that Emscripten ignores) and give the Node file system a real fsync. PostgreSQL then syncs the
 * WAL at every commit and data files at checkpoints, as it does on a server. Cost: see docs/PERFORMANCE.md.
 */
const DUURZAME_START = [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];

let fsyncs = 0;

class DuurzameNodeFS extends NodeFS {
  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const r = await super.init(pg, opts);
    const preRun = [
      ...((r.emscriptenOpts.preRun as ((mod: unknown) => void)[] | undefined) ?? []),
      (mod: unknown) => {
        const m = mod as { NODEFS: { stream_ops: Record<string, unknown> }; FS: { ErrnoError: new (errno: number) => Error } };
        m.NODEFS.stream_ops.fsync = (stream: { nfd: number }) => {
          try {
            fs.fsyncSync(stream.nfd);
            fsyncs += 1;
            return 0;
          } catch {
            // EIO: PostgreSQL treats a failed fsync as fatal (PANIC), which is the only safe reaction.
            throw new m.FS.ErrnoError(29);
          }
        };
      },
    ];
    return { emscriptenOpts: { ...r.emscriptenOpts, preRun } };
  }
}

/**
 * A backend message as plain data: errors and notices are Error subclasses whose fields (code, detail, …)
 * a structured clone would drop, so they travel as own properties and are rebuilt on the other side.
 */
function alsData(m: object): object {
  if (m instanceof Error) return { ...m, message: m.message, __fout: true };
  return m;
}

const invoer = workerData as WorkerInvoer;
const port = parentPort!;
const post = (a: Antwoord, transfer: ArrayBuffer[] = []) => port.postMessage(a, transfer);

async function start(): Promise<PGlite> {
  const wasm = invoer.wasm ? { pgliteWasmModule: invoer.wasm.pglite, initdbWasmModule: invoer.wasm.initdb, fsBundle: new Blob([invoer.wasm.fsBundle]) } : {};
  const load = { ...wasm, ...(invoer.loadDataDir ? { loadDataDir: new Blob([invoer.loadDataDir]) } : {}) };
  if (invoer.dataDir.startsWith('memory://')) return PGlite.create(invoer.dataDir, load);
  const pgdata = `${invoer.dataDir}/pgdata`;
  if (!invoer.duurzaam) return PGlite.create(pgdata, load);
  return PGlite.create({ fs: new DuurzameNodeFS(pgdata), startParams: DUURZAME_START, ...load });
}

try {
  const pglite = await start();
  // One request at a time, in order: the adapter already serialises a connection's messages.
  let rij: Promise<void> = Promise.resolve();
  port.on('message', (v: Verzoek) => {
    rij = rij.then(async () => {
      try {
        if (v.soort === 'exec') {
          const berichten = await pglite.execProtocolStream(v.bytes, { throwOnError: false });
          post({ id: v.id, soort: 'ok', waarde: berichten.map(alsData) });
        } else if (v.soort === 'dump') {
          const tar = new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
          post({ id: v.id, soort: 'ok', waarde: tar }, [tar.buffer as ArrayBuffer]);
        } else if (v.soort === 'fsyncs') {
          post({ id: v.id, soort: 'ok', waarde: fsyncs });
        } else {
          await pglite.close();
          post({ id: v.id, soort: 'ok', waarde: null });
          port.close();
        }
      } catch (e) {
        post({ id: v.id, soort: 'fout', melding: e instanceof Error ? e.message : String(e) });
      }
    });
  });
  post({ id: 0, soort: 'gereed' });
} catch (e) {
  post({ id: 0, soort: 'startfout', melding: e instanceof Error ? e.message : String(e) });
}
