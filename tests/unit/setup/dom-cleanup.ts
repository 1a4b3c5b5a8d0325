// Unit files share one module graph (vitest.config.ts: isolate false), so Testing Library's own
// auto-cleanup, registered once when its module is first imported, would run for the first
// component file only. Every file unmounts what it rendered after each test here instead.
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
