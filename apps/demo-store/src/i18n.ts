import { formatMoney } from '@promokit/core';
import { type Catalogue, en, interpolate } from '@promokit/ui';
import { ar } from '@promokit/ui/messages/ar';
import { de } from '@promokit/ui/messages/de';
import { useSyncExternalStore } from 'react';

import { currency } from './catalog.js';
import { PROMOTION_NAMES } from './promotion-names.js';

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
export const COPY: Record<Exclude<Language, 'en'>, Record<string, string>> = {
  de: {
    'Skip to content': 'Zum Inhalt springen',
    Shop: 'Shop',
    'Cart ({count})': 'Warenkorb ({count})',
    'Sales panel': 'Vertriebspanel',
    Language: 'Sprache',
    'Shopping as': 'Einkaufen als',
    'Gear for the trail, from mug to daypack': 'Ausrüstung für unterwegs, vom Becher bis zum Tagesrucksack',
    'Free shipping over {amount}, a free mug with every third, and codes for every kind of shopper.':
      'Kostenloser Versand ab {amount}, jeder dritte Becher gratis und Codes für jeden Kunden.',
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
    Main: 'Hauptnavigation',
    Guest: 'Gast',
    'New customer': 'Neukunde',
    'Returning customer': 'Stammkunde',
    'Loyalty member': 'Treuemitglied',
    'Referred friend': 'Geworbener Freund',
    "We're still confirming your discounts with our promotions service. Nothing has been charged, and your order will only be placed once.":
      'Wir bestätigen Ihre Rabatte noch mit unserem Aktionsdienst. Es wurde nichts abgebucht, und Ihre Bestellung wird nur einmal aufgegeben.',
    "We couldn't confirm your discounts with our promotions service, so nothing was charged. Place your order again in a moment: it keeps the same order number and is never booked twice.":
      'Wir konnten Ihre Rabatte nicht mit unserem Aktionsdienst bestätigen, daher wurde nichts abgebucht. Geben Sie Ihre Bestellung gleich noch einmal auf: Sie behält ihre Bestellnummer und wird nie doppelt gebucht.',
    'Your total changed and nothing was charged.':
      'Ihr Gesamtbetrag hat sich geändert, es wurde nichts abgebucht.',
    'Check the new total, then place your order again.':
      'Prüfen Sie den neuen Gesamtbetrag und geben Sie Ihre Bestellung dann erneut auf.',
    'Your payment was declined and nothing was charged. Your codes are still applied.':
      'Ihre Zahlung wurde abgelehnt, es wurde nichts abgebucht. Ihre Codes bleiben eingelöst.',
    "We couldn't place your order. Please try again.":
      'Wir konnten Ihre Bestellung nicht aufgeben. Bitte versuchen Sie es erneut.',
    'Switch a campaign off while the store is open in another tab: its offers and codes disappear there within a second. Reset puts every campaign, code, balance and redemption back as seeded.':
      'Schalten Sie eine Kampagne ab, während der Shop in einem anderen Tab offen ist: Ihre Angebote und Codes verschwinden dort innerhalb einer Sekunde. Zurücksetzen stellt alle Kampagnen, Codes, Guthaben und Einlösungen auf den Ausgangsstand zurück.',
    'Resetting…': 'Wird zurückgesetzt …',
    'Reset demo data': 'Demodaten zurücksetzen',
    'Demo data reset.': 'Die Demodaten wurden zurückgesetzt.',
    'Promotions service': 'Aktionsdienst',
    'Take the promotions service offline to show that checkout goes on without discounts: codes answer that promotions are unavailable, and orders are still placed.':
      'Nehmen Sie den Aktionsdienst vom Netz, um zu zeigen, dass der Checkout ohne Rabatte weitergeht: Codes melden, dass Aktionen gerade nicht verfügbar sind, und Bestellungen werden trotzdem aufgegeben.',
    'The promotions service is online.': 'Der Aktionsdienst ist online.',
    'The promotions service is offline.': 'Der Aktionsdienst ist offline.',
    'Take promotions offline': 'Aktionen offline nehmen',
    'Bring promotions back online': 'Aktionen wieder online bringen',
    Campaigns: 'Kampagnen',
    Campaign: 'Kampagne',
    Type: 'Art',
    Codes: 'Codes',
    Status: 'Status',
    Action: 'Aktion',
    'No code: applies by itself': 'Kein Code: gilt von selbst',
    Active: 'Aktiv',
    'Switched off': 'Abgeschaltet',
    Expired: 'Abgelaufen',
    Scheduled: 'Geplant',
    'Codes paused': 'Codes pausiert',
    'ended {date}': 'endete am {date}',
    'starts {date}': 'beginnt am {date}',
    'Disable {campaign}': '{campaign} abschalten',
    'Enable {campaign}': '{campaign} einschalten',
    'Discount codes': 'Rabattcodes',
    'Automatic promotion': 'Automatische Aktion',
    'Gift cards': 'Geschenkkarten',
    'Loyalty program': 'Treueprogramm',
    'Referral program': 'Empfehlungsprogramm',
  },
  ar: {
    'Skip to content': 'انتقل إلى المحتوى',
    Shop: 'المتجر',
    'Cart ({count})': 'السلة ({count})',
    'Sales panel': 'لوحة المبيعات',
    Language: 'اللغة',
    'Shopping as': 'تتسوق بصفة',
    'Gear for the trail, from mug to daypack': 'عتاد للرحلات، من الكوب إلى حقيبة الظهر',
    'Free shipping over {amount}, a free mug with every third, and codes for every kind of shopper.':
      'شحن مجاني للطلبات من {amount}، وكوب مجاني مع كل ثالث، ورموز خصم لكل متسوق.',
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
    Main: 'التنقل الرئيسي',
    Guest: 'زائر',
    'New customer': 'عميل جديد',
    'Returning customer': 'عميل عائد',
    'Loyalty member': 'عضو برنامج الولاء',
    'Referred friend': 'صديق مدعو',
    "We're still confirming your discounts with our promotions service. Nothing has been charged, and your order will only be placed once.":
      'ما زلنا نؤكد خصوماتك مع خدمة العروض. لم يُخصم أي مبلغ، ولن يُسجَّل طلبك إلا مرة واحدة.',
    "We couldn't confirm your discounts with our promotions service, so nothing was charged. Place your order again in a moment: it keeps the same order number and is never booked twice.":
      'تعذّر تأكيد خصوماتك مع خدمة العروض، لذا لم يُخصم أي مبلغ. أعد إتمام طلبك بعد لحظات: يبقى رقم الطلب نفسه ولا يُسجَّل مرتين أبدًا.',
    'Your total changed and nothing was charged.': 'تغيّر إجمالي طلبك ولم يُخصم أي مبلغ.',
    'Check the new total, then place your order again.': 'راجع الإجمالي الجديد ثم أعد إتمام طلبك.',
    'Your payment was declined and nothing was charged. Your codes are still applied.':
      'رُفضت عملية الدفع ولم يُخصم أي مبلغ. لا تزال رموزك مطبّقة.',
    "We couldn't place your order. Please try again.": 'تعذّر إتمام طلبك. يُرجى المحاولة مرة أخرى.',
    'Switch a campaign off while the store is open in another tab: its offers and codes disappear there within a second. Reset puts every campaign, code, balance and redemption back as seeded.':
      'أوقف حملة بينما المتجر مفتوح في علامة تبويب أخرى: تختفي عروضها ورموزها هناك خلال ثانية. وتُعيد إعادة الضبط كل حملة ورمز ورصيد واسترداد إلى حالته الأولى.',
    'Resetting…': 'جارٍ إعادة الضبط…',
    'Reset demo data': 'إعادة ضبط البيانات التجريبية',
    'Demo data reset.': 'أُعيد ضبط البيانات التجريبية.',
    'Promotions service': 'خدمة العروض',
    'Take the promotions service offline to show that checkout goes on without discounts: codes answer that promotions are unavailable, and orders are still placed.':
      'أوقف خدمة العروض لتُظهر أن الدفع يستمر دون خصومات: تُجيب الرموز بأن العروض غير متاحة، وتُتمّ الطلبات رغم ذلك.',
    'The promotions service is online.': 'خدمة العروض متصلة.',
    'The promotions service is offline.': 'خدمة العروض غير متصلة.',
    'Take promotions offline': 'أوقف العروض',
    'Bring promotions back online': 'أعد تشغيل العروض',
    Campaigns: 'الحملات',
    Campaign: 'الحملة',
    Type: 'النوع',
    Codes: 'الرموز',
    Status: 'الحالة',
    Action: 'الإجراء',
    'No code: applies by itself': 'بلا رمز: تُطبَّق تلقائيًا',
    Active: 'نشطة',
    'Switched off': 'متوقفة',
    Expired: 'منتهية',
    Scheduled: 'مجدولة',
    'Codes paused': 'الرموز معلّقة',
    'ended {date}': 'انتهت في {date}',
    'starts {date}': 'تبدأ في {date}',
    'Disable {campaign}': 'إيقاف {campaign}',
    'Enable {campaign}': 'تفعيل {campaign}',
    'Discount codes': 'رموز خصم',
    'Automatic promotion': 'عرض تلقائي',
    'Gift cards': 'بطاقات الهدايا',
    'Loyalty program': 'برنامج الولاء',
    'Referral program': 'برنامج الإحالة',
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
  /**
   * A campaign's or promotion tier's name from the demo seed (see {@link PROMOTION_NAMES}), its
   * amount in the store's currency; a name the table lacks reads as it is.
   */
  promotionName(english: string): string;
  /** Minor units of the store's currency, written by `formatMoney` as the kit writes them. */
  money(amount: number): string;
  /** An ISO date as a medium-length date. */
  date(iso: string): string;
}

/** The store's copy in `language`; a text without a translation reads in English. */
export function storeCopy(language: Language): StoreCopy {
  const copy = language === 'en' ? {} : COPY[language];
  const products = language === 'en' ? {} : PRODUCTS[language];
  const { locale } = LANGUAGES[language];
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return {
    language,
    t: (english, values) => interpolate(copy[english] ?? english, values),
    productName: (id, english) => products[id]?.[0] ?? english,
    productDescription: (id, english) => products[id]?.[1] ?? english,
    promotionName(english) {
      const name = PROMOTION_NAMES[english];
      return name
        ? interpolate(name[language], name.amount === undefined ? {} : { amount: money(name.amount) })
        : english;
    },
    money,
    date: (iso) => new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' }),
  };
}

/** The store's copy in the shopper's language. */
export function useCopy(): StoreCopy {
  return storeCopy(useLanguage());
}
