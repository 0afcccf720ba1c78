import { type Catalogue, en, interpolate } from '@promokit/ui';
import { ar } from '@promokit/ui/messages/ar';
import { de } from '@promokit/ui/messages/de';
import { useSyncExternalStore } from 'react';

/** The store's languages: each with its BCP 47 locale, writing direction and the kit's catalogue. */
export const LANGUAGES = {
  en: { label: 'English', locale: 'en-US', dir: 'ltr', catalogue: en },
  de: { label: 'Deutsch', locale: 'de-DE', dir: 'ltr', catalogue: de },
  ar: { label: 'العربية', locale: 'ar', dir: 'rtl', catalogue: ar },
} as const satisfies Record<
  string,
  { label: string; locale: string; dir: 'ltr' | 'rtl'; catalogue: Catalogue }
>;

export type Language = keyof typeof LANGUAGES;

const KEY = 'promokit-demo-language';
const listeners = new Set<() => void>();

function read(): Language {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored && stored in LANGUAGES) return stored as Language;
  } catch {
    // Blocked storage: English.
  }
  return 'en';
}

/** The shopper's language, kept across visits. */
export function useLanguage(): Language {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => 'en',
  );
}

/** Switches the store's language. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Blocked storage: this page only.
  }
  for (const listener of listeners) listener();
}

/** The store's own copy in German and Arabic, keyed by the English text. */
const COPY: Record<Exclude<Language, 'en'>, Record<string, string>> = {
  de: {
    'Skip to content': 'Zum Inhalt springen',
    Shop: 'Shop',
    'Cart ({count})': 'Warenkorb ({count})',
    'Sales panel': 'Vertriebspanel',
    Language: 'Sprache',
    'Shopping as': 'Einkaufen als',
    'Gear for the trail, from mug to daypack': 'Ausrüstung für unterwegs, vom Becher bis zum Tagesrucksack',
    'Free shipping over $75, a free mug with every third, and codes for every kind of shopper.':
      'Kostenloser Versand ab 75 $, jeder dritte Becher gratis und Codes für jeden Kunden.',
    'Shop bags': 'Taschen ansehen',
    All: 'Alle',
    Categories: 'Kategorien',
    Kitchen: 'Küche',
    Bags: 'Taschen',
    Apparel: 'Bekleidung',
    Subscriptions: 'Abos',
    'Add to cart': 'In den Warenkorb',
    '{product} added to your cart': '{product} wurde in den Warenkorb gelegt',
    'View cart': 'Zum Warenkorb',
    'Your cart': 'Ihr Warenkorb',
    'Your cart is empty.': 'Ihr Warenkorb ist leer.',
    'Find something you like': 'Stöbern Sie im Shop',
    'Items in your cart': 'Artikel im Warenkorb',
    'One fewer {product}': 'Ein {product} weniger',
    'One more {product}': 'Ein {product} mehr',
    'Quantity of {product}': 'Anzahl {product}',
    'Remove {product}': '{product} entfernen',
    Remove: 'Entfernen',
    'Start over': 'Neu beginnen',
    'Order summary': 'Bestellübersicht',
    Checkout: 'Zur Kasse',
    'Back to the shop': 'Zurück zum Shop',
    'Your details': 'Ihre Angaben',
    'Full name': 'Vollständiger Name',
    Email: 'E-Mail',
    'Decline the payment (demo)': 'Zahlung ablehnen (Demo)',
    'Place order': 'Bestellung aufgeben',
    'Placing your order…': 'Bestellung wird aufgegeben …',
    'Confirming your order…': 'Bestellung wird bestätigt …',
    Items: 'Artikel',
    'Thank you for your order': 'Vielen Dank für Ihre Bestellung',
    'Order {order}: {amount} charged to your card.':
      'Bestellung {order}: {amount} von Ihrer Karte abgebucht.',
    'Order not found': 'Bestellung nicht gefunden',
    'Continue shopping': 'Weiter einkaufen',
    'Page not found': 'Seite nicht gefunden',
    '{count} ×': '{count} ×',
    'Offers on this product': 'Angebote für diesen Artikel',
    "{store} is PromoKit's demo store: every offer here runs on the embedded Voucherify-compatible engine.":
      '{store} ist der Demo-Shop von PromoKit: Jedes Angebot hier läuft auf der eingebetteten, Voucherify-kompatiblen Engine.',
  },
  ar: {
    'Skip to content': 'انتقل إلى المحتوى',
    Shop: 'المتجر',
    'Cart ({count})': 'السلة ({count})',
    'Sales panel': 'لوحة المبيعات',
    Language: 'اللغة',
    'Shopping as': 'تتسوق بصفة',
    'Gear for the trail, from mug to daypack': 'عتاد للرحلات، من الكوب إلى حقيبة الظهر',
    'Free shipping over $75, a free mug with every third, and codes for every kind of shopper.':
      'شحن مجاني للطلبات فوق 75 $، وكوب مجاني مع كل ثالث، ورموز خصم لكل متسوق.',
    'Shop bags': 'تسوّق الحقائب',
    All: 'الكل',
    Categories: 'الفئات',
    Kitchen: 'المطبخ',
    Bags: 'الحقائب',
    Apparel: 'الملابس',
    Subscriptions: 'الاشتراكات',
    'Add to cart': 'أضف إلى السلة',
    '{product} added to your cart': 'أُضيف {product} إلى سلتك',
    'View cart': 'عرض السلة',
    'Your cart': 'سلتك',
    'Your cart is empty.': 'سلتك فارغة.',
    'Find something you like': 'اعثر على ما يعجبك',
    'Items in your cart': 'المنتجات في سلتك',
    'One fewer {product}': 'قطعة أقل من {product}',
    'One more {product}': 'قطعة أخرى من {product}',
    'Quantity of {product}': 'كمية {product}',
    'Remove {product}': 'إزالة {product}',
    Remove: 'إزالة',
    'Start over': 'ابدأ من جديد',
    'Order summary': 'ملخص الطلب',
    Checkout: 'الدفع',
    'Back to the shop': 'العودة إلى المتجر',
    'Your details': 'بياناتك',
    'Full name': 'الاسم الكامل',
    Email: 'البريد الإلكتروني',
    'Decline the payment (demo)': 'رفض الدفع (تجريبي)',
    'Place order': 'إتمام الطلب',
    'Placing your order…': 'جارٍ إتمام طلبك…',
    'Confirming your order…': 'جارٍ تأكيد طلبك…',
    Items: 'المنتجات',
    'Thank you for your order': 'شكرًا لطلبك',
    'Order {order}: {amount} charged to your card.': 'الطلب {order}: خُصم {amount} من بطاقتك.',
    'Order not found': 'الطلب غير موجود',
    'Continue shopping': 'تابع التسوق',
    'Page not found': 'الصفحة غير موجودة',
    '{count} ×': '{count} ×',
    'Offers on this product': 'عروض هذا المنتج',
    "{store} is PromoKit's demo store: every offer here runs on the embedded Voucherify-compatible engine.":
      '{store} هو المتجر التجريبي لـ PromoKit: كل عرض هنا يعمل على المحرك المدمج المتوافق مع Voucherify.',
  },
};

/** Product names and descriptions in German and Arabic, by product id. */
const PRODUCTS: Record<Exclude<Language, 'en'>, Record<string, [name: string, description: string]>> = {
  de: {
    mug: ['Wanderbecher', 'Emaillebecher, der den Kaffee an kalten Morgen heiß hält.'],
    'camp-kettle': [
      'Campingkessel',
      'Ein-Liter-Kessel aus Aluminium mit Klappgriff; Wasser für zwei in vier Minuten.',
    ],
    'enamel-plate-set': [
      'Emailleteller-Set',
      'Vier gesprenkelte Emailleteller, flach stapelbar und lagerfeuerfest.',
    ],
    'pour-over-dripper': ['Kaffeefilter', 'Faltbarer Silikonfilter für richtigen Kaffee am Wanderparkplatz.'],
    tote: ['Canvas-Tasche', 'Schwere Canvas-Tasche mit Innentasche.'],
    'summit-daypack': ['Gipfel-Tagesrucksack', '22-Liter-Rucksack mit gepolstertem Laptopfach und Hüftgurt.'],
    'hip-pack': ['Hüfttasche', 'Zwei-Liter-Hüfttasche mit wasserabweisendem Reißverschluss.'],
    'roll-top-dry-bag': [
      'Rolltop-Packsack',
      'Zehn-Liter-Packsack, der Wechselkleidung auf dem Fluss trocken hält.',
    ],
    cap: ['Feldkappe', 'Baumwollkappe aus sechs Bahnen mit verstellbarem Riemen.'],
    'ridge-beanie': ['Grat-Mütze', 'Merino-Mütze, warm und ohne Kratzen.'],
    'flannel-shirt': ['Flanellhemd', 'Gebürstetes Baumwollflanell mit zwei Brusttaschen.'],
    'rain-shell': ['Packbare Regenjacke', 'Dreilagige wasserdichte Jacke, die in ihre eigene Tasche passt.'],
    'coffee-club': ['Kaffee-Abo', 'Jeden Monat frische 250 g Single-Origin-Bohnen an Ihre Tür.'],
  },
  ar: {
    mug: ['كوب الرحلات', 'كوب مطلي بالمينا يحافظ على سخونة القهوة في الصباحات الباردة.'],
    'camp-kettle': [
      'غلاية التخييم',
      'غلاية ألومنيوم سعة لتر بمقبض قابل للطي؛ تغلي الماء لشخصين في أربع دقائق.',
    ],
    'enamel-plate-set': ['طقم أطباق المينا', 'أربعة أطباق مينا منقطة تتراص وتتحمل نار المخيم.'],
    'pour-over-dripper': ['مقطر القهوة', 'مقطر سيليكون قابل للطي لفنجان قهوة حقيقي عند بداية المسار.'],
    tote: ['حقيبة قماشية', 'حقيبة من القماش المتين بجيب داخلي.'],
    'summit-daypack': ['حقيبة القمة اليومية', 'حقيبة ظهر سعة 22 لترًا بجيب مبطن للحاسوب وحزام للورك.'],
    'hip-pack': ['حقيبة الخصر', 'حقيبة خصر سعة لترين بسحّاب مقاوم للماء للهاتف والمفاتيح والوجبات الخفيفة.'],
    'roll-top-dry-bag': [
      'حقيبة جافة ملفوفة',
      'حقيبة مقاومة للماء سعة عشرة لترات تحفظ ملابسك جافة على النهر.',
    ],
    cap: ['قبعة الحقل', 'قبعة قطنية من ست قطع بحزام قابل للتعديل.'],
    'ridge-beanie': ['قبعة صوفية', 'قبعة من صوف المارينو، دافئة بلا حكة.'],
    'flannel-shirt': ['قميص فانيلا', 'قميص فانيلا قطني مصقول بجيبين على الصدر.'],
    'rain-shell': ['سترة مطر قابلة للطي', 'سترة ثلاثية الطبقات مقاومة للماء تُطوى في جيبها.'],
    'coffee-club': ['نادي القهوة', 'اشتراك شهري: كيس طازج 250 غ من حبوب أحادية المصدر إلى بابك كل شهر.'],
  },
};

/** The store's copy, product names and descriptions in `language`; English is the source. */
export interface StoreCopy {
  language: Language;
  t(english: string, values?: Record<string, string | number>): string;
  productName(id: string, english: string): string;
  productDescription(id: string, english: string): string;
}

/** The store's copy in `language`; a text without a translation reads in English. */
export function storeCopy(language: Language): StoreCopy {
  const copy = language === 'en' ? {} : COPY[language];
  const products = language === 'en' ? {} : PRODUCTS[language];
  return {
    language,
    t: (english, values) => interpolate(copy[english] ?? english, values),
    productName: (id, english) => products[id]?.[0] ?? english,
    productDescription: (id, english) => products[id]?.[1] ?? english,
  };
}

/** The store's copy in the shopper's language. */
export function useCopy(): StoreCopy {
  return storeCopy(useLanguage());
}
