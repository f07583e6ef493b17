// Worker entry beside the sources (the built server ships its own pglite.worker.mjs, bin/build.mjs). Workers do
// not inherit the main thread's loader, and registering tsx in every database thread costs about 0.7 s of CPU
// per open (a loader thread of its own) — a test run opens a hundred databases. The worker imports only Node
// and PGlite, so stripping its types once with esbuild (a dev dependency, like tsx) and caching the result by
// content is enough. Without esbuild (never in a checkout with dev dependencies) tsx runs it as before.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bron = fileURLToPath(new URL('./pglite.worker.ts', import.meta.url));
const tekst = fs.readFileSync(bron, 'utf8');
const hash = createHash('sha256').update(tekst).digest('hex').slice(0, 16);
// Inside node_modules, so the bare imports (@electric-sql/pglite) resolve as they do from the sources.
const cache = path.join(path.dirname(bron), '..', '..', '..', 'node_modules', '.cache', 'buurtveilig', `pglite.worker.${hash}.mjs`);

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  esbuild = undefined;
}
if (esbuild) {
  if (!fs.existsSync(cache)) {
    const { code } = esbuild.transformSync(tekst, { loader: 'ts', format: 'esm', target: 'node20', sourcefile: bron, sourcemap: 'inline' });
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    // Unique name, then rename: concurrent test files never import a half-written file.
    const tmp = `${cache}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(tmp, code);
    fs.renameSync(tmp, cache);
  }
  await import(pathToFileURL(cache).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./pglite.worker.ts');
}
