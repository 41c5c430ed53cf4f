import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { createOpenApiDocument } from './openapi-document';
import { API_TYPES_FILE, renderApiTypes } from './openapi-types';

describe('The web app\'s generated API types', () => {
  it('match the OpenAPI document of the current controllers', async () => {
    const expected = renderApiTypes(await createOpenApiDocument());
    const actual = readFileSync(API_TYPES_FILE, 'utf8');
    if (actual === expected) return;
    const lines = { actual: actual.split('\n'), expected: expected.split('\n') };
    const differs = lines.expected.findIndex((line, i) => line !== lines.actual[i]);
    const at = differs === -1 ? lines.expected.length : differs;
    throw new Error([
      `${relative(process.cwd(), API_TYPES_FILE)} is stale: the API's OpenAPI document changed. Run npm run api:types and commit the file.`,
      `First difference at line ${at + 1}:`,
      `  checked in: ${lines.actual[at] ?? '(end of file)'}`,
      `  generated:  ${lines.expected[at] ?? '(end of file)'}`,
    ].join('\n'));
  });
});
