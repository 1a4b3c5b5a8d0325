/**
 * Builds the replica sites in tests/e2e/sites/<site>/ with esbuild, bundling the real
 * editor engines from node_modules. Output: tests/e2e/sites/dist/<site>/.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITES_DIR = fileURLToPath(new URL('../sites/', import.meta.url));
export const DIST_DIR = join(SITES_DIR, 'dist');

/** Real host names → replica folder. The content script sees the real URL. */
export const HOSTS: Record<string, string> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'facebook.com': 'facebook',
  'youtube.com': 'youtube',
  'linkedin.com': 'linkedin',
  'bsky.app': 'bluesky',
  'mastodon.social': 'mastodon',
  'instagram.com': 'instagram',
  'threads.com': 'threads',
  'reddit.com': 'reddit',
  'nextdoor.com': 'nextdoor',
  'studio.youtube.com': 'studio',
  'm.youtube.com': 'ytm',
  'old.reddit.com': 'oldreddit',
  // Hosts no built-in adapter knows: a city intranet forum and a city Mastodon instance,
  // which IT adds through extraSites (tests/e2e/extra-sites.e2e.test.ts).
  'forum.city.example': 'forum',
  'social.city.example': 'mastodon',
};

/** Extra files some editors need beside the bundle, copied from their packages. */
const ASSETS: Record<string, string[]> = {
  x: ['draft-js/dist/Draft.css'],
  linkedin: ['quill/dist/quill.core.css'],
};

export async function buildFixtures(): Promise<void> {
  const require = createRequire(import.meta.url);
  const sites = readdirSync(SITES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'dist')
    .map((d) => d.name);
  for (const site of sites) {
    const src = join(SITES_DIR, site);
    const out = join(DIST_DIR, site);
    mkdirSync(out, { recursive: true });
    const entry = ['main.jsx', 'main.tsx', 'main.js'].map((f) => join(src, f)).find(existsSync);
    if (entry) {
      await build({
        entryPoints: [entry],
        outfile: join(out, 'main.js'),
        bundle: true,
        format: 'iife',
        jsx: 'automatic',
        // The replicas use the site's own stack (React for X), not our Preact tsconfig.
        jsxImportSource: 'react',
        tsconfigRaw: {},
        minify: true,
        logLevel: 'warning',
        define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      });
    }
    for (const file of readdirSync(src)) if (/\.(html|css)$/.test(file)) copyFileSync(join(src, file), join(out, file));
    for (const asset of ASSETS[site] ?? []) {
      copyFileSync(require.resolve(asset), join(out, asset.split('/').pop()!));
    }
  }
}

/** What `npm start` types into each replica composer to show the extension at work. */
export interface DemoSite {
  site: string;
  url: string;
  composer: string;
  draft: string;
}

export const DEMO_SITES: DemoSite[] = [
  {
    site: 'x',
    url: 'https://x.com/home',
    composer: 'div[data-testid="tweetTextarea_0"]',
    draft: 'This council vote is total bullshit. Call my coworker at (915) 555-2368 and tell her.',
  },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/',
    composer: 'div[role="textbox"][aria-label="Write a comment…"]',
    draft: 'Our director is an idiot and this fundraiser is bullshit. Her cell is 915-555-2368.',
  },
  {
    site: 'youtube',
    url: 'https://www.youtube.com/watch?v=council',
    // Clicking the placeholder reveals the editor; the demo then types into the focused box.
    composer: '#placeholder-area',
    draft: 'What a bullshit meeting. My coworker’s number is (915) 555-2368, call her.',
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    composer: '.comments-comment-box .ql-editor',
    draft: 'Proud of this bullshit budget. Reach my colleague at 915-555-2368.',
  },
  {
    site: 'bluesky',
    url: 'https://bsky.app/',
    composer: 'div.ProseMirror',
    draft: 'Council meeting was bullshit tonight; her number is (915) 555-2368.',
  },
  {
    site: 'mastodon',
    url: 'https://mastodon.social/home',
    composer: 'textarea.autosuggest-textarea__textarea',
    draft: 'That vote was bullshit. My coworker is at (915) 555-2368 if you want to complain.',
  },
  {
    site: 'instagram',
    url: 'https://www.instagram.com/p/council/',
    composer: 'form textarea',
    draft: 'This is bullshit. Text my coworker at (915) 555-2368.',
  },
  {
    site: 'threads',
    url: 'https://www.threads.com/',
    composer: '#open-composer',
    draft: 'Honestly this council is bullshit. Call my coworker: (915) 555-2368.',
  },
  {
    site: 'reddit',
    url: 'https://www.reddit.com/r/ElPaso/comments/council/',
    composer: 'shreddit-composer [data-lexical-editor="true"]',
    draft: 'The council is full of bullshit. My coworker is at (915) 555-2368.',
  },
  {
    site: 'nextdoor',
    url: 'https://nextdoor.com/news_feed/',
    composer: 'textarea[data-testid="comment-add-reply-input"]',
    draft: 'Whoever runs this HOA is full of bullshit. Call my coworker at (915) 555-2368.',
  },
];
