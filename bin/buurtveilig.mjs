#!/usr/bin/env node
// The CLI. Runs the built server (dist/server, made by bin/build.mjs) when that build matches the current
// sources; otherwise (a source was edited since) it runs the TypeScript sources through tsx, so the CLI never
// runs stale code.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, serverBuildIsCurrent } from './build.mjs';

if (serverBuildIsCurrent()) {
  await import(pathToFileURL(path.join(ROOT, 'dist', 'server', 'cli.mjs')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
