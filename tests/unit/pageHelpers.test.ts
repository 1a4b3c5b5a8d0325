import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../components/i18n';
import { buildMailto } from '../../entrypoints/compose.content/mailto';
import { placeCard } from '../../entrypoints/compose.content/placement';
import { composersFor, postButtonFor } from '../../entrypoints/compose.content/submitGuard';
import type { ComposerSession } from '../../entrypoints/compose.content/composerSession';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { VALIDATORS } from '../../rules/messages';

const viewport = { width: 1000, height: 800 };
const overlaps = (a: { left: number; top: number }, size: { width: number; height: number }, b: { left: number; top: number; width: number; height: number }) =>
  a.left < b.left + b.width && b.left < a.left + size.width && a.top < b.top + b.height && b.top < a.top + size.height;

describe('placeCard', () => {
  it('goes below the composer when there is room', () => {
    expect(placeCard({ composer: { left: 100, top: 100, width: 500, height: 60 }, avoid: null, card: { width: 400, height: 300 }, viewport })).toEqual({ left: 100, top: 168 });
  });

  it('never covers the post button, even when the button sits right under the composer', () => {
    const composer = { left: 100, top: 100, width: 500, height: 60 };
    const button = { left: 500, top: 170, width: 80, height: 36 };
    const card = { width: 400, height: 300 };
    const spot = placeCard({ composer, avoid: button, card, viewport });
    expect(overlaps(spot, card, button)).toBe(false);
    expect(spot.top + card.height).toBeLessThanOrEqual(viewport.height);
  });

  it('goes above the composer when it sits at the bottom of the screen', () => {
    const spot = placeCard({ composer: { left: 100, top: 600, width: 500, height: 100 }, avoid: null, card: { width: 400, height: 300 }, viewport });
    expect(spot.top).toBe(600 - 8 - 300);
  });
});

describe('buildMailto', () => {
  it('prefills subject and body with the site, the draft and the findings', () => {
    const text = 'Line one bullshit\nline two ñ 😅';
    const findings = evaluate(text, compilePolicy(DEFAULT_POLICY));
    const url = new URL(buildMailto('hr@city.example', { site: 'x', text, findings, t: createTranslate('en') }));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('hr@city.example');
    expect(url.searchParams.get('subject')).toBe('Question before posting on X');
    const body = url.searchParams.get('body')!;
    expect(body).toContain(text);
    expect(body).toContain('Profanity: “bullshit” (El Paso Social Media Policy, section III.A.5.a');
  });

  it('cannot be steered by an address that carries its own query', () => {
    const url = buildMailto('a@b.example?bcc=evil@x.example', { site: 'x', text: 'hi', findings: [], t: createTranslate('es') });
    expect(url.startsWith('mailto:a@b.example%3Fbcc%3Devil@x.example?subject=')).toBe(true);
    expect(new URL(url).searchParams.get('subject')).toBe('Consulta antes de publicar en X');
  });
});

describe('which composer a post button submits', () => {
  const session = (composer: HTMLElement) => ({ composer }) as unknown as ComposerSession;

  it('pairs each button with the composers of its own form, and each composer with its button', () => {
    document.body.innerHTML = `
      <div id="a"><div class="box" id="a1"></div><div class="box" id="a2"></div><div class="tb"><button id="pa">Post</button></div></div>
      <div id="b"><div class="box" id="b1"></div><button id="pb">Reply</button></div>`;
    const byId = (id: string) => document.getElementById(id)!;
    const sessions = ['a1', 'a2', 'b1'].map((id) => session(byId(id)));
    expect(composersFor(byId('pa'), sessions).map((s) => s.composer.id)).toEqual(['a1', 'a2']);
    expect(composersFor(byId('pb'), sessions).map((s) => s.composer.id)).toEqual(['b1']);
    expect(postButtonFor(byId('a2'), 'button')?.id).toBe('pa');
    expect(postButtonFor(byId('b1'), 'button')?.id).toBe('pb');
  });
});

describe('new message validators', () => {
  it('accept well-formed payloads and reject bad ones', () => {
    expect(VALIDATORS.recordDecision({ site: 'x', text: 'a', action: 'justified', reason: 'why' })).toEqual({ site: 'x', text: 'a', action: 'justified', reason: 'why' });
    expect(VALIDATORS.recordDecision({ site: 'x', text: 'a', action: 'deleted' })).toMatch(/bad action/);
    expect(VALIDATORS.recordDecision({ site: 'x', text: 'a', action: 'edited', reason: 'r'.repeat(2001) })).toMatch(/bad reason/);
    expect(VALIDATORS.saveDraft({ site: 'x', text: 3 })).toMatch(/bad text/);
    expect(VALIDATORS.saveDraft({ site: 'x', text: 'a', locale: 'es' })).toEqual({ site: 'x', text: 'a', locale: 'es' });
    expect(VALIDATORS.getPageConfig({})).toEqual({});
    expect(VALIDATORS.getPageConfig({ leak: true })).toMatch(/must be/);
  });
});
