import { SHIPPING_PRODUCT, type Order, type OrderItem } from '@promokit/voucherify';

/** The product of a line a `UNIT` discount added, echoed as the item's `product`. */
export type AddedProduct = {
  id: string;
  source_id?: string;
  name?: string;
};

/** One order line while discounts apply (hundredths). */
export interface CartLine {
  /** The request's line; `undefined` for a line a `UNIT` discount added. */
  item: OrderItem | undefined;
  /** The product of a line a `UNIT` discount added; `undefined` for the request's lines. */
  product: AddedProduct | undefined;
  /** Ids the line is known by: `product_id`, `sku_id`, `source_id`, `product.id`, `sku.id`. */
  ids: readonly string[];
  /** Unit price. */
  price: number;
  /** Units now, those `UNIT` discounts added included. */
  quantity: number;
  /** Units as the request sent them (0 for an added line): Voucherify's `initial_quantity`. */
  initialQuantity: number;
  amount: number;
  /** Amount as the request sent it (0 for an added line): Voucherify's `initial_amount`. */
  initialAmount: number;
  /** Item-level discount of the redeemables applied so far. */
  discount: number;
  /** Units given away by `UNIT` discounts. */
  discountQuantity: number;
}

/** The order while redeemables apply one after another. */
export interface Cart {
  /** Order amount before any discount, including units `UNIT` discounts added. */
  amount: number;
  /** Order amount as the request sent it (its `amount`, else the sum of its lines). */
  initialAmount: number;
  /** Order-level discount so far (gift credits and points included). */
  orderDiscount: number;
  lines: readonly CartLine[];
}

/** A line's amount: its `amount`, else `price × quantity` (quantity 1 when absent), else 0. */
export function lineAmount(item: OrderItem): number {
  return item.amount ?? (item.price ?? 0) * (item.quantity ?? 1);
}

function lineIds(item: OrderItem): string[] {
  const ids = [
    item.product_id,
    item.sku_id,
    item.source_id,
    item.product?.id,
    item.sku?.id,
    item.product?.source_id,
  ];
  const known = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  if (known.includes(SHIPPING_PRODUCT.source_id)) known.push(SHIPPING_PRODUCT.id);
  return known;
}

/** The cart before any redeemable: the order's `amount` (else the sum of its lines) and its lines. */
export function cartFromOrder(order: Order | null | undefined): Cart {
  const lines = (order?.items ?? []).map((item): CartLine => {
    const quantity = item.quantity ?? 1;
    const amount = lineAmount(item);
    return {
      item,
      product: undefined,
      ids: lineIds(item),
      price: item.price ?? (quantity > 0 ? Math.round(amount / quantity) : 0),
      quantity,
      initialQuantity: quantity,
      amount,
      initialAmount: amount,
      discount: 0,
      discountQuantity: 0,
    };
  });
  const amount = order?.amount ?? lines.reduce((sum, line) => sum + line.amount, 0);
  return { amount, initialAmount: amount, orderDiscount: 0, lines };
}

/** Sum of the lines' item-level discounts. */
export function itemsDiscount(cart: Cart): number {
  return cart.lines.reduce((sum, line) => sum + line.discount, 0);
}

/** What the shopper would still pay: the base of the next order-level discount. */
export function payable(cart: Cart): number {
  return Math.max(0, cart.amount - cart.orderDiscount - itemsDiscount(cart));
}
