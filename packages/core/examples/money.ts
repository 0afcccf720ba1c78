import { formatMoney, minorDigits, toMajorUnits } from '@promokit/core';

formatMoney(600, 'USD', 'en-US'); // "$6.00"
formatMoney(600, 'JPY', 'ja-JP'); // "￥600"
formatMoney(1500, 'KWD', 'en-US'); // "KWD 1.500"
formatMoney(12345, 'HUF', 'hu-HU'); // "123,45 Ft"
formatMoney(-670, 'USD', 'en-US'); // "−\u2060$6.70"
formatMoney(-670, 'USD', 'ar'); // "\u2066−\u20606.70 US$\u2069"
minorDigits('KWD'); // 3
minorDigits('IQD'); // 3 (Intl displays 0)
toMajorUnits(650, 'USD'); // 6.5
