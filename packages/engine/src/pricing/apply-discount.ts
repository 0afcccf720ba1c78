import type { EngineDiscount } from '../seed/seed-schema.js';
import type { SeedTarget } from '../seed/seed-target-schema.js';
import { payable, type Cart, type CartLine } from './cart.js';
import { percentOf } from './percent-of.js';
import { splitProportionally } from './split-proportionally.js';

/** What the catalog tells pricing: collection members and product prices. */
export interface PricingCatalog {
  collections: ReadonlyMap<string, ReadonlySet<string>>;
  productPrices: ReadonlyMap<string, number>;
}

/** One discount's effect: the cart after it and what it took off, at order level and per line. */
export interface DiscountEffect {
  cart: Cart;
  /** Order-level discount this discount gave. */
  orderDiscount: number;
  /** Item-level discount this discount gave, per line of `cart` (added lines included). */
  lineDiscounts: readonly number[];
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

/** The slices of the cart an item-level discount works on, following `applicable_to` / `inapplicable_to`. */
export function targetSlices(
  cart: Cart,
  applicableTo: readonly SeedTarget[] | undefined,
  inapplicableTo: readonly SeedTarget[] | undefined,
  catalog: PricingCatalog,
): Slice[] {
  const allowed = (line: CartLine) =>
    !(inapplicableTo ?? []).some((target) => matches(line, target, catalog)) && remaining(line) > 0;
  const wholeLine = (index: number, limit: number | undefined): Slice => {
    const line = cart.lines[index]!;
    const units = Math.min(line.quantity, limit ?? line.quantity);
    const base = line.quantity === 0 ? 0 : Math.floor((remaining(line) * units) / line.quantity);
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

function itemAmounts(
  discount: Exclude<EngineDiscount, { type: 'UNIT' }>,
  slices: readonly Slice[],
): number[] {
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

function withLineDiscounts(
  cart: Cart,
  lineDiscounts: readonly number[],
  freeUnits?: readonly number[],
): Cart {
  return {
    ...cart,
    lines: cart.lines.map((line, index) => ({
      ...line,
      discount: line.discount + (lineDiscounts[index] ?? 0),
      discountQuantity: line.discountQuantity + (freeUnits?.[index] ?? 0),
    })),
  };
}

function applyUnit(
  discount: Extract<EngineDiscount, { type: 'UNIT' }>,
  cart: Cart,
  catalog: PricingCatalog,
): DiscountEffect {
  const existing = cart.lines.findIndex((line) => line.ids.includes(discount.unit_type));
  if (discount.effect === 'ADD_MISSING_ITEMS' && existing >= 0) {
    const line = cart.lines[existing]!;
    const free = Math.min(discount.unit_off, line.quantity);
    const amount = Math.min(remaining(line), line.price * free, payable(cart));
    const lineDiscounts = cart.lines.map((_, index) => (index === existing ? amount : 0));
    const units = cart.lines.map((_, index) => (index === existing ? free : 0));
    return { cart: withLineDiscounts(cart, lineDiscounts, units), orderDiscount: 0, lineDiscounts };
  }
  const price = catalog.productPrices.get(discount.unit_type) ?? 0;
  const added: CartLine = {
    item: undefined,
    ids: [discount.unit_type],
    price,
    quantity: discount.unit_off,
    amount: price * discount.unit_off,
    discount: price * discount.unit_off,
    discountQuantity: discount.unit_off,
  };
  return {
    cart: { ...cart, amount: cart.amount + added.amount, lines: [...cart.lines, added] },
    orderDiscount: 0,
    lineDiscounts: [...cart.lines.map(() => 0), added.discount],
  };
}

/**
 * Applies one discount to the cart, after those already applied (each works on what is still
 * payable). Order-level effects take from the order's payable amount; item-level effects from each
 * targeted line's remaining amount; `UNIT` effects give units away, adding the line when needed
 * (priced from the catalog). No discount ever exceeds what it applies to, nor what is still
 * payable.
 */
export function applyDiscount(discount: EngineDiscount, cart: Cart, catalog: PricingCatalog): DiscountEffect {
  if (discount.type === 'UNIT') return applyUnit(discount, cart, catalog);
  const none = cart.lines.map(() => 0);
  if (discount.effect === 'APPLY_TO_ORDER') {
    const base = payable(cart);
    const wanted =
      discount.type === 'AMOUNT'
        ? discount.amount_off
        : discount.type === 'PERCENT'
          ? Math.min(percentOf(base, discount.percent_off), discount.amount_limit ?? Infinity)
          : base - discount.fixed_amount;
    const amount = Math.max(0, Math.min(wanted, base));
    return {
      cart: { ...cart, orderDiscount: cart.orderDiscount + amount },
      orderDiscount: amount,
      lineDiscounts: none,
    };
  }
  const slices = targetSlices(cart, discount.applicable_to, discount.inapplicable_to, catalog);
  const aggregated = discount.type === 'FIXED' ? undefined : discount.aggregated_amount_limit;
  // Never more than is still payable, even after order-level discounts that no line carries.
  const amounts = capTotal(capTotal(itemAmounts(discount, slices), aggregated), payable(cart));
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
