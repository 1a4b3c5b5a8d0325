import type { Reporter, TestModule } from 'vitest/node';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Prints where CI's time budget goes: each project's wall time (its first file's start to its
 * last file's end: the unit files run first, the e2e files after them, one at a time), the
 * slowest test files and the slowest tests; then one closing line, "N passed, N failed,
 * N skipped", for CI logs.
 */
export default class SummaryReporter implements Reporter {
  private runStart = Date.now();
  private readonly spans = new Map<string, { start: number; end: number; files: number }>();

  onTestRunStart(): void {
    this.runStart = Date.now();
  }

  onTestModuleStart(mod: TestModule): void {
    const name = mod.project.name || 'root';
    const span = this.spans.get(name) ?? { start: Date.now(), end: Date.now(), files: 0 };
    span.files++;
    this.spans.set(name, span);
  }

  onTestModuleEnd(mod: TestModule): void {
    const span = this.spans.get(mod.project.name || 'root');
    if (span) span.end = Date.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const tests: { name: string; ms: number }[] = [];
    const file = (mod: TestModule) => mod.moduleId.replace(`${process.cwd()}/`, '');
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
        tests.push({ name: `${file(mod).replace(/^tests\//, '')} > ${test.name}`, ms: test.diagnostic()?.duration ?? 0 });
      }
      if (mod.state() === 'failed' && mod.children.size === 0) failed++; // a file that failed to load
    }
    failed += errors.length;
    const projects = [...this.spans].map(([name, s]) => `${name} ${s.files} files ${seconds(s.end - s.start)} (from ${seconds(s.start - this.runStart)})`);
    console.log(`\nwall time by project: ${projects.join(', ')}; whole run ${seconds(Date.now() - this.runStart)}`);
    const slowest = modules
      .map((mod) => ({ file: file(mod), ms: mod.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12);
    console.log(`slowest files: ${slowest.map((m) => `${m.file} ${seconds(m.ms)}`).join(', ')}`);
    const slowTests = tests.sort((a, b) => b.ms - a.ms).slice(0, 8);
    console.log(`slowest tests: ${slowTests.map((t) => `${t.name} ${seconds(t.ms)}`).join('; ')}`);
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
