import { SHIPPING_PRODUCT } from '@promokit/voucherify';

import type { EngineDiscount } from '../seed/seed-schema.js';
import type { SeedTarget } from '../seed/seed-target-schema.js';
import type { AppliedAmounts } from './calculated-order.js';
import { payable, type AddedProduct, type Cart, type CartLine } from './cart.js';
import { percentOf } from './percent-of.js';
import { splitProportionally } from './split-proportionally.js';

/** What the catalog tells pricing: collection members, and prices (minor units) and names of products. */
export interface PricingCatalog {
  collections: ReadonlyMap<string, ReadonlySet<string>>;
  productPrices: ReadonlyMap<string, number>;
  /** Names of the seed's products, echoed on the lines `UNIT` discounts add. */
  productNames?: ReadonlyMap<string, string>;
}

/**
 * One discount's effect: the cart after it and what it took off, at order level and per line of
 * `cart` (added lines included), with the units it gave away and added per line.
 */
export interface DiscountEffect extends AppliedAmounts {
  cart: Cart;
}

/** A part of a line a discount works on: some of its units and what they still cost. */
interface Slice {
  line: number;
  units: number;
  base: number;
}

function remaining(line: CartLine): number {
  return line.amount - line.discount;
}

function matches(line: CartLine, target: SeedTarget, catalog: PricingCatalog): boolean {
  if (target.object !== 'products_collection') return line.ids.includes(target.id);
  const members = catalog.collections.get(target.id);
  return members !== undefined && line.ids.some((id) => members.has(id));
}

/**
 * Stacking settings that change how a discount applies (Voucherify's stacking rules, DIGEST §9):
 * `once` leaves alone the lines an earlier redeemable discounted
 * (`redeemables_products_application_mode: ONCE`, one discount per product); `initialAmount`
 * takes percentages of what lines and the order cost before any discount
 * (`discount_calculation_mode: INITIAL_AMOUNT`), still never more than is payable.
 */
export interface ApplyOptions {
  once?: boolean;
  initialAmount?: boolean;
  /**
   * The discount as it applies to one line, for item-level discounts whose formula reads the line
   * (`ITEM_*`); the effects that split one amount across lines use the order's value.
   */
  perLine?: ((line: CartLine) => EngineDiscount) | undefined;
}

/** The slices of the cart an item-level discount works on, following `applicable_to` / `inapplicable_to`. */
export function targetSlices(
  cart: Cart,
  applicableTo: readonly SeedTarget[] | undefined,
  inapplicableTo: readonly SeedTarget[] | undefined,
  catalog: PricingCatalog,
  options: ApplyOptions = {},
): Slice[] {
  const allowed = (line: CartLine) =>
    !(inapplicableTo ?? []).some((target) => matches(line, target, catalog)) &&
    remaining(line) > 0 &&
    !(options.once === true && (line.discount > 0 || line.discountQuantity > 0));
  const wholeLine = (index: number, limit: number | undefined): Slice => {
    const line = cart.lines[index]!;
    const units = Math.min(line.quantity, limit ?? line.quantity);
    const cost = options.initialAmount === true ? line.amount : remaining(line);
    const base = line.quantity === 0 ? 0 : Math.floor((cost * units) / line.quantity);
    return { line: index, units, base };
  };
  const indexes = cart.lines.map((_, index) => index).filter((index) => allowed(cart.lines[index]!));
  if (applicableTo === undefined || applicableTo.length === 0) {
    return indexes.map((index) => wholeLine(index, undefined));
  }
  const slices = new Map<number, Slice>();
  for (const target of applicableTo) {
    const hits = indexes.filter((index) => matches(cart.lines[index]!, target, catalog));
    if (target.effect === 'APPLY_TO_EVERY') {
      for (const index of hits)
        if (!slices.has(index)) slices.set(index, wholeLine(index, target.quantity_limit));
      continue;
    }
    const cheapestFirst = target.effect === 'APPLY_TO_CHEAPEST';
    const pick = hits
      .filter((index) => !slices.has(index))
      .sort((a, b) => {
        const difference = cart.lines[a]!.price - cart.lines[b]!.price;
        return (cheapestFirst ? difference : -difference) || a - b;
      })[0];
    if (pick === undefined) continue;
    const line = cart.lines[pick]!;
    const units = Math.min(line.quantity, target.quantity_limit ?? 1);
    slices.set(pick, { line: pick, units, base: Math.min(remaining(line), line.price * units) });
  }
  return [...slices.values()].sort((a, b) => a.line - b.line);
}

/** Caps per-slice discounts at `limit` in total, taking from the first slices first. */
function capTotal(amounts: number[], limit: number | undefined): number[] {
  if (limit === undefined) return amounts;
  let left = limit;
  return amounts.map((amount) => {
    const taken = Math.min(amount, left);
    left -= taken;
    return taken;
  });
}

function itemAmounts(discount: Exclude<EngineDiscount, UnitDiscount>, slices: readonly Slice[]): number[] {
  const bases = slices.map((slice) => slice.base);
  switch (discount.type) {
    case 'AMOUNT': {
      const capped = Math.min(
        discount.amount_off,
        bases.reduce((a, b) => a + b, 0),
      );
      switch (discount.effect) {
        case 'APPLY_TO_ITEMS':
          return bases.map((base) => Math.min(discount.amount_off, base));
        case 'APPLY_TO_ITEMS_BY_QUANTITY':
          return slices.map((slice) => Math.min(discount.amount_off * slice.units, slice.base));
        case 'APPLY_TO_ITEMS_PROPORTIONALLY':
          return splitProportionally(capped, bases).map((share, i) => Math.min(share, bases[i] ?? 0));
        default:
          return splitProportionally(
            capped,
            slices.map((slice) => slice.units),
          ).map((share, i) => Math.min(share, bases[i] ?? 0));
      }
    }
    case 'PERCENT':
      return bases.map((base) =>
        Math.min(percentOf(base, discount.percent_off), discount.amount_limit ?? Infinity),
      );
    case 'FIXED':
      return slices.map((slice) => Math.max(0, slice.base - discount.fixed_amount * slice.units));
  }
}

function withLineDiscounts(cart: Cart, lineDiscounts: readonly number[]): Cart {
  return {
    ...cart,
    lines: cart.lines.map((line, index) => ({
      ...line,
      discount: line.discount + (lineDiscounts[index] ?? 0),
    })),
  };
}

type UnitDiscount = Extract<EngineDiscount, { type: 'UNIT' }>;
type OneUnit = {
  unit_off: number;
  unit_type: string;
  effect: 'ADD_MISSING_ITEMS' | 'ADD_NEW_ITEMS' | 'ADD_SAME_ITEMS';
};

/** The product a `UNIT` discount adds, as Voucherify echoes it on the added line. */
function addedProduct(unitType: string, catalog: PricingCatalog): AddedProduct {
  if (unitType === SHIPPING_PRODUCT.id) return { ...SHIPPING_PRODUCT };
  const name = catalog.productNames?.get(unitType);
  return name === undefined ? { id: unitType } : { id: unitType, name };
}

/**
 * Gives `unit.unit_off` units of `unit.unit_type` away (DIGEST §8). `ADD_MISSING_ITEMS` adds only
 * the units the order lacks to reach `unit_off` and makes `unit_off` units free; `ADD_NEW_ITEMS`
 * adds `unit_off` units and makes those free; `ADD_SAME_ITEMS` does the same on the product's own
 * line, and nothing when the order does not hold the product. No unit (`unit_off` 0, as a formula
 * may work out) gives and adds nothing. Units join the order's line of that product, or a
 * new line priced from the catalog. Free units are never more than the line's units not given away
 * yet, and their discount never more than what the line and the order still cost.
 */
function giveUnits(unit: OneUnit, before: Cart, catalog: PricingCatalog): DiscountEffect {
  const index = before.lines.findIndex((line) => line.ids.includes(unit.unit_type));
  const existing = index >= 0 ? before.lines[index] : undefined;
  // No unit to give (a formula worked out 0): nothing is added, not even an empty line.
  if (unit.unit_off <= 0 || (existing === undefined && unit.effect === 'ADD_SAME_ITEMS')) {
    const none = before.lines.map(() => 0);
    return { cart: before, orderDiscount: 0, lineDiscounts: none, lineFreeUnits: none, lineAddedUnits: none };
  }
  const base: CartLine = existing ?? {
    item: undefined,
    product: addedProduct(unit.unit_type, catalog),
    ids: [unit.unit_type],
    price: catalog.productPrices.get(unit.unit_type) ?? 0,
    quantity: 0,
    initialQuantity: 0,
    amount: 0,
    initialAmount: 0,
    discount: 0,
    discountQuantity: 0,
  };
  const added =
    unit.effect === 'ADD_MISSING_ITEMS' ? Math.max(0, unit.unit_off - base.quantity) : unit.unit_off;
  const grown: CartLine = {
    ...base,
    quantity: base.quantity + added,
    amount: base.amount + added * base.price,
  };
  const free = Math.min(unit.unit_off, grown.quantity - grown.discountQuantity);
  const lines = existing === undefined ? [...before.lines, grown] : before.lines.with(index, grown);
  const at = existing === undefined ? lines.length - 1 : index;
  const cart: Cart = { ...before, amount: before.amount + added * base.price, lines };
  const discount = Math.min(grown.price * free, grown.amount - grown.discount, payable(cart));
  const perLine = (value: number) => lines.map((_, i) => (i === at ? value : 0));
  return {
    cart: {
      ...cart,
      lines: lines.with(at, {
        ...grown,
        discount: grown.discount + discount,
        discountQuantity: grown.discountQuantity + free,
      }),
    },
    orderDiscount: 0,
    lineDiscounts: perLine(discount),
    lineFreeUnits: perLine(free),
    lineAddedUnits: perLine(added),
  };
}

/** Adds up per-line figures of successive effects; later effects may have more lines. */
function addPerLine(a: readonly number[] = [], b: readonly number[] = []): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) + (b[i] ?? 0));
}

/** A `UNIT` discount: one product's units, or each of `units` in turn (`ADD_MANY_ITEMS`). */
function applyUnit(discount: UnitDiscount, cart: Cart, catalog: PricingCatalog): DiscountEffect {
  const units: readonly OneUnit[] = discount.effect === 'ADD_MANY_ITEMS' ? discount.units : [discount];
  let effect: DiscountEffect = {
    cart,
    orderDiscount: 0,
    lineDiscounts: [],
    lineFreeUnits: [],
    lineAddedUnits: [],
  };
  for (const unit of units) {
    const next = giveUnits(unit, effect.cart, catalog);
    effect = {
      cart: next.cart,
      orderDiscount: 0,
      lineDiscounts: addPerLine(effect.lineDiscounts, next.lineDiscounts),
      lineFreeUnits: addPerLine(effect.lineFreeUnits, next.lineFreeUnits),
      lineAddedUnits: addPerLine(effect.lineAddedUnits, next.lineAddedUnits),
    };
  }
  return effect;
}

/**
 * Applies one discount to the cart, after those already applied (each works on what is still
 * payable). Order-level effects take from the order's payable amount; item-level effects from each
 * targeted line's remaining amount; `UNIT` effects give units away (DIGEST §8: `ADD_MISSING_ITEMS`
 * tops the order up to `unit_off` free units, `ADD_NEW_ITEMS` adds `unit_off` free units,
 * `ADD_MANY_ITEMS` does either per product), adding units to the product's line or a new line
 * priced from the catalog. No discount ever exceeds what it applies to, nor what is still payable.
 * Bundle scaling is the caller's (`scaleDiscount`).
 */
export function applyDiscount(
  discount: EngineDiscount,
  cart: Cart,
  catalog: PricingCatalog,
  options: ApplyOptions = {},
): DiscountEffect {
  if (discount.type === 'UNIT') return applyUnit(discount, cart, catalog);
  const none = cart.lines.map(() => 0);
  if (discount.effect === 'APPLY_TO_ORDER') {
    const base = payable(cart);
    const percentBase = options.initialAmount === true ? cart.amount : base;
    const wanted =
      discount.type === 'AMOUNT'
        ? discount.amount_off
        : discount.type === 'PERCENT'
          ? Math.min(percentOf(percentBase, discount.percent_off), discount.amount_limit ?? Infinity)
          : base - discount.fixed_amount;
    const amount = Math.max(0, Math.min(wanted, base));
    return {
      cart: { ...cart, orderDiscount: cart.orderDiscount + amount },
      orderDiscount: amount,
      lineDiscounts: none,
    };
  }
  const slices = targetSlices(cart, discount.applicable_to, discount.inapplicable_to, catalog, options);
  const aggregated = discount.type === 'FIXED' ? undefined : discount.aggregated_amount_limit;
  // Never more than is still payable, even after order-level discounts that no line carries, nor
  // (with initialAmount) more than a line still costs.
  const perLine = options.perLine;
  const splits =
    discount.type === 'AMOUNT' &&
    (discount.effect === 'APPLY_TO_ITEMS_PROPORTIONALLY' ||
      discount.effect === 'APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY');
  const raw =
    perLine === undefined || splits
      ? itemAmounts(discount, slices)
      : slices.map(
          (slice) =>
            itemAmounts(perLine(cart.lines[slice.line]!) as Exclude<EngineDiscount, UnitDiscount>, [
              slice,
            ])[0] ?? 0,
        );
  const amounts = capTotal(capTotal(raw, aggregated), payable(cart)).map((amount, i) =>
    Math.min(amount, remaining(cart.lines[slices[i]!.line]!)),
  );
  const lineDiscounts = [...none];
  slices.forEach((slice, i) => {
    lineDiscounts[slice.line] = (lineDiscounts[slice.line] ?? 0) + (amounts[i] ?? 0);
  });
  return { cart: withLineDiscounts(cart, lineDiscounts), orderDiscount: 0, lineDiscounts };
}

/** An order-level deduction that is not a discount definition: gift credits or points. */
export function applyOrderCredit(cart: Cart, wanted: number): DiscountEffect {
  const amount = Math.max(0, Math.min(wanted, payable(cart)));
  return {
    cart: { ...cart, orderDiscount: cart.orderDiscount + amount },
    orderDiscount: amount,
    lineDiscounts: cart.lines.map(() => 0),
  };
}
