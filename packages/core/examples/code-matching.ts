import { caseInsensitiveCodes, caseSensitiveCodes } from '@promokit/core';

caseInsensitiveCodes.same('fußball5', 'FUSSBALL5'); // true
caseSensitiveCodes.same('Sp7x-kQ2m', 'SP7X-KQ2M'); // false
