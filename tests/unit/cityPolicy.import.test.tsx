import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslate } from '../../components/i18n';
import { Overview } from '../../components/Overview';
import { RuleList } from '../../components/RuleList';
import { FindingCard } from '../../components/FindingCard';
import { WelcomeSetup } from '../../components/WelcomeSetup';
import { compilePolicy, evaluate, policyOf } from '../../rules';
import { validatePolicy } from '../../rules/settings';
import { activePacks } from '../../rules/policy/cited';
import { parseCityPolicyFile } from '../../rules/policy/import';
import { DEFAULT_SETTINGS, type Settings } from '../../rules/schema';

const FILE = readFileSync('docs/examples/springfield.policy.json', 'utf8');
const city = validatePolicy(JSON.parse(FILE)).policy.cityPolicy!;
const cityOnly: Settings = { ...DEFAULT_SETTINGS, cityPolicy: city, packs: [] };

afterEach(cleanup);

/** Chooses a file in the setup form's policy-file input. */
function choose(text: string, label = 'Policy file') {
  const input = screen.getByLabelText<HTMLInputElement>(label);
  const file = new File([text], 'policy.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('importing a city policy file ("My city is not listed")', () => {
  it('accepts the managed-policy file or the cityPolicy object alone', () => {
    expect(parseCityPolicyFile(FILE)).toEqual({ policy: city });
    expect(parseCityPolicyFile(JSON.stringify(JSON.parse(FILE).cityPolicy))).toEqual({ policy: city });
    expect(parseCityPolicyFile('{ nope')).toEqual({ error: expect.stringMatching(/^not JSON/) });
  });

  it('saves a valid file at once: the city’s policy alone', async () => {
    const onSave = vi.fn();
    const { container } = render(<WelcomeSetup settings={DEFAULT_SETTINGS} t={createTranslate('en')} status="idle" onSave={onSave} />);
    choose(FILE);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ cityPolicy: city, packs: [] }));
    expect(container.querySelector('.imported[role="status"]')?.textContent).toBe('Policy in use: City of Springfield Social Media Policy.');
    expect(screen.getByRole('radio', { name: 'City of Springfield Social Media Policy' })).toHaveProperty('checked', true);
  });

  it('rejects an invalid file with the field it names, and changes nothing', async () => {
    const onSave = vi.fn();
    render(<WelcomeSetup settings={DEFAULT_SETTINGS} t={createTranslate('es')} status="idle" onSave={onSave} />);
    const bad = JSON.parse(FILE);
    delete bad.cityPolicy.categories.profanity.section;
    choose(JSON.stringify(bad), 'Archivo de política');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/No se usó este archivo y no se cambió nada: "categories": "profanity": missing "section"/));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['el-paso', 'harlingen', 'both']);
  });
});

describe('removing an imported city policy ("Remove imported policy")', () => {
  it('asks first, by keyboard: Escape or Cancel keeps it, Remove goes back to the built-in policies', async () => {
    const onSave = vi.fn();
    const { container } = render(<WelcomeSetup settings={cityOnly} t={createTranslate('en')} status="idle" onSave={onSave} />);
    const removeButton = screen.getByRole('button', { name: 'Remove imported policy' });
    fireEvent.click(removeButton);
    // The question names the policy and what comes instead; focus is on its first answer.
    const question = screen.getByRole('group', { name: 'Remove “City of Springfield Social Media Policy”? Ask First will cite the built-in policies again (El Paso Social Media Policy and Harlingen Social Media Policy).' });
    const confirm = screen.getByRole('button', { name: 'Remove' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.keyDown(question, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /^Remove “/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove imported policy' })));
    fireEvent.click(screen.getByRole('button', { name: 'Remove imported policy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Remove imported policy' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({ cityPolicy: null, packs: ['el-paso', 'harlingen'] });
    expect(container.querySelector('.imported[role="status"]')?.textContent).toBe('Imported policy removed. Ask First cites the built-in policies again.');
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['el-paso', 'harlingen', 'both']);
    expect(screen.getByRole('radio', { name: 'Both policies' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('button', { name: 'Remove imported policy' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Policy file')));
  });

  it('speaks Spanish, and is not offered without an imported policy', () => {
    render(<WelcomeSetup settings={cityOnly} t={createTranslate('es')} status="idle" onSave={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Quitar la política importada' }));
    expect(screen.getByRole('group', { name: /^¿Quitar/ }).textContent).toContain('¿Quitar “Política de redes sociales de la Ciudad de Springfield”? Ask First volverá a citar las políticas incluidas (Política de redes sociales de El Paso y Política de redes sociales de Harlingen).');
    expect(screen.getByRole('button', { name: 'Quitar' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancelar' })).toBeTruthy();
    cleanup();
    render(<WelcomeSetup settings={DEFAULT_SETTINGS} t={createTranslate('en')} status="idle" onSave={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Remove imported policy' })).toBeNull();
  });
});

describe('the pages with only a city’s own policy', () => {
  const t = createTranslate('en');
  const packs = activePacks(cityOnly);

  it('options overview and rules: the city’s name and sections, no El Paso or Harlingen', () => {
    const { container } = render(
      <>
        <Overview organization={cityOnly.organization} packs={packs} locale="en" managed t={t} />
        <RuleList packs={packs} categories={{}} locale="en" t={t} access={{ editable: true, managed: false, locked: false }} onChange={() => {}} />
      </>,
    );
    const text = container.textContent!;
    expect(text).toContain('City of Springfield Social Media Policy');
    expect(text).toContain('City of Springfield Social Media Policy, section 4.12.3(a): Prohibited content');
    expect(text).toContain('City of Springfield Social Media Policy, section 4.12.6: Questions');
    expect(text).not.toMatch(/El Paso|Harlingen/);
  });

  it('the card: the city’s section and its advice to ask first, in Spanish too', () => {
    const compiled = compilePolicy(policyOf(cityOnly));
    for (const locale of ['en', 'es'] as const) {
      const findings = evaluate('This is bullshit', compiled, { locale });
      const { container } = render(<FindingCard findings={findings} mode="live" t={createTranslate(locale)} onEdit={() => {}} onClose={() => {}} />);
      const text = container.textContent!;
      expect(text).toContain(locale === 'en' ? 'City of Springfield Social Media Policy, section 4.12.3(a): Prohibited content' : 'Política de redes sociales de la Ciudad de Springfield, sección 4.12.3(a): Contenido prohibido');
      expect(text).toContain(locale === 'en' ? '4.12.6: Questions' : '4.12.6: Preguntas');
      expect(text).not.toMatch(/El Paso|Harlingen/);
      cleanup();
    }
  });
});
