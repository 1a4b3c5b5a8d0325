/**
 * Page script for input-to-paint measures (bench-typing.ts, bench-latency.ts `SITES=paint`): each
 * keystroke's delay from its keydown to the frame after it is painted (requestAnimationFrame, then
 * the next task), collected in window.__delays. Ends in `0` so page.evaluate returns nothing.
 */
export const PAINT_RECORDER = `window.__delays = [];
addEventListener('keydown', (e) => {
  const start = e.timeStamp;
  requestAnimationFrame(() => setTimeout(() => window.__delays.push(performance.now() - start), 0));
}, { capture: true });
0`;
