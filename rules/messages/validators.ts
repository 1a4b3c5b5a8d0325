/** Every message's validator, from its area's file: returns the typed request, or a string saying what is wrong. */
import { DRAFTS_VALIDATORS } from './drafts';
import { SETTINGS_VALIDATORS } from './settings';
import { HISTORY_VALIDATORS } from './history';
import { OFFICIAL_VALIDATORS } from './official';
import { PAGES_VALIDATORS } from './pages';
import type { MessageType, Validators } from './index';

export const VALIDATORS: Validators<MessageType> = {
  ...DRAFTS_VALIDATORS,
  ...SETTINGS_VALIDATORS,
  ...HISTORY_VALIDATORS,
  ...OFFICIAL_VALIDATORS,
  ...PAGES_VALIDATORS,
};
