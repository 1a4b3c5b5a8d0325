// Makes sure Debian's Chromium is there for the real-browser tests and the demo.
// As root it installs it (apt-get); otherwise it stops with a clear message. Never a silent skip.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${path} does not exist.`);
  if (process.getuid?.() !== 0) {
    console.error(
      'Chromium is needed for the end-to-end tests and the demo, and was not found at /usr/bin/chromium.\n' +
        'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(path)) throw new Error('apt-get finished but /usr/bin/chromium is still missing.');
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
