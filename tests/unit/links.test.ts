import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';
import { DEFAULT_POLITICAL_DOMAINS, hostOf, linksTo } from '../../rules/engine/links';

const policy = compilePolicy(DEFAULT_POLICY);
const political = (text: string, opts = {}) => evaluate(text, policy, opts).filter((f) => f.ruleId.endsWith('political_link') || f.ruleId === 'links.political');

describe('links to political and campaign sites', () => {
  it.each([
    ['Chip in: https://secure.actblue.com/donate/jane-2026 today', 'https://secure.actblue.com/donate/jane-2026'],
    ['Donate at winred.com/jane.', 'winred.com/jane'],
    ['(see www.WinRed.com)', 'www.WinRed.com'],
    ['Sign up: https://www.mobilize.us/event/123?utm=x', 'https://www.mobilize.us/event/123?utm=x'],
    ['Volunteer with texasgop.org!', 'texasgop.org'],
  ])('flags %j', (text, excerpt) => {
    const found = political(text);
    expect(found.map((f) => f.excerpt)).toEqual([excerpt]);
    expect(found[0]).toMatchObject({ category: 'political', severity: 'caution', citation: { pack: 'harlingen', title: 'Political activities by city employees' } });
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(excerpt);
  });

  it.each([
    'Find your polling place at vote.org or https://www.sos.state.tx.us/elections',
    'Read notactblue.com and actblue.com.evil.example for yourself',
    'Write to jane@actblue.com about the invoice',
    'Library hours: 9.30 to 5.30, story time at 10.',
  ])('leaves %j alone', (text) => {
    expect(political(text)).toEqual([]);
  });

  it('on an official account, a political link is a violation citing the departments rule', () => {
    const [f] = political('Thanks! https://actblue.com/x', { identity: 'official', locale: 'es' });
    expect(f).toMatchObject({ ruleId: 'official.political_link', severity: 'violation', citation: { pack: 'harlingen', title: 'Never follow, like or link to political sites' } });
    expect(f!.message).toMatch(/^Un enlace a un sitio político/);
  });

  it('adds the organization’s politicalDomains to the built-in list, subdomains included', () => {
    const own = compilePolicy({ ...DEFAULT_POLICY, politicalDomains: ['VoteJaneDoe.com'] });
    expect(evaluate('Go to https://www.votejanedoe.com/give and donate.votejanedoe.com', own).filter((f) => f.category === 'political').map((f) => f.excerpt)).toEqual([
      'https://www.votejanedoe.com/give',
      'donate.votejanedoe.com',
    ]);
    expect(political('https://www.votejanedoe.com/give')).toEqual([]);
    expect(DEFAULT_POLITICAL_DOMAINS).toContain('actblue.com');
  });

  it('follows the category settings: off means off, a severity override applies', () => {
    expect(political('actblue.com') .length).toBe(1);
    const off = compilePolicy({ ...DEFAULT_POLICY, categories: { political: { enabled: false } } });
    expect(evaluate('https://actblue.com/x', off)).toEqual([]);
    const info = compilePolicy({ ...DEFAULT_POLICY, categories: { political: { severity: 'info' } } });
    expect(evaluate('https://actblue.com/x', info, { identity: 'official' })[0]?.severity).toBe('info');
  });

  it('cites El Paso when only the El Paso pack is on', () => {
    const ep = compilePolicy({ packs: ['el-paso'] });
    expect(evaluate('winred.com/x', ep)[0]?.citation).toMatchObject({ pack: 'el-paso', section: 'III.A.5.a' });
  });

  it('reads hosts from links and ignores e-mail addresses and non-hosts', () => {
    expect(hostOf('HTTPS://Secure.ActBlue.com:443/x')).toBe('secure.actblue.com');
    expect(hostOf('user:pw@winred.com/x')).toBeNull();
    expect(hostOf('https://user@winred.com/x')).toBe('winred.com');
    expect(hostOf('3.14')).toBeNull();
    expect(linksTo('a'.repeat(50_000) + ' actblue.com', new Set(['actblue.com']))).toHaveLength(1);
  });

  it('stays linear on hostile input (long tokens, runs of dots)', () => {
    const domains = new Set(['actblue.com']);
    for (const hostile of ['a.b' + '.'.repeat(100_000) + 'x', 'a.b'.repeat(40_000), 'x.' + 'a'.repeat(100_000) + '.com', '.a'.repeat(60_000)]) {
      const t = performance.now();
      linksTo(hostile, domains);
      expect(performance.now() - t).toBeLessThan(200);
    }
  });
});

describe('official accounts: personal e-mail as contact', () => {
  const harlingen = compilePolicy({ packs: ['harlingen'], workEmailDomains: ['harlingentx.gov'] });
  const official = (text: string) => evaluate(text, harlingen, { identity: 'official' }).filter((f) => f.ruleId === 'official.personal_email');

  it('is a violation on an official account and cites the Harlingen rule', () => {
    const [f] = official('Questions? Write to jgarza78@yahoo.com');
    expect(f).toMatchObject({ excerpt: 'jgarza78@yahoo.com', category: 'personal_info', severity: 'violation', citation: { title: 'Personal e-mail addresses as contact information are prohibited' } });
  });

  it('allows the work domains and role mailboxes, and leaves personal accounts to the pack rule', () => {
    expect(official('Write to jgarza@harlingentx.gov or press@gmail.com')).toEqual([]);
    const personal = evaluate('Write to jgarza78@yahoo.com', harlingen, { identity: 'personal' });
    expect(personal.map((f) => [f.ruleId, f.severity])).toEqual([['harlingen.personal_info.email', 'caution']]);
  });
});
