import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
// @ts-expect-error plain ESM helper shared with the Node scripts
import { manifestKey } from './scripts/extension-key.mjs';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No module-preload polyfill: it fetch()es <link rel=modulepreload> URLs, which MV3 pages
  // (Chromium 66+, Firefox 115+) preload natively; without it the bundles hold no network API.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  // The sources zip goes to addons.mozilla.org: never a private key (scripts/package.ts checks too).
  zip: { excludeSources: ['**/*.pem', '**/*.key', 'tests/e2e/sites/dist/**', 'demo-output/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only what the product needs: settings storage. Content scripts are declared for the
    // supported sites only (entrypoints/compose.content/sites), so no host permissions.
    permissions: ['storage'],
    // Fixed id for Chromium builds (managed policy is keyed by id). Firefox uses the gecko id.
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
            gecko: {
              id: 'ask-first@askfirst.city',
              // 140: first release with the CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or transmitted (Firefox's required declaration).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          } }
      : { key: manifestKey() as string }),
    // Chromium validates managed policy against this schema (generated from rules/managed.ts
    // by `npm run admin-templates`). Firefox has no managed_schema: it reads 3rdparty policies as they are.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'" },
  }),
});
