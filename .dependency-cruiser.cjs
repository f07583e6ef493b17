/**
 * Import boundaries (docs/ARCHITECTURE.md, "Boundaries"), checked by `npm test` (npm run lint). SQL placement is
 * checked by eslint (eslint.config.js). A violation fails the build: change the design, never this file, to pass.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make start-up order and reasoning fragile; split the shared part out.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'platform-knows-no-module',
      severity: 'error',
      comment: 'platform/ serves the modules and imports none of them; modules reach it through their manifest.',
      from: { path: '^src/server/platform/' },
      to: { path: '^src/server/', pathNot: '^src/server/platform/' },
    },
    {
      name: 'module-internals-are-private',
      severity: 'error',
      comment: "A module uses another module only through its service, config types or manifest; never its repository, tables, routes or migrations.",
      from: { path: '^src/server/([^/]+)/' },
      to: {
        path: '^src/server/([^/]+)/(.+[.](repository|tables|routes)[.]ts|migrations/.+)$',
        pathNot: '^src/server/$1/',
      },
    },
    {
      name: 'web-features-are-independent',
      severity: 'error',
      comment: 'A web feature uses components/ and lib/, never another feature.',
      from: { path: '^src/web/features/([^/]+)/' },
      to: { path: '^src/web/features/', pathNot: '^src/web/features/$1/' },
    },
    {
      name: 'web-uses-no-server-code',
      severity: 'error',
      comment: 'The web app shares only the API contract (src/contract) with the server.',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|cli)/' },
    },
    {
      name: 'contract-stands-alone',
      severity: 'error',
      comment: 'src/contract (the API contract) is imported by server and web and imports neither.',
      from: { path: '^src/contract/' },
      to: { path: '^src/(server|web|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
