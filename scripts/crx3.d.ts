// The parts of npm `crx3` (no bundled types) that scripts/package.ts uses.
declare module 'crx3' {
  interface Crx3Options {
    keyPath: string;
    crxPath: string;
    xmlPath?: string;
    zipPath?: string;
    crxURL?: string;
    appVersion?: string;
  }
  /** Packs the directory of `files[0]` (a manifest.json) into a signed CRX3. */
  export default function crx3(files: string[], options: Crx3Options): Promise<void>;
}
