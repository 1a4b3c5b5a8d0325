// @vitest-environment node
// (file paths come from import.meta.url; happy-dom's URL is not a file URL)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { MANAGED_SPEC, validatePolicy } from '../../rules/settings';
import { DEFAULT_SETTINGS } from '../../rules/schema';
import {
  CHROME_WEB_STORE_UPDATE_URL,
  defaultOptions,
  EDGE_ADDONS_UPDATE_URL,
  GECKO_ID,
  readRegString,
  renderTemplates,
  ROOT,
  SAMPLES_DIR,
  selfHosted,
  TEMPLATE_POLICY,
  windowsReg as windowsRegRaw,
} from '../../scripts/admin-templates';
// @ts-expect-error plain ESM helper
import { DEV_KEY_FILE, extensionId } from '../../scripts/extension-key.mjs';

const ID: string = extensionId(DEV_KEY_FILE);
const UPDATES = 'https://intranet.example.gov/ask-first/updates.xml';
const files = renderTemplates(selfHosted(ID, UPDATES, 'https://intranet.example.gov/ask-first/ask-first-firefox.xpi'));
const CWS_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EDGE_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';

/** The values of one [key] section of a .reg file, as Windows would store them. */
function regSection(reg: string, key: string): Record<string, string> | undefined {
  const lines = reg.split('\r\n');
  const start = lines.indexOf(`[${key}]`);
  if (start < 0) return undefined;
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^"([^"]+)"=(.*)$/.exec(line);
    if (!m) break;
    out[m[1]!] = m[2]!.startsWith('"') ? readRegString(m[2]!) : m[2]!;
  }
  return out;
}

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
      for (const f of ['linux-chrome-chromium-edge.json', 'linux-force-install-chrome-chromium.json', 'linux-force-install-edge.json', 'windows-chrome-edge.reg', 'macos-chrome-edge.mobileconfig', 'firefox-policies.json']) {
        expect(files[`docs/admin-templates/samples/${city}/${f}`], `${city}/${f}`).toBeTruthy();
      }
    }
  });

  it('Linux: the settings file holds only 3rdparty; force-install is its own file, with ExtensionSettings (issue #16)', () => {
    const linux = JSON.parse(files['docs/admin-templates/samples/el-paso/linux-chrome-chromium-edge.json']!);
    const sample = JSON.parse(readFileSync(join(SAMPLES_DIR, 'el-paso.policy.json'), 'utf8'));
    expect(Object.keys(linux)).toEqual(['3rdparty']);
    expect(linux['3rdparty'].extensions[ID]).toEqual(sample);
    const install = JSON.parse(files['docs/admin-templates/samples/el-paso/linux-force-install-chrome-chromium.json']!);
    expect(install).toEqual({ ExtensionSettings: { [ID]: { installation_mode: 'force_installed', update_url: UPDATES } } });
  });

  it('store ids: Chrome Web Store and Edge Add-ons each get their own id and update URL, from the ids IT gives (issue #16)', () => {
    const o = defaultOptions({ ASK_FIRST_CHROME_STORE_ID: CWS_ID, ASK_FIRST_EDGE_STORE_ID: EDGE_ID });
    expect(o.chrome).toEqual({ id: CWS_ID, updateUrl: CHROME_WEB_STORE_UPDATE_URL });
    expect(o.edge).toEqual({ id: EDGE_ID, updateUrl: EDGE_ADDONS_UPDATE_URL });
    expect(() => defaultOptions({ ASK_FIRST_EDGE_STORE_ID: 'not-an-id' })).toThrow(/not 32 letters/);
    const store = renderTemplates(o);
    const reg = store['docs/admin-templates/template/windows-chrome-edge.reg']!;
    expect(regSection(reg, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionSettings\\${CWS_ID}`)).toEqual({ installation_mode: 'force_installed', update_url: CHROME_WEB_STORE_UPDATE_URL });
    expect(regSection(reg, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionSettings\\${EDGE_ID}`)).toEqual({ installation_mode: 'force_installed', update_url: EDGE_ADDONS_UPDATE_URL });
    expect(regSection(reg, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${EDGE_ID}\\policy`)).toBeTruthy();
    expect(JSON.parse(store['docs/admin-templates/template/linux-force-install-edge.json']!).ExtensionSettings).toEqual({ [EDGE_ID]: { installation_mode: 'force_installed', update_url: EDGE_ADDONS_UPDATE_URL } });
    expect(Object.keys(JSON.parse(store['docs/admin-templates/template/linux-chrome-chromium-edge.json']!)['3rdparty'].extensions)).toEqual([CWS_ID, EDGE_ID]);
    const mac = store['docs/admin-templates/template/macos-chrome-edge.mobileconfig']!;
    expect(mac).toContain(`com.google.Chrome.extensions.${CWS_ID}`);
    expect(mac).toContain(`com.microsoft.Edge.extensions.${EDGE_ID}`);
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
    expect(reg).not.toContain('ExtensionInstallForcelist');
    // The RE2 backslashes survive: .reg escaping of JSON escaping.
    const line = reg.split('\r\n').find((l) => l.startsWith('"customRules"='))!;
    const regText = line.slice('"customRules"="'.length, -1).replace(/\\(.)/g, '$1'); // undo .reg escaping
    const json = JSON.parse(regText);
    expect(json[0].pattern).toBe('(?i)\\b[a-z0-9-]*(vote|elect|campaign)[a-z0-9-]*\\.(com|org|net|us)\\b');
  });

  it('Windows: non-ASCII text survives the round trip as \\uXXXX in the JSON values; the file stays ASCII (issue #16)', () => {
    const policy = {
      organization: { name: 'Ciudad de Información', contacts: [{ role: 'Oficina de Comunicación' }] },
      customRules: [{ id: 'año', category: 'confidential' as const, severity: 'violation' as const, terms: ['Proyecto Año Nuevo', 'niño 😀'], message: '¿Está seguro?' }],
      enforcement: 'warn' as const,
    };
    const reg = renderTemplates(selfHosted(ID, UPDATES, 'x'))['docs/admin-templates/template/windows-chrome-edge.reg']!;
    expect(reg).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(reg).toContain('Calle A\\\\u00f1o Nuevo'); // the template's allowTerms, escaped for JSON, then for .reg
    // Round trip: write a .reg for the policy, read its values back as Windows and Chrome do.
    const own = renderTemplatesFor(policy);
    const values = regSection(own, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy`)!;
    expect(JSON.parse(values.organization!)).toEqual(policy.organization);
    expect(JSON.parse(values.customRules!)).toEqual(policy.customRules);
    expect(values.enforcement).toBe('warn');
  });

  it('Windows: each key the .reg writes is deleted first, so values removed from the policy do not linger (issue #16)', () => {
    const reg = files['docs/admin-templates/samples/harlingen/windows-chrome-edge.reg']!;
    const lines = reg.split('\r\n');
    const written = lines.filter((l) => /^\[[^-]/.test(l));
    expect(written.length).toBe(4);
    for (const key of written) expect(lines[lines.indexOf(key) - 1]).toBe(`[-${key.slice(1)}`);
  });

  it('Windows ADMX/ADML: well-formed; one policy per setting and browser, at the 3rdparty key, each with its strings and input box (issue #16)', () => {
    const parse = (text: string) => {
      const doc = new new Window().DOMParser().parseFromString(text, 'application/xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      return doc;
    };
    const admxDoc = parse(files['docs/admin-templates/windows/ask-first.admx']!);
    const admlDoc = parse(files['docs/admin-templates/windows/en-US/ask-first.adml']!);
    const policies = [...admxDoc.querySelectorAll('policy')];
    expect(policies.map((p) => p.getAttribute('name')).sort()).toEqual(['Chrome', 'Edge'].flatMap((b) => Object.keys(MANAGED_SPEC.properties).map((k) => `${b}_${k}`)).sort());
    const strings = new Set([...admlDoc.querySelectorAll('string')].map((e) => e.getAttribute('id')));
    const presentations = new Set([...admlDoc.querySelectorAll('presentation')].map((e) => e.getAttribute('id')));
    for (const p of policies) {
      expect(p.getAttribute('key')).toMatch(new RegExp(`^Software\\\\Policies\\\\(Google\\\\Chrome|Microsoft\\\\Edge)\\\\3rdparty\\\\extensions\\\\${ID}\\\\policy$`));
      for (const ref of (p.outerHTML.match(/\$\((string|presentation)\.([^)]+)\)/g) ?? [])) {
        const [, kind, id] = /\$\((string|presentation)\.([^)]+)\)/.exec(ref)!;
        expect(kind === 'string' ? strings.has(id!) : presentations.has(id!), ref).toBe(true);
      }
    }
    const history = policies.find((p) => p.getAttribute('name') === 'Chrome_historyDays')!;
    expect(history.querySelector('decimal')?.getAttribute('maxValue')).toBe('3650');
    const enforcement = policies.find((p) => p.getAttribute('name') === 'Edge_enforcement')!;
    expect([...enforcement.querySelectorAll('string')].map((e) => e.textContent)).toEqual(['warn', 'justify', 'block']);
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

/** A .reg for one policy, through the same generator. */
function renderTemplatesFor(policy: object): string {
  return windowsRegRaw(policy, selfHosted(ID, UPDATES, 'x'));
}
