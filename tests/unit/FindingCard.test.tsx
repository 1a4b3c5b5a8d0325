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
    expect(screen.getByRole('status').textContent).toMatch(/\(2 findings\)/);
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

  const guardProps = () => ({
    findings,
    t: createTranslate('en'),
    mode: 'guard' as const,
    onEdit: vi.fn(),
    onClose: vi.fn(),
    onAsk: vi.fn(),
    onPostAnyway: vi.fn(),
  });

  it('at a stopped submit offers Edit, Ask before posting and Post anyway (warn)', () => {
    const props = guardProps();
    render(<FindingCard {...props} />);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/Posting is paused.*\(2 findings\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(props.onPostAnyway).toHaveBeenCalledWith();
    fireEvent.click(screen.getByRole('button', { name: 'Ask before posting' }));
    expect(props.onAsk).toHaveBeenCalledOnce();
  });

  it('block: does not offer Post anyway', () => {
    render(<FindingCard {...guardProps()} enforcement="block" />);
    expect(screen.queryByRole('button', { name: 'Post anyway' })).toBeNull();
    expect(screen.getByText(/does not allow posting this draft/)).toBeTruthy();
  });

  it('justify: asks for a reason before posting anyway', () => {
    const props = guardProps();
    render(<FindingCard {...props} enforcement="justify" />);
    fireEvent.click(screen.getByRole('button', { name: 'Post anyway' }));
    expect(props.onPostAnyway).not.toHaveBeenCalled();
    const confirm = screen.getByRole('button', { name: 'Post anyway with this reason' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText(/Why is it appropriate/), { target: { value: '  quoting the mayor ' } });
    fireEvent.click(confirm);
    expect(props.onPostAnyway).toHaveBeenCalledWith('quoting the mayor');
  });

  it('ignores events its owner does not accept (synthetic events from page scripts)', () => {
    const props = guardProps();
    render(<FindingCard {...props} accept={() => false} />);
    for (const name of ['Edit', 'Ask before posting', 'Post anyway', 'Close']) fireEvent.click(screen.getByRole('button', { name }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect([props.onEdit, props.onAsk, props.onPostAnyway, props.onClose].map((f) => f.mock.calls.length)).toEqual([0, 0, 0, 0]);
  });

  it('Escape closes the card', () => {
    const props = guardProps();
    render(<FindingCard {...props} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Edit' }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('ask mode: an e-mail link per contact, and the saved draft', () => {
    const mailtoFor = vi.fn(() => 'mailto:hr@city.example?subject=s');
    render(
      <FindingCard
        {...guardProps()}
        mode="ask"
        ask={{ contacts: [{ role: 'Human Resources', name: 'Ana', email: 'hr@city.example' }], draft: 'my draft', mailtoFor, onCopy: async () => {} }}
      />,
    );
    const link = screen.getByRole('link', { name: 'E-mail Human Resources (Ana)' });
    expect(link.getAttribute('href')).toBe('mailto:hr@city.example?subject=s');
    expect(screen.getByText('my draft')).toBeTruthy();
    expect(screen.getByText(/Your draft is saved/)).toBeTruthy();
  });

  it('ask mode without a contact: the policy\'s own advice (III.B.1)', () => {
    render(<FindingCard {...guardProps()} mode="ask" ask={{ contacts: [], draft: 'd', mailtoFor: () => '', onCopy: async () => {} }} />);
    expect(screen.getByText(/has not listed a contact/).textContent).toMatch(/III\.B\.1/);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('"Not a problem" is offered for words, not for phone numbers, and reports the finding', () => {
    const onAllow = vi.fn();
    render(<FindingCard findings={findings} t={createTranslate('en')} onEdit={() => {}} onClose={() => {}} onAllow={onAllow} />);
    const buttons = screen.getAllByRole('button', { name: 'Not a problem' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(onAllow).toHaveBeenCalledWith(expect.objectContaining({ category: 'profanity', excerpt: 'bullshit' }));
  });

  it('shows the posting account, with a badge when it is an official City account', () => {
    const { rerender } = render(
      <FindingCard findings={findings} t={createTranslate('es')} onEdit={() => {}} onClose={() => {}} postingAs={{ handle: '@ana', official: false }} />,
    );
    expect(screen.getByText(/Publicando como @ana/)).toBeTruthy();
    expect(screen.queryByText('Cuenta oficial de la Ciudad')).toBeNull();
    rerender(<FindingCard findings={findings} t={createTranslate('es')} onEdit={() => {}} onClose={() => {}} postingAs={{ handle: '@CityOfElPasoTX', official: true }} />);
    expect(screen.getByText('Cuenta oficial de la Ciudad')).toBeTruthy();
  });
});

