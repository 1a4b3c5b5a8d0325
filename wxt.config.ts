import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './entrypoints/compose.content/sites';
import { YOUTUBE_LIVE_CHAT_MATCHES } from './entrypoints/compose.content/sites/youtube';
import { engineTablesPlugin } from './scripts/engine-tables-plugin';
// @ts-expect-error plain ESM helper shared with the Node scripts
import { manifestKey } from './scripts/extension-key.mjs';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // YouTube live chat runs in an iframe (/live_chat beside a live video). Content scripts
    // run in top frames only, and `all_frames` for every supported site would inject into
    // every same-site frame; so one more entry runs the same script in live chat frames only.
    'build:manifestGenerated': (_wxt, manifest) => {
      const compose = manifest.content_scripts?.[0];
      if (!compose) return;
      manifest.content_scripts!.push({ ...compose, matches: YOUTUBE_LIVE_CHAT_MATCHES, all_frames: true });
    },
  },
  // No module-preload polyfill: it fetch()es <link rel=modulepreload> URLs, which MV3 pages
  // (Chromium 66+, Firefox 115+) preload natively; without it the bundles hold no network API.
  // The audit worker (entrypoints/options/audit.worker.ts) parses CSV with papaparse, whose
  // unused `download: true` path holds an XMLHttpRequest; we never download, so the shipped
  // copy throws there instead and no bundle holds a network API (tests/e2e/no-network).
  // The engine's tables are built here, from the data of this build (scripts/engine-tables.ts).
  vite: () => ({ plugins: [preact(), papaparseOffline(), engineTablesPlugin()], worker: { plugins: () => [papaparseOffline()] }, build: { modulePreload: { polyfill: false } } }),
  // The sources zip goes to addons.mozilla.org: never a private key (scripts/package.ts checks too).
  zip: { excludeSources: ['**/*.pem', '**/*.key', 'tests/e2e/sites/dist/**', 'demo-output/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only what the product needs: settings storage. Content scripts are declared for the
    // supported sites only (entrypoints/compose.content/sites).
    // `scripting` + optional host access: sites IT lists in `extraSites` are checked only after
    // the person allows them (options page); nothing is granted at install
    // (entrypoints/background/extraSites.ts, docs/deployment.md "Sites your organization adds").
    // `scripting` also runs the new content script in tabs left open across an install, update or
    // reload (entrypoints/background/reattach.ts); Chromium lets it only with host permissions, so
    // the content script's own sites are listed again as host_permissions: no site beyond the
    // content script's, and no install warning beyond the one its matches already give
    // (docs/browser-facts.md, "Re-attaching after an update"). Firefox re-attaches by itself.
    permissions: ['storage', 'scripting'],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { host_permissions: SITE_MATCHES, optional_host_permissions: ['https://*/*', 'http://*/*'] }),
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
    // Chromium validates managed policy against this schema (generated from rules/settings
    // by `npm run admin-templates`). Firefox has no managed_schema: it reads 3rdparty policies as they are.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'none'" },
  }),
});

function papaparseOffline() {
  return {
    name: 'ask-first:papaparse-offline',
    transform(code: string, id: string) {
      if (!/[\\/]node_modules[\\/]papaparse[\\/]/.test(id)) return null;
      const out = code.replace(/new XMLHttpRequest\b(\(\))?/g, '(() => { throw new Error("Ask First reads local files only") })()');
      if (out === code) throw new Error('papaparse-offline: no XMLHttpRequest to remove; check the papaparse version');
      return { code: out, map: null };
    },
  };
}
