import { VoucherifyApiError, createVoucherifyClient } from '@promokit/voucherify';

const voucherify = createVoucherifyClient({
  baseUrl: 'https://api.voucherify.io',
  appId: process.env.VOUCHERIFY_APP_ID ?? '',
  appToken: process.env.VOUCHERIFY_APP_TOKEN ?? '',
  timeoutMs: 5_000,
});

try {
  const result = await voucherify.validations.validate({
    redeemables: [{ object: 'voucher', id: 'WELCOME10' }],
    order: { amount: 6000 },
  });
  console.info(result.valid, result.redeemables);
} catch (error) {
  if (error instanceof VoucherifyApiError) console.error(error.status, error.body);
  else throw error;
}
