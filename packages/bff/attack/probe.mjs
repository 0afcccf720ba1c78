import { A, B, cart, post, token, bearer } from './lib.mjs';
const t = await token('cust-loyal');
console.log(JSON.stringify(await post(A, '/validate', { cart: cart(), codes: ['WELCOME10', 'NOPE-1'] }, { headers: bearer(t) }).then(r => r.body)).slice(0, 800));
console.log(JSON.stringify(await post(A, '/validate', { cart: cart(), codes: ['OPENGIFT-1'] }).then(r => r.body)).slice(0, 800));
console.log(JSON.stringify(await post(B, '/redeem', { orderId: 'probe-1', cart: cart(), codes: ['SAVE5'] }).then(r => r.body)).slice(0, 800));
