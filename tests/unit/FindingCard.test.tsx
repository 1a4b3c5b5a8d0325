import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../components/FindingCard';
import { createTranslate } from '../../components/i18n';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';

const findings = evaluate('what bullshit, call 915-555-2368', compilePolicy(DEFAULT_POLICY));

describe('FindingCard', () => {
  it('lists each finding with category, severity, excerpt and citation, and the ask-first advice', () => {
    render(<FindingCard findings={findings} t={createTranslate('en')} onEdit={() => {}} onClose={() => {}} />);
    const region = screen.getByRole('region', { name: /Ask First/ });
    expect(region.querySelectorAll('li.finding')).toHaveLength(2);
    expect(screen.getByText('Profanity')).toBeTruthy();
    expect(screen.getByText('Personal information')).toBeTruthy();
    expect(screen.getByText('bullshit')).toBeTruthy();
    expect(screen.getByText(/section III\.A\.5\.a/)).toBeTruthy();
    expect(screen.getByText(/section III\.B\.1/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/\(2 found\)/);
  });

  it('speaks Spanish when asked to', () => {
    const es = evaluate('qué pendejo', compilePolicy(DEFAULT_POLICY), { locale: 'es' });
    render(<FindingCard findings={es} t={createTranslate('es')} onEdit={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('heading').textContent).toBe('Antes de publicar');
    expect(screen.getByText('Lenguaje grosero')).toBeTruthy();
    expect(screen.getByText(/sección III\.B\.1/)).toBeTruthy();
  });

  it('sends Edit and Close to its owner', () => {
    const onEdit = vi.fn();
    const onClose = vi.fn();
    render(<FindingCard findings={findings} t={createTranslate('en')} onEdit={onEdit} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onEdit).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
