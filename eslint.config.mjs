// Lint is part of `npm test`. The module-boundary rule keeps the dependency
// direction of docs/architecture.md: apps → server libs / workflows → journey & stats → nothing.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import globals from 'globals';

const frameworks = [
  '@nestjs/*', 'typeorm', 'pg', '@temporalio/*', 'react', 'react-dom', 'react/*',
  'react-dom/*', '@xyflow/*', 'express', 'class-validator', 'class-transformer',
];

export default tseslint.config(
  { ignores: ['**/node_modules', '**/dist', '.data', '.nx', 'tools/.bin', 'coverage', 'test-artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', {
        enforceBuildableLibDependency: false,
        allow: [],
        depConstraints: [
          // docs/architecture.md: journey and stats import nothing of ours (and no framework).
          // The one exception: @cascade/errors (DomainError), which itself imports nothing.
          { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['type:errors'], bannedExternalImports: frameworks },
          { sourceTag: 'type:errors', onlyDependOnLibsWithTags: [], bannedExternalImports: frameworks },
          { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:journey'],
            allowedExternalImports: ['@temporalio/workflow'] },
          // Server libs may use workflow definitions (signals, types); workflows never import them back.
          { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:domain', 'scope:server', 'type:workflows', 'scope:testing'],
            bannedExternalImports: ['react', 'react-dom', '@xyflow/*'] },
          { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:domain', 'scope:server', 'type:workflows', 'scope:testing'] },
          { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:domain', 'scope:server'] },
          { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:domain'] },
          { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:domain', 'scope:server', 'scope:app', 'type:workflows', 'scope:testing'] },
        ],
      }],
      // Test helpers (@cascade/testing) are for spec files only; see the override below.
      'no-restricted-imports': ['error', { paths: [{ name: '@cascade/testing', message: 'Test helpers are for *.spec.ts files only.' }] }],
      // `let x; onSignal(() => x?.stop()); x = await start();` is the shutdown pattern of our mains.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A node program that needs no command returns at once; it is still a generator.
    files: ['libs/journey/src/nodes/**/*.ts'],
    rules: { 'require-yield': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'tools/jest/**/*.ts', 'tools/bench/**/*.ts', 'tools/e2e/**/*.ts', '**/*.test-helpers.ts', 'libs/testing/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
