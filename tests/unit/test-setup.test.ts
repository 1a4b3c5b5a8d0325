// Unit files share one module graph (vitest.config.ts, project "unit": isolate false), where a
// vi.mock of a module another file already imported would silently not apply. Files that mock a
// module must be named *.isolated.test.ts (project "unit-isolated").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname);
const testFiles = readdirSync(dir).filter((f) => /\.test\.tsx?$/.test(f));

describe('unit test files', () => {
  it('mock modules only in *.isolated.test.ts files, which get their own module graph', () => {
    const mocking = testFiles.filter((f) => /\bvi\.(?:do)?mock\(/.test(readFileSync(join(dir, f), 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.filter((f) => !f.endsWith('.isolated.test.ts'))).toEqual([]);
  });
});
