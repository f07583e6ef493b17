// Lint rules that keep the architecture (docs/ARCHITECTURE.md, "Boundaries"): SQL lives only in repositories
// and migrations. Import boundaries between modules are checked by dependency-cruiser (.dependency-cruiser.cjs).
import tseslint from 'typescript-eslint';

const SQL_METHODS = ['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto', 'selectNoFrom'];
const message = 'SQL hoort in een *.repository.ts (of een migratie): roep hier de repository van deze module aan.';

export default [
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.repository.ts', '**/migrations/**'],
    languageOptions: { parser: tseslint.parser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-syntax': [
        'error',
        ...SQL_METHODS.map((m) => ({ selector: `CallExpression[callee.property.name='${m}']`, message })),
        { selector: "TaggedTemplateExpression[tag.name='sql']", message },
        { selector: "TaggedTemplateExpression[tag.object.name='sql']", message },
      ],
    },
  },
];
