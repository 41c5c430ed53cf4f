// Lint is part of `npm test`. The module-boundary rule keeps DESIGN.md §2's dependency
// direction: apps → server libs / workflows → journey & stats → nothing.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

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
          { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:domain'],
            bannedExternalImports: frameworks },
          { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:journey'],
            allowedExternalImports: ['@temporalio/workflow'] },
          { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:domain', 'scope:server'],
            bannedExternalImports: ['react', 'react-dom', '@xyflow/*'] },
          { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:domain', 'scope:server', 'type:workflows'] },
          { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:domain'] },
          { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:domain', 'scope:server', 'scope:app', 'type:workflows'] },
        ],
      }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
