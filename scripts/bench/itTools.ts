// IT's tools in `npm run bench` (issues #16, #18): the audit of a 50,000-post archive and the
// CLI as a whole process, beside obscenity in the same run. Called once at the end of
// scripts/bench.ts; `npm run bench:cli` runs the CLI part alone with more runs.
import { benchAudit } from './audit';
import { benchCli } from './cli';

export async function benchItTools({ repo, dataDir }: { repo: string; dataDir: string }): Promise<void> {
  await benchAudit({ repo, dataDir });
  console.log('');
  await benchCli({ repo, dataDir, startRuns: 10, wholeRuns: 2 });
}
