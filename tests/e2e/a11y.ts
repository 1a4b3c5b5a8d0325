/** Accessibility helpers for the real-browser tests of our own pages (options, popup). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page at WCAG 2.1 A/AA. The source is injected through the
 * DevTools protocol (page.evaluate), which our pages' CSP (script-src 'self') allows.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** A short description of the focused element: its tag, accessible name parts and id. */
export function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.closest('label')?.textContent;
    return [el.tagName.toLowerCase(), el.getAttribute('aria-label') ?? '', label ?? '', el.textContent?.trim().slice(0, 60) ?? ''].join('|');
  });
}

/** Presses Tab (only the keyboard) until the focused element matches, or fails after `max` presses. */
export async function tabTo(page: Page, match: RegExp, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (match.test(await focusedDescription(page))) return;
  }
  throw new Error(`Tab never reached an element matching ${match}`);
}
