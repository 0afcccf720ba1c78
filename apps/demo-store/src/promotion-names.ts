/**
 * A name of the demo seed's campaigns and promotion tiers in each of the store's languages; where
 * the name holds an amount, `{amount}` stands for `amount` (minor units of the store's currency),
 * written by `formatMoney` like every other amount in the store.
 */
export interface PromotionName {
  amount?: number;
  en: string;
  de: string;
  ar: string;
}

/**
 * The names the engine's demo seed (`@promokit/engine/seeds/demo.json`) gives its campaigns and
 * promotion tiers, keyed by that English name: what offers, chips, the wallet and the sales panel
 * call them. The seed writes amounts as bare decimals ("5% off from 100.00"); here they carry the
 * currency.
 */
export const PROMOTION_NAMES: Record<string, PromotionName> = {
  'Welcome 10%': { en: 'Welcome 10%', de: 'Willkommen 10 %', ar: 'خصم الترحيب 10%' },
  'Save 5.00': { amount: 500, en: 'Save {amount}', de: '{amount} sparen', ar: 'وفّر {amount}' },
  'Big basket 25%': { en: 'Big basket 25%', de: 'Großer Einkauf 25 %', ar: 'السلة الكبيرة 25%' },
  'Spring sale 2025': { en: 'Spring sale 2025', de: 'Frühjahrsaktion 2025', ar: 'تخفيضات ربيع 2025' },
  'Autumn preview 2030': {
    en: 'Autumn preview 2030',
    de: 'Herbstvorschau 2030',
    ar: 'عرض خريف 2030 المبكر',
  },
  'Paused partner code': {
    en: 'Paused partner code',
    de: 'Pausierter Partnercode',
    ar: 'رمز الشريك المعلّق',
  },
  'Launch giveaway': { en: 'Launch giveaway', de: 'Eröffnungsgeschenk', ar: 'هدية الافتتاح' },
  '15.00 off Bags': {
    amount: 1500,
    en: '{amount} off bags',
    de: '{amount} Rabatt auf Taschen',
    ar: 'خصم {amount} على الحقائب',
  },
  'Free shipping over 75.00': {
    amount: 7500,
    en: 'Free shipping over {amount}',
    de: 'Kostenloser Versand ab {amount}',
    ar: 'شحن مجاني للطلبات من {amount}',
  },
  'Free shipping': { en: 'Free shipping', de: 'Kostenloser Versand', ar: 'شحن مجاني' },
  'Spend more, save more': {
    en: 'Spend more, save more',
    de: 'Mehr kaufen, mehr sparen',
    ar: 'اشترِ أكثر ووفّر أكثر',
  },
  '5% off from 100.00': {
    amount: 10000,
    en: '5% off from {amount}',
    de: '5 % Rabatt ab {amount}',
    ar: 'خصم 5% من {amount}',
  },
  '10% off from 250.00': {
    amount: 25000,
    en: '10% off from {amount}',
    de: '10 % Rabatt ab {amount}',
    ar: 'خصم 10% من {amount}',
  },
  '15% off from 500.00': {
    amount: 50000,
    en: '15% off from {amount}',
    de: '15 % Rabatt ab {amount}',
    ar: 'خصم 15% من {amount}',
  },
  'Mug trio': { en: 'Mug trio', de: 'Becher-Trio', ar: 'ثلاثية الأكواب' },
  'Buy 2 mugs, get 1 free': {
    en: 'Buy 2 mugs, get 1 free',
    de: '2 Becher kaufen, 1 gratis',
    ar: 'اشترِ كوبين واحصل على الثالث مجانًا',
  },
  'Trail kit bundle': { en: 'Trail kit bundle', de: 'Wander-Set', ar: 'طقم الرحلات' },
  'Trail kit for 79.00': {
    amount: 7900,
    en: 'Trail kit for {amount}',
    de: 'Wander-Set für {amount}',
    ar: 'طقم الرحلات بـ {amount}',
  },
  'First order 15%': { en: 'First order 15%', de: 'Erstbestellung 15 %', ar: 'الطلب الأول 15%' },
  'VIP 20%': { en: 'VIP 20%', de: 'VIP 20 %', ar: 'كبار العملاء 20%' },
  'Thank-you code': { en: 'Thank-you code', de: 'Dankeschön-Code', ar: 'رمز الشكر' },
  'We miss you 15%': { en: 'We miss you 15%', de: 'Wir vermissen Sie 15 %', ar: 'اشتقنا إليك 15%' },
  'Clearance 30%': { en: 'Clearance 30%', de: 'Räumungsverkauf 30 %', ar: 'تصفية 30%' },
  'Coffee Club free month': {
    en: 'Coffee Club free month',
    de: 'Kaffee-Abo: ein Monat gratis',
    ar: 'شهر مجاني في نادي القهوة',
  },
  'Gift cards': { en: 'Gift cards', de: 'Geschenkkarten', ar: 'بطاقات الهدايا' },
  'Trail Rewards': { en: 'Trail Rewards', de: 'Trail Rewards', ar: 'مكافآت الرحلات' },
  'Refer a friend': { en: 'Refer a friend', de: 'Freunde werben', ar: 'ادعُ صديقًا' },
};
