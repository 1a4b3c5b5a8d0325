import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { createTranslate, resolveLocale } from '../../components/i18n';
import { CATEGORIES, SEVERITIES, PACK_IDS } from '../../rules/schema';

describe('locales', () => {
  it('have the same keys in English and Spanish, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const catalog of [en, es]) {
      for (const entry of Object.values(catalog)) expect(entry.message.trim()).not.toBe('');
    }
  });

  it('name every category, severity and pack', () => {
    const keys = Object.keys(en);
    for (const c of CATEGORIES) expect(keys).toContain(`category_${c}`);
    for (const s of SEVERITIES) expect(keys).toContain(`severity_${s}`);
    for (const p of PACK_IDS) expect(keys).toContain(`pack_${p.replace(/-/g, '_')}`);
  });

  it('substitutes $1…$n and resolves the language', () => {
    expect(createTranslate('en')('citation', 'A', 'B', 'C')).toBe('A, section B: C');
    expect(resolveLocale('auto', 'es-MX')).toBe('es');
    expect(resolveLocale('auto', 'en-US')).toBe('en');
    expect(resolveLocale('es', 'en-US')).toBe('es');
  });
});
