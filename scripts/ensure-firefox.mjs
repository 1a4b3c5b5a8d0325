// Makes sure Debian's firefox-esr is there for the Firefox managed-policy test.
// As root it installs it (apt-get); otherwise it stops with a clear message. Never a silent skip.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureFirefox() {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (existsSync(path)) return path;
  if (process.env.FIREFOX_PATH) throw new Error(`FIREFOX_PATH=${path} does not exist.`);
  if (process.getuid?.() !== 0) {
    console.error(
      'firefox-esr is needed for the Firefox end-to-end test and was not found at /usr/bin/firefox-esr.\n' +
        'Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
        'or point FIREFOX_PATH at a Firefox ESR binary.',
    );
    process.exit(1);
  }
  console.log("firefox-esr not found: installing Debian's firefox-esr package (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { stdio: 'inherit', env });
  if (!existsSync(path)) throw new Error('apt-get finished but /usr/bin/firefox-esr is still missing.');
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureFirefox();
