/// <reference path="./crx3.d.ts" />
/**
 * `npm run package`: everything IT and the stores need, in .output/package/:
 *   ask-first-<v>-chrome-store.zip   Chrome Web Store / Edge Add-ons upload (no manifest `key`:
 *                                    the stores assign their own id)
 *   ask-first-<v>.crx                signed CRX3 for self-hosting, id fixed by the key
 *   updates.xml                      the update manifest ExtensionInstallForcelist points at
 *   ask-first-<v>-firefox.zip        Firefox build for signing on addons.mozilla.org
 *   ask-first-<v>-sources.zip        sources, which AMO asks for
 * The version is package.json's. The signing key is ASK_FIRST_KEY_FILE (PEM), by default
 * the committed THROWAWAY dev key: never ship with it. ASK_FIRST_CRX_BASE_URL is where
 * you will host the .crx (updates.xml names it).
 */
import AdmZip from 'adm-zip';
import crx3 from 'crx3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ESM helper shared with wxt.config.ts
import { DEV_KEY_FILE, extensionId, keyFile } from './extension-key.mjs';
import { shippingEnv } from './shipping-env';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface PackageOptions {
  /** PEM private key; also used by wxt.config.ts for the manifest key, so the ids agree. */
  keyFile?: string;
  /** Where the .crx will be served from, ending in "/". */
  baseUrl?: string;
  outDir?: string;
  /** Skip `wxt build` (the test harness has just built). */
  skipBuild?: boolean;
  /** false: Chrome/Edge files only (the force-install test needs no Firefox build). */
  firefox?: boolean;
  log?: (line: string) => void;
}

export interface PackageResult {
  version: string;
  id: string;
  storeZip: string;
  crx: string;
  updatesXml: string;
  firefoxZip?: string;
  sourcesZip?: string;
}

export async function packageExtension(options: PackageOptions = {}): Promise<PackageResult> {
  const log = options.log ?? console.log;
  const key: string = options.keyFile ?? keyFile();
  if (!existsSync(key)) throw new Error(`Signing key not found: ${key} (set ASK_FIRST_KEY_FILE to your PEM private key)`);
  if (key === DEV_KEY_FILE) log('warning: signing with the THROWAWAY development key; set ASK_FIRST_KEY_FILE for production.');
  const baseUrl = options.baseUrl ?? process.env.ASK_FIRST_CRX_BASE_URL ?? 'https://intranet.example.gov/ask-first/';
  if (!baseUrl.endsWith('/')) throw new Error(`ASK_FIRST_CRX_BASE_URL must end with "/": ${baseUrl}`);
  const outDir = options.outDir ?? join(ROOT, '.output/package');
  const version: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  // What ships, even when called from a test (the force-install e2e test packages the build).
  const env = { ...shippingEnv(), ASK_FIRST_KEY_FILE: key };
  const wxt = (args: string[]) => execFileSync('npx', ['wxt', ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });

  if (!options.skipBuild) wxt(['build']);
  const chromeDir = join(ROOT, '.output/chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`manifest version ${manifest.version} ≠ package.json ${version}: rebuild`);
  const id: string = extensionId(key);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  // Store upload: the same files, without `key` (the store signs and assigns the id).
  const storeZip = join(outDir, `ask-first-${version}-chrome-store.zip`);
  const zip = new AdmZip();
  zip.addLocalFolder(chromeDir);
  const { key: _key, ...storeManifest } = manifest;
  zip.updateFile('manifest.json', Buffer.from(`${JSON.stringify(storeManifest, null, 2)}\n`));
  zip.writeZip(storeZip);
  log(`wrote ${storeZip}`);

  // Self-hosting: CRX3 signed with the key, and its update manifest.
  const crx = join(outDir, `ask-first-${version}.crx`);
  const updatesXml = join(outDir, 'updates.xml');
  await crx3([join(chromeDir, 'manifest.json')], {
    keyPath: key,
    crxPath: crx,
    xmlPath: updatesXml,
    crxURL: `${baseUrl}ask-first-${version}.crx`,
    appVersion: version,
  });
  log(`wrote ${crx} (id ${id})`);
  log(`wrote ${updatesXml}`);

  if (options.firefox === false) return { version, id, storeZip, crx, updatesXml };

  // Firefox: wxt zips the MV2 build and the sources (AMO asks for both).
  wxt(['zip', '-b', 'firefox']);
  const firefoxZip = join(outDir, `ask-first-${version}-firefox.zip`);
  const sourcesZip = join(outDir, `ask-first-${version}-sources.zip`);
  copyFileSync(join(ROOT, `.output/ask-first-${version}-firefox.zip`), firefoxZip);
  copyFileSync(join(ROOT, `.output/ask-first-${version}-sources.zip`), sourcesZip);
  // A whole PEM block (header, base64 body, footer), not just the header: the credentials
  // rules' own examples mention "-----BEGIN RSA PRIVATE KEY-----" and are not keys.
  const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\r\n]+[A-Za-z0-9+/=\s\r\n]{64,}-----END [A-Z ]*PRIVATE KEY-----/;
  const leaked = new AdmZip(sourcesZip)
    .getEntries()
    .filter((e) => /\.(pem|key)$/i.test(e.entryName) || PRIVATE_KEY_BLOCK.test(e.getData().toString('latin1')))
    .map((e) => e.entryName);
  if (leaked.length) {
    rmSync(sourcesZip);
    throw new Error(`The sources zip would contain private keys (${leaked.join(', ')}): move them out of the project.`);
  }
  log(`wrote ${firefoxZip}`);
  log(`wrote ${sourcesZip}`);
  // `wxt zip -b firefox` rebuilt .output for Firefox only; leave a Chrome build beside it as before.
  if (!existsSync(join(chromeDir, 'manifest.json'))) wxt(['build']);
  return { version, id, storeZip, crx, updatesXml, firefoxZip, sourcesZip };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  packageExtension().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
