import { cleanup, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoverageList } from '../../components/CoverageList';
import { createTranslate } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { COVERAGE, ROUTES } from '../../entrypoints/compose.content/sites/coverage';
import { PACKS } from '../../rules';
import { DEFAULT_SETTINGS } from '../../rules/schema';

afterEach(cleanup);

describe('"Where Ask First checks" (options page, from sites/coverage.ts)', () => {
  it('gives every site a heading, its checked surfaces with the submits stopped, and its known gaps', () => {
    render(<CoverageList coverage={COVERAGE} routes={ROUTES} t={createTranslate('en')} />);
    const sites = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(sites).toEqual(COVERAGE.map((c) => c.name));
    const linkedin = screen.getByRole('region', { name: 'LinkedIn' });
    const [checked, gaps] = within(linkedin).getAllByRole('list');
    expect(within(checked!).getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'Messaging. Stopped before posting: Send button, Enter (stopped from the first one; later learned per box)',
    );
    expect(within(gaps!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Articles and newsletters editor']);
    // A site with no known gap says so instead of an empty list.
    expect(within(screen.getByRole('region', { name: 'YouTube Studio' })).getByText('No gaps known.')).toBeTruthy();
    // Captions are backed by public evidence now (sites/instagram.ts): no "not verified" label left.
    const instagram = within(screen.getByRole('region', { name: 'Instagram' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(instagram).toContain('New post caption. Stopped before posting: Share button');
  });

  it('reads in Spanish', () => {
    render(<CoverageList coverage={COVERAGE} routes={ROUTES} t={createTranslate('es')} />);
    const linkedin = screen.getByRole('region', { name: 'LinkedIn' });
    expect(within(linkedin).getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'Mensajes. Se detiene antes de publicar: botón Enviar, Intro (se detiene desde la primera vez; luego se aprende en cada cuadro)',
    );
    expect(within(linkedin).getByRole('heading', { name: 'No lo cubre el adaptador' })).toBeTruthy();
    expect(screen.getByText(/cualquier otro cuadro en el que usted escriba/)).toBeTruthy();
  });

  it('has both languages for every surface, gap and route', () => {
    for (const text of [...COVERAGE.flatMap((c) => [...c.checked.map((s) => s.surface), ...c.notCovered]), ...Object.values(ROUTES)]) {
      expect(text.en.trim(), JSON.stringify(text)).not.toBe('');
      expect(text.es.trim(), JSON.stringify(text)).not.toBe('');
    }
  });

  it('is a section of the options page, linked from its navigation, with no axe violations', async () => {
    const { container } = render(
      <OptionsPage
        view={{ settings: DEFAULT_SETTINGS, managedKeys: [], invalid: [], locked: false, pausedUntil: 0 }}
        packs={[PACKS['el-paso']]}
        coverage={{ coverage: COVERAGE, routes: ROUTES }}
        locale="en"
        t={createTranslate('en')}
        history={null}
        filter={{}}
        drafts={[]}
        now={0}
        error={false}
        onSave={vi.fn()}
        onCheck={vi.fn()}
        onFilter={vi.fn()}
        onExportHistory={vi.fn()}
        onDeleteHistory={vi.fn()}
        onCopyDraft={vi.fn()}
        onDeleteDraft={vi.fn()}
        onDownload={vi.fn()}
      />,
    );
    const link = within(screen.getByRole('navigation', { name: 'Sections of this page' })).getByRole('link', { name: 'Where Ask First checks' });
    expect(link.getAttribute('href')).toBe('#sites');
    const section = container.querySelector('#sites')!;
    expect(within(section as HTMLElement).getByRole('heading', { level: 2, name: 'Where Ask First checks' })).toBeTruthy();
    const result = await axe.run(section, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
