/**
 * Messages about posting as an official City account (entrypoints/background/official.ts):
 * getPostingIdentity, setPostingIdentity, keepOfficialPost, listOfficialPosts, exportOfficialPosts.
 */
import type { Validators } from './index';
import { MAX_TEXT_LENGTH } from './drafts';
import { isRecord, empty, isSite, isIdentity } from './check';
import type { PostingIdentity } from '../schema';

/** The identity chosen on the card for a site, for this tab's session (null: not chosen). */
export interface PostingIdentityState {
  identity: PostingIdentity | null;
}

/** A post that went through from an official account (kept only when IT sets keepOfficialPosts). */
export interface KeepOfficialPostRequest {
  site: string;
  text: string;
  handle?: string;
}

export const OFFICIAL_VALIDATORS: Validators<'getPostingIdentity' | 'setPostingIdentity' | 'keepOfficialPost' | 'listOfficialPosts' | 'exportOfficialPosts'> = {
  getPostingIdentity(data) {
    if (!isRecord(data) || !isSite(data.site)) return 'getPostingIdentity: bad site';
    return { site: data.site };
  },
  setPostingIdentity(data) {
    if (!isRecord(data) || !isSite(data.site)) return 'setPostingIdentity: bad site';
    if (!isIdentity(data.identity)) return 'setPostingIdentity: bad identity';
    return { site: data.site, identity: data.identity };
  },
  keepOfficialPost(data) {
    if (!isRecord(data) || !isSite(data.site)) return 'keepOfficialPost: bad site';
    const { text, handle } = data;
    if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return 'keepOfficialPost: bad text';
    if (handle !== undefined && (typeof handle !== 'string' || handle.length > 100)) return 'keepOfficialPost: bad handle';
    return { site: data.site, text, ...(handle !== undefined ? { handle } : {}) };
  },
  listOfficialPosts: empty('listOfficialPosts'),
  exportOfficialPosts: empty('exportOfficialPosts'),
};
