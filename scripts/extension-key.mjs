// The manifest `key` fixes the extension id. Development and tests use the committed
// throwaway key scripts/keys/dev-key.pem; IT packs with its own key by setting
// ASK_FIRST_KEY_FILE to a PEM private key (see README "Packing with your own key").
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEV_KEY_FILE = fileURLToPath(new URL('./keys/dev-key.pem', import.meta.url));

export function keyFile() {
  return process.env.ASK_FIRST_KEY_FILE || DEV_KEY_FILE;
}

/** Base64 DER SubjectPublicKeyInfo, the manifest's `key` field. */
export function manifestKey(file = keyFile()) {
  const pub = createPublicKey(createPrivateKey(readFileSync(file)));
  return pub.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Chromium's extension id: first 32 hex digits of SHA-256(DER), 0-f mapped to a-p. */
export function extensionId(file = keyFile()) {
  const der = Buffer.from(manifestKey(file), 'base64');
  return [...createHash('sha256').update(der).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(97 + parseInt(h, 16)))
    .join('');
}
