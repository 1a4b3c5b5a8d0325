import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTabStatus } from '../../entrypoints/compose.content/status';
import { VALIDATORS } from '../../rules/messages';

describe('tab status for the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts watched composers and reports the findings of the focused one', () => {
    const status = createTabStatus('x');
    const a = document.createElement('div');
    const b = document.createElement('div');
    const dropA = status.addComposer(a);
    status.addComposer(b);
    status.setFindings(a, 2);
    status.setFindings(b, 5);
    expect(status.status()).toEqual({ site: 'x', composers: 2, findings: 0 });
    status.focus(b);
    expect(status.status().findings).toBe(5);
    status.focus(a);
    expect(status.status().findings).toBe(2);
    dropA();
    expect(status.status()).toEqual({ site: 'x', composers: 1, findings: 0 });
    status.setFindings(a, 9); // a composer that is gone is not counted again
    expect(status.status().composers).toBe(1);
  });

  it('says when the focused box was found by the fallback hooks, not by the adapter', () => {
    const status = createTabStatus('x');
    const known = document.createElement('div');
    const renamed = document.createElement('div');
    status.addComposer(known);
    const drop = status.addComposer(renamed, { fallback: true });
    status.focus(known);
    expect(status.status().fallback).toBeUndefined();
    status.focus(renamed);
    expect(status.status()).toEqual({ site: 'x', composers: 2, findings: 0, fallback: true });
    drop();
    expect(status.status().fallback).toBeUndefined();
  });

  it('the popup message carries no payload', () => {
    expect(VALIDATORS.getTabStatus({})).toEqual({});
    expect(VALIDATORS.getTabStatus({ x: 1 })).toMatch(/empty/);
  });

  it('tells the toolbar badge each change of the focused draft\'s count, and 0 when it goes', () => {
    const heard: number[] = [];
    const status = createTabStatus('x', (n) => heard.push(n));
    const a = document.createElement('div');
    const b = document.createElement('div');
    const dropA = status.addComposer(a);
    status.addComposer(b);
    status.setFindings(a, 2); // not focused: the badge is about the focused draft only
    expect(heard).toEqual([]);
    status.focus(a);
    status.setFindings(a, 2); // unchanged: not repeated
    status.setFindings(a, 3);
    status.focus(b);
    status.focus(a);
    dropA();
    expect(heard).toEqual([2, 3, 0, 3, 0]);
  });

  it('a composer focused before it was found counts as focused (a click right after load)', () => {
    const heard: number[] = [];
    const status = createTabStatus('x', (n) => heard.push(n));
    const box = document.createElement('div');
    box.tabIndex = 0;
    document.body.append(box);
    box.focus();
    status.addComposer(box);
    status.setFindings(box, 1);
    expect(heard).toEqual([1]);
    box.remove();
  });
});
