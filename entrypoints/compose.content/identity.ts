import type { PostingIdentity } from '../../rules/schema';
import type { IdentitySource } from './composerSession';

export interface IdentityDeps {
  site: string;
  /** The handle the page shows as the posting account, if any (the site adapter's reader). */
  readHandle: () => string | null;
  officialAccounts: () => { site: string; handle: string }[];
  /** What the user chose earlier in this tab, for this site (background storage.session). */
  chosen: PostingIdentity | null;
  save(identity: PostingIdentity): Promise<unknown>;
  /** Every open draft is checked again, and told what changed. */
  changed(identity: PostingIdentity): void;
}

const bare = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

/**
 * The posting identity: official when the page shows an account IT lists in
 * officialAccounts, personal when it shows another; where the page shows none, what the
 * user chose with "I'm posting as the City" (remembered per site for this tab's session).
 */
export function createIdentity(deps: IdentityDeps): IdentitySource & { isOfficialHandle(handle: string): boolean } {
  let chosen = deps.chosen;
  const isOfficialHandle = (handle: string) =>
    deps.officialAccounts().some((a) => a.site === deps.site && bare(a.handle) === bare(handle));
  return {
    isOfficialHandle,
    current() {
      const handle = deps.readHandle();
      if (handle) return { identity: isOfficialHandle(handle) ? 'official' : 'personal', handle, readable: true, chosen };
      return { ...(chosen ? { identity: chosen } : {}), readable: false, chosen };
    },
    choose(official) {
      chosen = official ? 'official' : 'personal';
      void deps.save(chosen);
      deps.changed(chosen);
    },
  };
}
