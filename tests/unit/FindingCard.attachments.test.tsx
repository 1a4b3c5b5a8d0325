import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { cardSummary, FindingCard } from '../../components/FindingCard';
import { createTranslate } from '../../components/i18n';
import { cityMarksCitations, quoteFor } from '../../rules/policy/cited';
import { DEFAULT_SETTINGS, type AttachmentFinding } from '../../rules/schema';

/** The built-in packs' City-marks sections (both cities on). */
const CITY_MARKS_CITATIONS = cityMarksCitations({ ...DEFAULT_SETTINGS, packs: ['el-paso', 'harlingen'] });

const t = createTranslate('en');
const finding = (fileName: string): AttachmentFinding => ({
  ruleId: 'city_marks',
  category: 'city_marks',
  severity: 'violation',
  fileName,
  mark: 'City seal',
  message: t('cityMarkMessage', 'City seal'),
  citations: CITY_MARKS_CITATIONS,
});

describe('FindingCard: findings about attached pictures', () => {
  it('lists a City-marks finding with the file, the message and both policies, and counts it', () => {
    render(<FindingCard findings={[]} attachments={[finding('park.jpg')]} t={t} onEdit={() => {}} onClose={() => {}} />);
    const item = document.querySelector('li.finding[data-category="city_marks"]')!;
    expect(item.textContent).toContain('City logo or seal');
    expect(item.textContent).toContain('Attached picture: park.jpg');
    expect(item.textContent).toContain('City seal');
    expect(item.querySelectorAll('cite')).toHaveLength(2);
    expect(item.textContent).toContain('Harlingen');
    expect(item.textContent).toContain('section III.A.1');
    expect(screen.getByRole('status').textContent).toMatch(/\(1 finding\)/);
    expect(cardSummary([], 'guard', t, [finding('a.png')])).toMatch(/\(1 finding\)/);
  });

  it('names a pasted picture without a file name, in Spanish too', () => {
    const es = createTranslate('es');
    render(<FindingCard findings={[]} attachments={[{ ...finding(''), message: es('cityMarkMessage', 'Sello') }]} t={es} onEdit={() => {}} onClose={() => {}} />);
    expect(screen.getByText('Imagen pegada o arrastrada')).toBeTruthy();
    expect(screen.getByText('Logotipo o sello de la Ciudad')).toBeTruthy();
  });

  it('"I removed this picture" goes to its owner with that finding', () => {
    const onDismiss = vi.fn();
    const f = finding('logo.png');
    render(<FindingCard findings={[]} attachments={[f]} t={t} onEdit={() => {}} onClose={() => {}} onDismissAttachment={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'I removed this picture' }));
    expect(onDismiss).toHaveBeenCalledWith(f);
  });

  it('cites sections whose own words are quoted from the policies', () => {
    for (const c of CITY_MARKS_CITATIONS) expect(quoteFor(c)).toMatch(/logo/);
  });
});
