import { runMain } from '@cascade/config';
import { ensureTemporalCli } from './cli';

// `npm run temporal:install`: makes sure a Temporal CLI is available (used by .ci/run).
runMain(async () => {
  console.log(`Temporal CLI: ${await ensureTemporalCli()}`);
});
