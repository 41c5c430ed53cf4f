import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { runMain, StartupError } from '@cascade/config';
import { createOpenApiDocument } from './openapi-document';
import { API_TYPES_FILE, renderApiTypes } from './openapi-types';

// `npm run api:types`: writes apps/web/src/api/schema.d.ts from the OpenAPI document, built from the
// controllers without a database. `--check` writes nothing and fails when the file is stale.
runMain(async () => {
  const types = renderApiTypes(await createOpenApiDocument());
  const file = relative(process.cwd(), API_TYPES_FILE);
  if (process.argv.includes('--check')) {
    const current = readFileSync(API_TYPES_FILE, 'utf8');
    if (current !== types) throw new StartupError(`${file} is stale: run npm run api:types`);
    process.stdout.write(`${file} is up to date\n`);
    return;
  }
  writeFileSync(API_TYPES_FILE, types);
  process.stdout.write(`wrote ${file}\n`);
});
