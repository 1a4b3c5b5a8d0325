import { IMAGE_TYPES, MAX_IMAGE_BYTES, type CheckImageRequest, type CheckImageResponse, type ImageType } from '../../rules/messages';

/** The part of a composer session the attachment watcher needs. */
export interface AttachmentTarget {
  readonly composer: HTMLElement;
}

export interface AttachmentWatchOptions<S extends AttachmentTarget> {
  sessions: () => Iterable<S>;
  signal: AbortSignal;
  /** Whether this composer posts as an official City account (then the City's marks are fine). */
  isOfficial(session: S): boolean;
  check(request: Omit<CheckImageRequest, 'site'>): Promise<CheckImageResponse>;
  onMatch(session: S, file: { name: string; key: string }, match: NonNullable<CheckImageResponse['match']>): void;
  win?: Window;
}

const isImage = (f: File): f is File & { type: ImageType } => (IMAGE_TYPES as readonly string[]).includes(f.type);

/**
 * The composer an event belongs to: the one it happened in, else the nearest one sharing a
 * container with it below <body> (a file input in the composer's toolbar or dialog). A file
 * input whose only common ancestor with a composer is the page itself (a profile-picture
 * uploader) belongs to none.
 */
export function sessionFor<S extends AttachmentTarget>(target: Node, sessions: Iterable<S>): S | null {
  const all = [...sessions];
  const inside = all.find((s) => s.composer.contains(target));
  if (inside) return inside;
  const top = target.ownerDocument?.body;
  for (let el: Element | null = target instanceof Element ? target : target.parentElement; el && el !== top; el = el.parentElement) {
    const near = all.find((s) => el.contains(s.composer));
    if (near) return near;
  }
  return null;
}

/** The file's bytes as base64, encoded by the browser (FileReader), not by a loop on this thread. */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Notices pictures the user attaches to a draft, by file input, paste or drag and drop,
 * and has the background look for the City's marks in them. Only listens: the event goes
 * on to the site untouched and the attachment is never changed. Only the user's own
 * (trusted) events count, so a page cannot make the card speak.
 */
export function watchAttachments<S extends AttachmentTarget>(o: AttachmentWatchOptions<S>): void {
  const win = o.win ?? window;
  const handle = (target: EventTarget | undefined, files: FileList | null | undefined) => {
    if (!(target instanceof Node) || !files?.length) return;
    const session = sessionFor(target, o.sessions());
    if (!session || o.isOfficial(session)) return;
    for (const file of [...files]) {
      if (!isImage(file) || file.size === 0 || file.size > MAX_IMAGE_BYTES) continue;
      // Same name, size and time: the same picture (the session lists it once).
      const key = `${file.name}|${file.size}|${file.lastModified}`;
      void base64Of(file)
        .then((base64) => o.check({ type: file.type, base64 }))
        .then((r) => r.match && o.onMatch(session, { name: file.name, key }, r.match))
        .catch(() => undefined); // the extension was reloaded, or the file vanished: nothing to say
    }
  };
  const opts = { capture: true, passive: true, signal: o.signal } as const;
  win.addEventListener('change', (e) => {
    const input = e.composedPath()[0];
    if (e.isTrusted && input instanceof HTMLInputElement && input.type === 'file') handle(input, input.files);
  }, opts);
  win.addEventListener('paste', (e) => e.isTrusted && handle(e.composedPath()[0], e.clipboardData?.files), opts);
  win.addEventListener('drop', (e) => e.isTrusted && handle(e.composedPath()[0], e.dataTransfer?.files), opts);
}
