import type { SettingsView } from '../rules/messages';
import type { SettingKey } from '../rules/schema';

/** Whether the person may change one setting, and if not, why. */
export interface Access {
  editable: boolean;
  /** Set by the organization's managed policy. */
  managed: boolean;
  /** The organization locked the whole page (userMayChange = false). */
  locked: boolean;
}

export function accessFor(view: Pick<SettingsView, 'managedKeys' | 'locked'>, key: SettingKey): Access {
  const managed = view.managedKeys.includes(key);
  return { managed, locked: view.locked, editable: !managed && !view.locked };
}
