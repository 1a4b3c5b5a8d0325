/**
 * IT's own texts (a custom rule's message, a contact's role) in both languages: a plain
 * string still works, `{ "en": …, "es": … }` is shown in the person's language, and a
 * bad value is reported, never shown as "[object Object]".
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AskFirstPanel } from '../../components/AskFirstPanel';
import { createTranslate } from '../../components/i18n';
import { ContactItem } from '../../components/Overview';
import { chromeSchema, documentKeys, validatePolicy } from '../../rules/settings';
import { compilePolicy, evaluate } from '../../rules';
import { localizedIn, type Contact } from '../../rules/schema';

afterEach(cleanup);

const bilingual = { en: 'Public Affairs Office', es: 'Oficina de Asuntos Públicos' };
const ruleWith = (message: unknown) => ({ id: 'ep-bond', category: 'political', severity: 'violation', terms: ['bond election'], message });

describe('managed policy: a text or { en, es }', () => {
  it('accepts both forms for a contact role and a custom rule message', () => {
    const { policy, problems } = validatePolicy({
      organization: { name: 'City of El Paso', contacts: [{ role: bilingual, email: 'pao@elpasotexas.gov' }, { role: 'Human Resources' }] },
      customRules: [ruleWith({ en: 'Bond election: do not campaign.', es: 'Elección de bonos: no haga campaña.' }), { ...ruleWith('Plain text'), id: 'plain' }],
    });
    expect(problems).toEqual([]);
    expect(policy.organization?.contacts.map((c) => c.role)).toEqual([bilingual, 'Human Resources']);
    expect(policy.customRules?.map((r) => r.message)).toEqual([{ en: 'Bond election: do not campaign.', es: 'Elección de bonos: no haga campaña.' }, 'Plain text']);
  });

  it('accepts one language only (the other falls back to it)', () => {
    const { policy, problems } = validatePolicy({ customRules: [ruleWith({ es: 'Solo en español.' })] });
    expect(problems).toEqual([]);
    expect(localizedIn(policy.customRules![0]!.message, 'en')).toBe('Solo en español.');
  });

  it.each([
    [{ fr: 'Bureau' }, 'unknown language "fr"'],
    [{ en: '', es: '  ' }, 'empty text'],
    [{ en: 3 }, 'must be text'],
    [['Human Resources'], 'expected text or {"en": …, "es": …}, got a list'],
    [{ en: 'x'.repeat(201) }, 'longer than 200'],
  ])('reports a bad role %j and skips only that contact', (role, reason) => {
    const { policy, problems } = validatePolicy({ organization: { name: 'X', contacts: [{ role }, { role: 'Human Resources' }] } });
    expect(problems).toEqual([expect.objectContaining({ key: 'organization.contacts[0]', fallback: 'item skipped' })]);
    expect(problems[0]!.reason).toContain(reason);
    expect(policy.organization?.contacts).toEqual([{ role: 'Human Resources' }]);
  });

  it("declares the field a string in Chrome's schema (one type per field) and documents both forms", () => {
    const contacts = (chromeSchema() as { properties: Record<string, any> }).properties.organization.properties.contacts;
    expect(contacts.items.properties.role.type).toBe('string');
    const doc = documentKeys().find((d) => d.path === 'customRules[].message');
    expect(doc?.type).toBe('text ≤ 500, or {"en", "es"}');
    // The templates are written for Windows' registry too: plain ASCII in descriptions.
    expect(doc?.description).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('the engine and the pages show the person’s language', () => {
  it('a custom rule’s finding carries the message in the draft’s UI language', () => {
    const compiled = compilePolicy({ packs: [], customRules: [ruleWith({ en: 'Bond election: do not campaign.', es: 'Elección de bonos: no haga campaña.' }) as never] });
    expect(evaluate('Vote for the bond election!', compiled, { locale: 'es' })[0]?.message).toBe('Elección de bonos: no haga campaña.');
    expect(evaluate('Vote for the bond election!', compiled, { locale: 'en' })[0]?.message).toBe('Bond election: do not campaign.');
    const plain = compilePolicy({ packs: [], customRules: [ruleWith('Same in both') as never] });
    expect(evaluate('bond election', plain, { locale: 'es' })[0]?.message).toBe('Same in both');
  });

  it('a bilingual custom message with no text at all is refused by the engine too (CLI path)', () => {
    const compiled = compilePolicy({ packs: [], customRules: [ruleWith({ en: ' ' }) as never] });
    expect(compiled.problems).toEqual([{ ruleId: 'ep-bond', reason: expect.stringContaining('missing message') }]);
  });

  it('the options page and the card name a contact in Spanish, links labelled in Spanish', () => {
    const contact: Contact = { role: bilingual, email: 'pao@elpasotexas.gov', phone: '(915) 212-0000' };
    const t = createTranslate('es');
    render(<ul><ContactItem contact={contact} t={t} /></ul>);
    expect(screen.getByText('Oficina de Asuntos Públicos')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Escribir un correo a Oficina de Asuntos Públicos (pao@elpasotexas.gov)' })).toBeTruthy();
    cleanup();
    render(<AskFirstPanel t={t} contacts={[{ ...contact, name: 'Laura Cruz' }]} mailtoFor={() => 'mailto:pao@elpasotexas.gov'} draft="x" accept={() => true} onCopy={async () => {}} />);
    expect(screen.getByRole('link', { name: 'Escribir a Oficina de Asuntos Públicos (Laura Cruz)' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('[object Object]');
    cleanup();
    render(<ul><ContactItem contact={contact} t={createTranslate('en')} /></ul>);
    expect(screen.getByText('Public Affairs Office')).toBeTruthy();
  });
});
