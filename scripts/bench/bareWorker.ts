// A no-op MV3 extension for `npm run bench:latency` (SITES=cold): its service worker answers a
// message and does nothing else, and its content script on the X replica sends that message on
// each keydown. Woken the way a keystroke wakes ours (a message from a content script after the
// worker was stopped), it measures what Chrome itself takes to start a worker and carry a message
// both ways: the part of a cold first check that is not ours (issue 18).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the bare extension's content script leaves on <html data-bare-worker> after a keydown's answer. */
export interface BareAnswer {
  /** performance.timeOrigin + now() at the keydown (the page's and the machine's clock). */
  keydownAt: number;
  /** From the keydown to the worker's answer, in the content script. */
  roundTrip: number;
  /** The worker's performance.timeOrigin (when Chrome created it). */
  origin: number;
  /** When its script began to run, ms after `origin`. */
  script: number;
}

const WORKER = `const script = performance.now();
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  reply({ origin: performance.timeOrigin, script });
});
`;

const CONTENT = `addEventListener('keydown', () => {
  const at = performance.now();
  chrome.runtime.sendMessage('ping').then((r) => {
    document.documentElement.dataset.bareWorker = JSON.stringify({ keydownAt: performance.timeOrigin + at, roundTrip: performance.now() - at, ...r });
  });
}, { capture: true });
`;

/** Writes the no-op extension into a fresh temporary folder and returns it. */
export function writeBareWorkerExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ask-first-bare-worker-'));
  const manifest = {
    manifest_version: 3,
    name: 'bare worker (benchmark)',
    version: '1.0',
    // Named like ours: the harness's stopServiceWorker waits for a stopped /background.js.
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['https://x.com/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'background.js'), WORKER);
  writeFileSync(join(dir, 'content.js'), CONTENT);
  return dir;
}
