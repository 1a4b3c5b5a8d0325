import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslate } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { PACKS } from '../../rules';
import type { SettingsView } from '../../rules/messages';
import { DEFAULT_SETTINGS } from '../../rules/schema';

afterEach(cleanup);

/**
 * The locked and invalid-policy states cannot be reached in the real-browser tests
 * without a real managed policy (the deployment issue's test), so axe checks their
 * structure here. Colour contrast needs real layout and is checked in Chromium.
 */
async function violations(container: Element) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function page(view: SettingsView) {
  return (
    <OptionsPage
      view={view}
      packs={[PACKS['el-paso'], PACKS.harlingen]}
      locale="en"
      t={createTranslate('en')}
      history={null}
      filter={{}}
      drafts={[]}
      now={0}
      error
      onSave={vi.fn()}
      onCheck={vi.fn()}
      onFilter={vi.fn()}
      onExportHistory={vi.fn()}
      onDeleteHistory={vi.fn()}
      onCopyDraft={vi.fn()}
      onDeleteDraft={vi.fn()}
      onDownload={vi.fn()}
    />
  );
}

describe('options page accessibility in managed states (axe-core)', () => {
  it('axe does report problems in this DOM (so a pass below means something)', async () => {
    const { container } = render(
      <div>
        <button type="button" />
        <select>
          <option>a</option>
        </select>
      </div>,
    );
    expect((await violations(container)).map((v) => v.split(':')[0]).sort()).toEqual(['button-name', 'select-name']);
  });

  it('locked, with managed keys and an invalid managed value', async () => {
    const { container } = render(
      page({
        settings: { ...DEFAULT_SETTINGS, userMayChange: false, organization: { name: 'City of Harlingen', contacts: [{ role: 'HR', email: 'hr@example.gov' }] } },
        managedKeys: ['organization', 'userMayChange', 'categories', 'allowTerms'],
        invalid: [{ key: 'historyDays', reason: 'must be a whole number of days', fallback: '90' }],
        locked: true,
        pausedUntil: 0,
      }),
    );
    expect(container.querySelectorAll('[disabled]').length).toBeGreaterThan(10);
    expect(await violations(container)).toEqual([]);
  });
});
