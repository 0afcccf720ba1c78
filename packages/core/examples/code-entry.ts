import { codeEntryReducer, initialCodeEntryState, isCodeEntryBusy } from '@promokit/core';

let state = codeEntryReducer(initialCodeEntryState, { type: 'input', value: ' welcome10 ' }); // editing
state = codeEntryReducer(state, { type: 'submit' }); // validating, code 'welcome10'
console.info(codeEntryReducer(state, { type: 'submit' }) === state); // true: a second submit changes nothing
isCodeEntryBusy(state.status); // true
state = codeEntryReducer(state, { type: 'rejected', rejection: { reason: 'expired', code: 'WELCOME10' } });
console.info(state.value); // ' welcome10 ', kept for correction
