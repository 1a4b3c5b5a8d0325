/**
 * `npm run admin-templates`: writes, from the one schema in rules/settings,
 *   public/managed_schema.json                         (Chrome's storage.managed_schema)
 *   docs/admin-templates/KEYS.md                       (every key documented)
 *   docs/admin-templates/<config>/linux-chrome-chromium-edge.json      (settings only)
 *   docs/admin-templates/<config>/linux-force-install-chrome-chromium.json, linux-force-install-edge.json
 *   docs/admin-templates/<config>/windows-chrome-edge.reg
 *   docs/admin-templates/<config>/macos-chrome-edge.mobileconfig
 *   docs/admin-templates/<config>/firefox-policies.json
 *   docs/admin-templates/windows/ask-first.admx, windows/en-US/ask-first.adml (scripts/admx.ts)
 * for <config> = template (every key, example values) and each sample policy in
 * docs/admin-templates/samples/*.policy.json. Self-hosted (the default): the extension id
 * comes from the key in ASK_FIRST_KEY_FILE (default: the throwaway dev key), the URLs from
 * ASK_FIRST_UPDATE_URL and ASK_FIRST_XPI_URL. From the stores: ASK_FIRST_CHROME_STORE_ID
 * (Chrome Web Store) and ASK_FIRST_EDGE_STORE_ID (Edge Add-ons), the ids each store gave;
 * each then uses its store's update URL. `--check` fails if a committed file differs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeSchemaJson, documentKeys, validatePolicy } from '../rules/settings';
import { adml, admx } from './admx';
import type { ManagedPolicy } from '../rules/schema';
// @ts-expect-error plain ESM helper shared with wxt.config.ts
import { extensionId } from './extension-key.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SAMPLES_DIR = join(ROOT, 'docs/admin-templates/samples');
export const GECKO_ID = 'ask-first@askfirst.city';

/** Where one browser family installs Ask First from. */
export interface InstallSource {
  id: string;
  updateUrl: string;
}

export interface TemplateOptions {
  chrome: InstallSource;
  edge: InstallSource;
  xpiUrl: string;
}

export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_ADDONS_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorecopy/v1/crx';

/** Self-hosted CRX: one id (from your key) and your updates.xml for both browsers. */
export function selfHosted(id: string, updateUrl: string, xpiUrl: string): TemplateOptions {
  return { chrome: { id, updateUrl }, edge: { id, updateUrl }, xpiUrl };
}

export function defaultOptions(env: NodeJS.ProcessEnv = process.env): TemplateOptions {
  const o = selfHosted(
    extensionId() as string,
    env.ASK_FIRST_UPDATE_URL || 'https://intranet.example.gov/ask-first/updates.xml',
    env.ASK_FIRST_XPI_URL || 'https://intranet.example.gov/ask-first/ask-first-firefox.xpi',
  );
  if (env.ASK_FIRST_CHROME_STORE_ID) o.chrome = { id: env.ASK_FIRST_CHROME_STORE_ID, updateUrl: CHROME_WEB_STORE_UPDATE_URL };
  if (env.ASK_FIRST_EDGE_STORE_ID) o.edge = { id: env.ASK_FIRST_EDGE_STORE_ID, updateUrl: EDGE_ADDONS_UPDATE_URL };
  for (const [name, id] of [['Chrome', o.chrome.id], ['Edge', o.edge.id]]) {
    if (!/^[a-p]{32}$/.test(id!)) throw new Error(`${name} extension id "${id}" is not 32 letters a–p`);
  }
  return o;
}

/** ExtensionSettings entry that force-installs Ask First (and pins it to the toolbar). */
const forceInstall = (src: InstallSource) => ({ installation_mode: 'force_installed', update_url: src.updateUrl });

/** Every key with an example value: the starting point IT edits. */
export const TEMPLATE_POLICY: ManagedPolicy = {
  organization: {
    name: 'City of Example',
    contacts: [
      { role: 'Human Resources', email: 'hr@city.example', phone: '+1 555 0100' },
      { role: 'Public Affairs Office', url: 'https://intranet.city.example/social-media-policy' },
    ],
  },
  packs: ['el-paso', 'harlingen'],
  categories: { religious: { severity: 'info' }, defamation: { enabled: false } },
  enforcement: 'warn',
  customRules: [
    {
      id: 'example-internal',
      category: 'confidential',
      severity: 'violation',
      terms: ['internal use only', 'not for public release'],
      message: 'Marked internal: do not post non-public City information.',
      citation: { pack: 'City of Example policy', section: '4.2', title: 'Confidential information' },
    },
    {
      id: 'example-ticket-numbers',
      category: 'security',
      severity: 'caution',
      pattern: '\\bINC-\\d{6}\\b',
      message: 'Help-desk ticket numbers are internal.',
    },
  ],
  allowTerms: ['Scunthorpe Street', 'Calle Año Nuevo'],
  extraSites: [{ match: 'https://forum.city.example/*', selector: 'textarea.reply' }],
  workEmailDomains: ['city.example'],
  officialAccounts: [{ site: 'x', handle: '@CityOfExample' }],
  // The made-up test seal (tests/fixtures/city-seal.png), by hash: IT puts its own mark here.
  cityMarks: [{ name: 'City seal', hash: '018001800ff01ff83ffc7ffe7ffe7ffeffffffff7ffe7ffe7ffe3ffc1ff80ff0018000000008800000000000986666780000000959bccb8680000065cddddddb5900095cdddaadddb680079ddddccdddd87005bddcbddcdddb6086cdd66daa9ddc5575cd7557a769dc5405b8555566669b700777777788888780085899999999858000659aaaaaa969000008468aa865800000003344443400000000000330000000' }],
  userMayChange: true,
  keepDraftText: false,
  historyDays: 90,
  language: 'auto',
  userMayPause: true,
  politicalDomains: ['votejanedoe.example'],
  politicalAccounts: [{ site: 'x', handle: '@VoteJaneDoe' }],
  dutyHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' },
  keepOfficialPosts: false,
};

// ---------------------------------------------------------------------------

function keyTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = documentKeys().map((r) => `| \`${r.path}\` | ${cell(r.type)} | ${cell(r.note)} | ${cell(r.description)} |`);
  return ['| key | type | default / required | what it does |', '|---|---|---|---|', ...rows].join('\n');
}

function keysMd(o: TemplateOptions): string {
  return `<!-- Generated by \`npm run admin-templates\` from rules/settings. Do not edit. -->
# Ask First managed policy: every key

Extension id: Chrome and Chromium \`${o.chrome.id}\`, Edge \`${o.edge.id}\`, Firefox \`${GECKO_ID}\`.
Every key is optional; a key you set is shown to employees as "Set by your organization" and cannot be
changed by them. An invalid value is reported on the options page and in the extension's console and
falls back to the default shown in docs/deployment.md. Lists are capped (see "list ≤ N") so a mistake
cannot slow down typing.

${keyTable()}

Files in each folder (\`template/\` has every key; \`samples/el-paso/\`, \`samples/harlingen/\` are sample cities):

| file | browser and OS | where it goes |
|---|---|---|
| \`linux-chrome-chromium-edge.json\` | Chrome, Chromium, Edge on Linux: the settings | \`/etc/opt/chrome/policies/managed/\`, \`/etc/chromium/policies/managed/\`, \`/etc/opt/edge/policies/managed/\` |
| \`linux-force-install-chrome-chromium.json\` | Chrome, Chromium on Linux: the install (\`ExtensionSettings\`) | the same directory, as its own file — or merge its entry into the file that already sets \`ExtensionSettings\` (one file wins per policy) |
| \`linux-force-install-edge.json\` | Edge on Linux: the install | \`/etc/opt/edge/policies/managed/\`, as above |
| \`windows-chrome-edge.reg\` | Chrome and Edge on Windows | import with \`reg import\` or translate into Group Policy Preferences |
| \`macos-chrome-edge.mobileconfig\` | Chrome and Edge on macOS | install with your MDM |
| \`firefox-policies.json\` | Firefox on every OS | \`/etc/firefox/policies/policies.json\` (Linux), \`distribution/policies.json\` beside the Firefox binary (Windows, macOS) |
`;
}

/**
 * Linux: the settings alone. Force-install is in its own file because Chromium takes each
 * policy (ExtensionSettings, ExtensionInstallForcelist) from one file only: a second file
 * setting it would replace the city's other force-installed extensions, or lose ours.
 */
function linuxJson(policy: ManagedPolicy, o: TemplateOptions): string {
  const file = { '3rdparty': { extensions: { [o.chrome.id]: policy, [o.edge.id]: policy } } };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function linuxForceInstall(src: InstallSource): string {
  return `${JSON.stringify({ ExtensionSettings: { [src.id]: forceInstall(src) } }, null, 2)}\n`;
}

function firefoxJson(policy: ManagedPolicy, o: TemplateOptions): string {
  const file = {
    policies: {
      ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: o.xpiUrl } },
      '3rdparty': { Extensions: { [GECKO_ID]: policy } },
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * .reg files are read as the ANSI code page when not UTF-16, so the file stays ASCII:
 * comments are transliterated, and JSON text writes every other character as \\uXXXX,
 * which JSON.parse (and Chrome) read back exactly ("Información", "Año" survive).
 */
const ascii = (s: string) => s.replace(/–/g, '-').replace(/≤/g, '<=').replace(/[^\x20-\x7e]/g, '?');
export const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const regString = (s: string) => {
  if (/[^\x20-\x7e]/.test(s)) throw new Error(`.reg text value must be ASCII: ${s}`);
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
};

function regValue(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number') return `dword:${value.toString(16).padStart(8, '0')}`;
  // Top-level text settings are ASCII enums; a name with accents is inside a JSON object.
  if (typeof value === 'string') return regString(value);
  // Chrome reads lists and objects of a 3rdparty policy from a JSON string value.
  return regString(asciiJson(value));
}

/** The text of a .reg string value, as Windows reads it (for the round-trip test). */
export const readRegString = (quoted: string) => quoted.slice(1, -1).replace(/\\(.)/g, '$1');

export function windowsReg(policy: ManagedPolicy, o: TemplateOptions): string {
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; Generated by `npm run admin-templates` from rules/settings. Do not edit; regenerate.',
    '; Ask First managed policy for Google Chrome and Microsoft Edge (machine-wide).',
    '; Lists and objects are JSON text in a REG_SZ value; booleans and whole numbers are DWORDs.',
    ';',
    '; Keys:',
    ...documentKeys().map((r) => ascii(`;   ${r.path} (${r.type}${r.note ? `, ${r.note}` : ''}): ${r.description}`)),
    '',
  ];
  for (const [vendor, policyRoot, src] of [
    ['Chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', o.chrome],
    ['Edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', o.edge],
  ] as const) {
    // ExtensionSettings\<id> is a key of its own: the entries of other extensions (and an
    // ExtensionInstallForcelist) are left as they are. "[-key]" deletes it first, so that
    // values removed from the policy do not linger in the registry.
    const install = `${policyRoot}\\ExtensionSettings\\${src.id}`;
    const settings = `${policyRoot}\\3rdparty\\extensions\\${src.id}\\policy`;
    lines.push(`; ${vendor}: force-install (ExtensionSettings entry for this extension only)`);
    lines.push(`[-${install}]`, `[${install}]`);
    for (const [k, v] of Object.entries(forceInstall(src))) lines.push(`"${k}"=${regValue(v)}`);
    lines.push('');
    lines.push(`; ${vendor}: Ask First settings (the key is deleted first: what the policy no longer sets goes)`);
    lines.push(`[-${settings}]`, `[${settings}]`);
    for (const [k, v] of Object.entries(policy)) lines.push(`"${k}"=${regValue(v)}`);
    lines.push('');
  }
  return lines.join('\r\n');
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function plist(value: unknown, indent: string): string {
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (typeof value === 'string') return `${indent}<string>${xmlEscape(value)}</string>`;
  if (Array.isArray(value)) {
    return [`${indent}<array>`, ...value.map((v) => plist(v, `${indent}  `)), `${indent}</array>`].join('\n');
  }
  const entries = Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [
    `${indent}  <key>${xmlEscape(k)}</key>`,
    plist(v, `${indent}  `),
  ]);
  return [`${indent}<dict>`, ...entries, `${indent}</dict>`].join('\n');
}

/** Stable UUIDs so regenerating gives the same file (MDMs match payloads by UUID). */
function uuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

function macosMobileconfig(policy: ManagedPolicy, o: TemplateOptions, name: string): string {
  const payload = (type: string, content: Record<string, unknown>) => ({
    PayloadType: type,
    PayloadIdentifier: `city.askfirst.${name}.${type}`,
    PayloadUUID: uuid(`${name}/${type}/${o.chrome.id}/${o.edge.id}`),
    PayloadVersion: 1,
    PayloadEnabled: true,
    ...content,
  });
  const profile = {
    PayloadDisplayName: `Ask First (${name})`,
    PayloadDescription: 'Installs Ask First in Chrome and Edge and sets its managed policy.',
    PayloadIdentifier: `city.askfirst.${name}`,
    PayloadOrganization: policy.organization?.name || 'Ask First',
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuid(`${name}/${o.chrome.id}/${o.edge.id}`),
    PayloadVersion: 1,
    PayloadContent: [
      payload('com.google.Chrome', { ExtensionSettings: { [o.chrome.id]: forceInstall(o.chrome) } }),
      payload(`com.google.Chrome.extensions.${o.chrome.id}`, policy),
      payload('com.microsoft.Edge', { ExtensionSettings: { [o.edge.id]: forceInstall(o.edge) } }),
      payload(`com.microsoft.Edge.extensions.${o.edge.id}`, policy),
    ],
  };
  const docs = documentKeys().map((r) => `  ${r.path} (${r.type}${r.note ? `, ${r.note}` : ''}): ${r.description}`.replace(/--/g, '- -'));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<!--',
    '  Generated by `npm run admin-templates` from rules/settings. Do not edit; regenerate.',
    '  Keys of the Ask First payloads (com.google.Chrome.extensions.<id>, com.microsoft.Edge.extensions.<id>):',
    ...docs.map(xmlEscape),
    '-->',
    '<plist version="1.0">',
    plist(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** Every generated file: path relative to the repository → content. */
export function renderTemplates(o: TemplateOptions = defaultOptions()): Record<string, string> {
  const configs: [string, ManagedPolicy][] = [['template', TEMPLATE_POLICY]];
  for (const file of readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.policy.json')).sort()) {
    const raw = JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8'));
    const { problems, policy } = validatePolicy(raw);
    if (problems.length) throw new Error(`${file}: ${problems.map((p) => `${p.key}: ${p.reason}`).join('; ')}`);
    configs.push([`samples/${file.replace('.policy.json', '')}`, policy]);
  }
  const out: Record<string, string> = {
    'public/managed_schema.json': chromeSchemaJson(),
    'docs/admin-templates/KEYS.md': keysMd(o),
    'docs/admin-templates/windows/ask-first.admx': admx(o),
    'docs/admin-templates/windows/en-US/ask-first.adml': adml(),
  };
  for (const [dir, policy] of configs) {
    const base = `docs/admin-templates/${dir}`;
    const name = dir.split('/').pop()!;
    out[`${base}/linux-chrome-chromium-edge.json`] = linuxJson(policy, o);
    out[`${base}/linux-force-install-chrome-chromium.json`] = linuxForceInstall(o.chrome);
    out[`${base}/linux-force-install-edge.json`] = linuxForceInstall(o.edge);
    out[`${base}/windows-chrome-edge.reg`] = windowsReg(policy, o);
    out[`${base}/macos-chrome-edge.mobileconfig`] = macosMobileconfig(policy, o, name);
    out[`${base}/firefox-policies.json`] = firefoxJson(policy, o);
  }
  return out;
}

function main() {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [path, content] of Object.entries(renderTemplates())) {
    const abs = join(ROOT, path);
    if (check) {
      let old = '';
      try {
        old = readFileSync(abs, 'utf8');
      } catch {}
      if (old !== content) stale.push(path);
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    console.log(`wrote ${path}`);
  }
  if (stale.length) {
    console.error(`Out of date (run npm run admin-templates): ${stale.join(', ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
