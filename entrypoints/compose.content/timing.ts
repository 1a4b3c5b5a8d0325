/** Quiet time after the last change before a draft is checked (ms). Short enough to feel live, long enough not to check every keystroke of a fast typist. */
export const DEBOUNCE_MS = 120;
