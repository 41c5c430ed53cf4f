/** Signs the tracking links of test APIs (never a real deployment's key; keeps tests out of .data). */
export const TEST_SECRET_KEY = 'test-secret-key-'.padEnd(64, '0');
