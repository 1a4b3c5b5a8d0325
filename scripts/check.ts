// The command-line checker for IT as an ES module (the code: scripts/cli/main.ts). Run as
// `tsx scripts/check.ts` or bundled by scripts/check-bin.mjs (`npm run check`, the bin).
import { runCli } from './cli/main';

await runCli(process.argv.slice(2));
