// The options page's "Check past posts" (issue #16) over a generated X archive, through the
// same code the page's worker runs (rules/audit/run.ts): counts, filter, progress, cancel, export.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditPanel, type StartAudit } from '../../components/AuditPanel';
import { createTranslate } from '../../components/i18n';
import { OptionsPage, type OptionsPageProps } from '../../components/OptionsPage';
import { auditFile } from '../../rules/audit/run';
import { DEFAULT_SETTINGS } from '../../rules/schema';

afterEach(cleanup);

const TWEETS = [
  { id: '2001', text: 'Road closures on Mesa St this weekend.', date: 'Mon Mar 04 15:00:00 +0000 2024' },
  { id: '2002', text: 'This council vote is total bullshit.', date: 'Tue Apr 09 10:00:00 +0000 2024' },
  { id: '2003', text: 'Call my coworker at (915) 555-2368 about it', date: 'Wed Apr 10 10:00:00 +0000 2024' },
  { id: '2004', text: 'What a shitty parade route.', date: 'Fri May 03 10:00:00 +0000 2024' },
];
const archive = () =>
  zipSync({
    'data/tweets.js': strToU8(`window.YTD.tweets.part0 = ${JSON.stringify(TWEETS.map((tw) => ({ tweet: { id_str: tw.id, full_text: tw.text, created_at: tw.date } })), null, 2)}`),
  });

/** The page's runner without the worker: the same auditFile, over the File's bytes. */
const direct: StartAudit = (file, onProgress) => ({
  result: file.arrayBuffer().then((b) => auditFile(file.name, new Uint8Array(b), DEFAULT_SETTINGS, 'en', onProgress)),
  cancel: () => {},
});

function choose(file: File) {
  const input = screen.getByLabelText(/account export file|archivo exportado/i) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('AuditPanel', () => {
  it('reports a generated X archive: counts by category and month, filter, marks, links, export', async () => {
    const onDownload = vi.fn();
    render(<AuditPanel t={createTranslate('en')} start={direct} onDownload={onDownload} />);
    choose(new File([archive()], 'twitter.zip'));
    await screen.findByText('4 posts checked; 3 flagged.');

    const byCategory = screen.getByRole('table', { name: 'Flagged posts by category' });
    expect(within(byCategory).getByRole('row', { name: /Profanity/ }).textContent).toContain('2');
    expect(within(byCategory).getByRole('row', { name: /Personal information/ }).textContent).toContain('1');
    const byMonth = screen.getByRole('table', { name: 'Flagged posts by month' });
    expect(within(byMonth).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['May 20241', 'April 20242']);

    const posts = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('audit-post'));
    expect(posts()).toHaveLength(3);
    // Newest first; the flagged word is marked; the post links to x.com; the citation shows.
    expect(posts()[0]!.querySelector('mark')!.textContent).toBe('shitty');
    expect(within(posts()[0]!).getByRole('link', { name: 'Open the post' }).getAttribute('href')).toBe('https://x.com/i/web/status/2004');
    expect(posts()[0]!.querySelector('cite')!.textContent).toMatch(/El Paso/);

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'personal_info' } });
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.textContent).toContain('(915) 555-2368');
    expect(screen.getByText('Showing 1 of 1 flagged post')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save as CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save as a web page (HTML)' }));
    expect(onDownload).toHaveBeenCalledTimes(2);
    const [csvName, csv, csvType] = onDownload.mock.calls[0]!;
    expect([csvName, csvType]).toEqual(['ask-first-past-posts-twitter.csv', 'text/csv']);
    expect(csv.startsWith('\uFEFF')).toBe(false); // saveFile adds the one byte-order mark
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 3); // header + one row per finding
    const [, page, htmlType] = onDownload.mock.calls[1]!;
    expect(htmlType).toBe('text/html');
    expect(page).toContain('<mark title="Profanity">bullshit</mark>');
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href=/); // self-contained
  });

  it('shows progress as a progressbar, and Cancel stops the run with nothing kept (Spanish)', async () => {
    let progress: (done: number, total: number) => void = () => {};
    const cancel = vi.fn();
    const start: StartAudit = (_file, onProgress) => {
      progress = onProgress;
      return { result: new Promise(() => {}), cancel };
    };
    render(<AuditPanel t={createTranslate('es')} start={start} onDownload={() => {}} />);
    choose(new File(['text\nhola'], 'posts.csv'));
    progress(500, 1200);
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('500'));
    expect(bar.getAttribute('aria-valuemax')).toBe('1200');
    expect(bar.getAttribute('aria-valuetext')).toBe('500 de 1,200 publicaciones revisadas');
    const button = screen.getByRole('button', { name: 'Cancelar' });
    expect(document.activeElement).toBe(button); // keyboard users land on Cancel
    fireEvent.click(button);
    expect(cancel).toHaveBeenCalledOnce();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Revisión cancelada. No se guardó nada.');
  });

  it('Spanish plurals for one post; a failure names the file', async () => {
    const t = createTranslate('es');
    render(<AuditPanel t={t} start={direct} onDownload={() => {}} />);
    choose(new File(['text\n"Qué mierda de reunión"\n'], 'uno.csv'));
    await screen.findByText('1 publicación revisada; 1 marcada.');
    cleanup();
    const failing: StartAudit = () => ({ result: Promise.reject(new Error('sin memoria')), cancel: () => {} });
    render(<AuditPanel t={t} start={failing} onDownload={() => {}} />);
    choose(new File(['x'], 'grande.zip'));
    expect((await screen.findByRole('alert')).textContent).toBe('No se pudo revisar grande.zip: sin memoria');
  });

  it('is a section of the options page with its nav entry, only where the page can run it', () => {
    const t = createTranslate('en');
    const props = {
      view: { settings: DEFAULT_SETTINGS, managedKeys: [], invalid: [], locked: false, pausedUntil: 0 },
      packs: [],
      locale: 'en',
      t,
      history: null,
      filter: {},
      drafts: [],
      now: 0,
      error: false,
      onSave() {},
      onCheck: async () => ({ findings: [] }),
      onFilter() {},
      onExportHistory() {},
      onDeleteHistory() {},
      onCopyDraft() {},
      onDeleteDraft() {},
      onDownload() {},
    } as unknown as OptionsPageProps;
    const { unmount } = render(<OptionsPage {...props} />);
    expect(screen.queryByRole('link', { name: 'Check past posts' })).toBeNull();
    unmount();
    render(<OptionsPage {...props} startAudit={direct} />);
    expect(screen.getByRole('link', { name: 'Check past posts' }).getAttribute('href')).toBe('#audit');
    expect(screen.getByRole('region', { name: 'Check past posts' })).toBeTruthy();
  });
});
