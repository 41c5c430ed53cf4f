// One jest run over every project; each test file gets its own database and task queue
// (@cascade/testing), and the whole run shares one Temporal dev server (tools/jest/global-setup).
const { join } = require('node:path');

const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true, tsx: true } : { syntax: 'ecmascript' },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// ESM-only packages that jest's CommonJS runtime must have transformed.
const esmPackages = ['@nestjs', 'file-type', 'strtok3', 'token-types', 'peek-readable', '@tokenizer', 'uint8array-extras'];

const projects = [
  ['journey', 'libs/journey'], ['stats', 'libs/stats'], ['errors', 'libs/errors'], ['workflows', 'libs/workflows'], ['channels', 'libs/channels'],
  ['segments', 'libs/segments'], ['engine', 'libs/engine'], ['db', 'libs/db'], ['config', 'libs/config'], ['api', 'apps/api'],
  ['worker', 'apps/worker'], ['tools', 'tools'], ['examples', 'examples'], ['web', 'apps/web'],
].map(([displayName, dir]) => ({
  displayName,
  rootDir: join(__dirname, dir),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.bin/'],
  transform: { '^.+\\.tsx?$': swc('typescript'), '^.+\\.m?js$': swc('ecmascript') },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  setupFiles: ['reflect-metadata'],
}));

module.exports = {
  projects,
  globalSetup: join(__dirname, 'tools/jest/global-setup.ts'),
  globalTeardown: join(__dirname, 'tools/jest/global-teardown.ts'),
  reporters: ['default', join(__dirname, 'tools/jest/summary-reporter.js')],
  testTimeout: 60_000,
  maxWorkers: 2,
};
