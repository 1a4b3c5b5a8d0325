import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the slowest test files (CI has a time budget: this says where it goes) and one closing
 * line, "N passed, N failed, N skipped", for CI logs.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (mod.state() === 'failed' && mod.children.size === 0) failed++; // a file that failed to load
    }
    failed += errors.length;
    const slowest = modules
      .map((mod) => ({ file: mod.moduleId.replace(`${process.cwd()}/`, ''), ms: mod.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12);
    console.log(`\nslowest files: ${slowest.map((m) => `${m.file} ${(m.ms / 1000).toFixed(1)} s`).join(', ')}`);
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
