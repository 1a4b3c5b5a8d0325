// The CLI as a V8 start-up snapshot (node --build-snapshot; scripts/check-bin.mjs builds and
// runs it). At build time the module is loaded and the built-in policy compiled; the heap
// is saved, and each run starts from it instead of parsing the bundle and compiling every
// pack, frame and lexicon again (most of a one-line check's time: see check-bin.mjs).
// Run as `node --snapshot-blob FILE -- ARGS…`: node then leaves ARGS to us.
//
// No warm-up here (rules' warmUp): regular expressions that have run enough to be compiled
// to machine code cannot be serialized (V8 aborts the build), and the snapshot must be
// loaded with the V8 flags it was built with, so it cannot be built interpreting them only.
import { startupSnapshot } from 'node:v8';
import { compilePolicy } from '../../rules';
import { BUILT_IN_POLICY, runCli } from './main';

const builtIn = compilePolicy(BUILT_IN_POLICY);
startupSnapshot.setDeserializeMainFunction(() => runCli(process.argv.slice(1), builtIn));
