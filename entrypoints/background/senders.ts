import type { SenderLike } from '../../rules/messages';

/**
 * Settings and history messages are for our own pages (options, popup) only. A content
 * script shares the extension's id, so the id check in `listen` is not enough: the
 * sender's URL must be one of our pages. Throwing rejects the caller's promise.
 */
export function requireExtensionPage(sender: SenderLike, extensionOrigin: string): void {
  if (!sender.url?.startsWith(extensionOrigin)) {
    throw new Error('Ask First: this message is only accepted from the extension’s own pages');
  }
}
