import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test renders into a clean document, with nothing kept from the previous one's pages (files
// that opt into the node environment, to render as a server does, have no storage).
afterEach(() => {
  cleanup();
  if (typeof window === 'undefined') return;
  sessionStorage.clear();
  localStorage.clear();
});
