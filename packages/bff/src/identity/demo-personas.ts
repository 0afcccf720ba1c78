import type { Persona } from './persona.js';

/**
 * The demo store's personas. Their `sourceId`s are the customers of the engine's demo seed
 * (`packages/engine/seeds/demo.json`), whose segments, wallets and loyalty cards they unlock.
 */
export const DEMO_PERSONAS: readonly Persona[] = [
  { id: 'guest', label: 'Guest', shopper: null },
  {
    id: 'new-customer',
    label: 'New customer',
    shopper: { sourceId: 'cust-new', metadata: { orders: 0 } },
  },
  {
    id: 'returning-customer',
    label: 'Returning customer',
    shopper: { sourceId: 'cust-returning', metadata: { orders: 7 } },
  },
  {
    id: 'loyalty-member',
    label: 'Loyalty member',
    shopper: { sourceId: 'cust-loyal', metadata: { orders: 23, loyalty: true } },
  },
  {
    id: 'referred-friend',
    label: 'Referred friend',
    shopper: { sourceId: 'cust-referred', metadata: { orders: 0, referred: true } },
  },
];
