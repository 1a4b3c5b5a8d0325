/**
 * A site adapter says where a site's compose boxes are. One adapter per file,
 * registered in sites/index.ts. Selectors live here and only here, each with a note
 * on what it matches and where it was seen (see ../shared/notes/browser-lab.md).
 */
export interface SiteAdapter {
  /** Short id used in messages and the decisions log, e.g. "x". */
  id: string;
  /** Content-script match patterns for the site's hosts. */
  matches: string[];
  /** Elements the user types a post into (contenteditable roots or textareas). */
  composerSelector: string;
}
