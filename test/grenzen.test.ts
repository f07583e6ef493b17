import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { ROOT_DIR } from '../src/server/platform/config.ts';

const run = promisify(execFile);

/**
 * The boundary tools themselves: a deliberate violation must fail them (so `npm test` fails), and the real
 * source must pass them. The violations are written into a scratch tree shaped like src/, never into src/.
 */
async function depcruise(cwd: string): Promise<{ code: number; out: string }> {
  try {
    const r = await run(process.execPath, [path.join(ROOT_DIR, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', '--config', path.join(ROOT_DIR, '.dependency-cruiser.cjs'), '--output-type', 'err'], { cwd });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

function scratchTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-grenzen-'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true, module: 'nodenext' } }));
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

describe('boundaries', () => {
  test('dependency-cruiser refuses platform → module, another module\'s repository, cross-feature and web → server imports', async () => {
    const dir = scratchTree({
      'src/server/platform/app.ts': "import { x } from '../meldingen/meldingen.service.ts';\nexport const y = x;\n",
      'src/server/meldingen/meldingen.service.ts': "import { rij } from '../casussen/casussen.repository.ts';\nexport const x = rij;\n",
      'src/server/casussen/casussen.repository.ts': 'export const rij = 1;\n',
      'src/web/features/a/A.ts': "import { b } from '../b/B.ts';\nimport { x } from '../../../server/meldingen/meldingen.service.ts';\nexport const a = [b, x];\n",
      'src/web/features/b/B.ts': 'export const b = 2;\n',
    });
    try {
      const r = await depcruise(dir);
      assert.notEqual(r.code, 0, r.out);
      for (const rule of ['platform-knows-no-module', 'module-internals-are-private', 'web-features-are-independent', 'web-uses-no-server-code']) {
        assert.match(r.out, new RegExp(`error ${rule}`), `${rule} reported`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('dependency-cruiser finds no violation in the real source; platform/ imports no module', async () => {
    const r = await depcruise(ROOT_DIR);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /no dependency violations found/);
  });

  test('a repository queries only its own module\'s tables (and the platform\'s)', () => {
    // Table owners from the DB declarations in each *.tables.ts; table names used in each *.repository.ts.
    const serverDir = path.join(ROOT_DIR, 'src/server');
    const eigenaar = new Map<string, string>();
    const alle = fs.readdirSync(serverDir, { recursive: true }).map(String);
    for (const f of alle.filter((x) => x.endsWith('.tables.ts'))) {
      const blok = /interface DB \{([^}]*)\}/.exec(fs.readFileSync(path.join(serverDir, f), 'utf8'))?.[1] ?? '';
      for (const m of blok.matchAll(/(\w+):/g)) eigenaar.set(m[1]!, f.split('/')[0]!);
    }
    assert.ok(eigenaar.size > 30, `found ${eigenaar.size} tables`);
    const fouten: string[] = [];
    for (const f of alle.filter((x) => x.endsWith('.repository.ts'))) {
      const module = f.split('/')[0]!;
      const tekst = fs.readFileSync(path.join(serverDir, f), 'utf8');
      const namen = new Set([
        ...[...tekst.matchAll(/(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*'(\w+)/g)].map((m) => m[1]!),
        ...[...tekst.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+(\w+)/g)].map((m) => m[1]!),
      ]);
      for (const t of namen) {
        const van = eigenaar.get(t);
        if (van && van !== module && van !== 'platform') fouten.push(`${f} uses ${t} (owned by ${van})`);
      }
    }
    assert.deepEqual(fouten, []);
  });

  test('eslint refuses SQL outside repositories and migrations', async () => {
    const eslint = new ESLint({ cwd: ROOT_DIR });
    const code = "export async function f(db: any) {\n  await db.selectFrom('melding').selectAll().execute();\n  await sql`select 1`.execute(db);\n}\n";
    const [service] = await eslint.lintText(code, { filePath: path.join(ROOT_DIR, 'src/server/meldingen/proef.service.ts') });
    assert.equal(service!.errorCount, 2, JSON.stringify(service!.messages));
    assert.match(service!.messages[0]!.message, /repository/);
    const [repository] = await eslint.lintText(code, { filePath: path.join(ROOT_DIR, 'src/server/meldingen/proef.repository.ts') });
    assert.equal(repository!.errorCount, 0);
  });
});
