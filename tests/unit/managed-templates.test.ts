// @vitest-environment node
// (file paths come from import.meta.url; happy-dom's URL is not a file URL)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../rules/managed';
import { DEFAULT_SETTINGS } from '../../rules/schema';
import { GECKO_ID, renderTemplates, ROOT, SAMPLES_DIR, TEMPLATE_POLICY } from '../../scripts/admin-templates';
// @ts-expect-error plain ESM helper
import { DEV_KEY_FILE, extensionId } from '../../scripts/extension-key.mjs';

const ID: string = extensionId(DEV_KEY_FILE);
const files = renderTemplates({
  id: ID,
  updateUrl: 'https://intranet.example.gov/ask-first/updates.xml',
  xpiUrl: 'https://intranet.example.gov/ask-first/ask-first-firefox.xpi',
});

describe('admin templates (npm run admin-templates)', () => {
  it('the committed files are exactly what the generator makes from the schema', () => {
    for (const [path, content] of Object.entries(files)) expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(content);
  });

  it('the template sets every key, validly', () => {
    const { problems, keys } = validatePolicy(TEMPLATE_POLICY);
    expect(problems).toEqual([]);
    expect(keys.sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it.each(readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.policy.json')))('sample %s is valid', (file) => {
    expect(validatePolicy(JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8'))).problems).toEqual([]);
  });

  it('has El Paso and Harlingen samples in every format', () => {
    for (const city of ['el-paso', 'harlingen']) {
      for (const f of ['linux-chrome-chromium-edge.json', 'windows-chrome-edge.reg', 'macos-chrome-edge.mobileconfig', 'firefox-policies.json']) {
        expect(files[`docs/admin-templates/samples/${city}/${f}`], `${city}/${f}`).toBeTruthy();
      }
    }
  });

  it('Linux: force-install plus the policy under 3rdparty.extensions.<id>', () => {
    const linux = JSON.parse(files['docs/admin-templates/samples/el-paso/linux-chrome-chromium-edge.json']!);
    const sample = JSON.parse(readFileSync(join(SAMPLES_DIR, 'el-paso.policy.json'), 'utf8'));
    expect(linux.ExtensionInstallForcelist).toEqual([`${ID};https://intranet.example.gov/ask-first/updates.xml`]);
    expect(linux['3rdparty'].extensions[ID]).toEqual(sample);
  });

  it('Firefox: ExtensionSettings force-install plus 3rdparty.Extensions.<gecko id>', () => {
    const ff = JSON.parse(files['docs/admin-templates/samples/harlingen/firefox-policies.json']!).policies;
    expect(ff.ExtensionSettings[GECKO_ID]).toEqual({ installation_mode: 'force_installed', install_url: 'https://intranet.example.gov/ask-first/ask-first-firefox.xpi' });
    expect(ff['3rdparty'].Extensions[GECKO_ID].enforcement).toBe('warn');
  });

  it('Windows: ASCII, CRLF, Chrome and Edge keys, JSON text for lists, DWORD for numbers and booleans', () => {
    const reg = files['docs/admin-templates/samples/harlingen/windows-chrome-edge.reg']!;
    expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(reg).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(reg.replace(/\r\n/g, '')).not.toContain('\n');
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy]`);
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ID}\\policy]`);
    expect(reg).toContain('"historyDays"=dword:0000005a');
    expect(reg).toContain('"userMayChange"=dword:00000000');
    // The RE2 backslashes survive: .reg escaping of JSON escaping.
    const line = reg.split('\r\n').find((l) => l.startsWith('"customRules"='))!;
    const regText = line.slice('"customRules"="'.length, -1).replace(/\\(.)/g, '$1'); // undo .reg escaping
    const json = JSON.parse(regText);
    expect(json[0].pattern).toBe('(?i)\\b[a-z0-9-]*(vote|elect|campaign)[a-z0-9-]*\\.(com|org|net|us)\\b');
  });

  it('macOS: a well-formed profile with Chrome and Edge payloads for the extension', () => {
    const xml = files['docs/admin-templates/samples/el-paso/macos-chrome-edge.mobileconfig']!;
    const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const types = [...doc.querySelectorAll('key')].filter((k) => k.textContent === 'PayloadType').map((k) => k.nextElementSibling?.textContent);
    expect(types).toEqual(['Configuration', 'com.google.Chrome', `com.google.Chrome.extensions.${ID}`, 'com.microsoft.Edge', `com.microsoft.Edge.extensions.${ID}`]);
    expect(xml).toContain('<key>enforcement</key>\n      <string>justify</string>');
  });
});
