import type { Shopper } from './identity.js';

/** A shopper the demo can switch to in one click. */
export interface Persona {
  /** Stable id, e.g. `loyalty-member`. */
  id: string;
  /** Shown in the persona switcher. */
  label: string;
  /** Who the BFF says is shopping; `null` for a guest. */
  shopper: Shopper | null;
}
