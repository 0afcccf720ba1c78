import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';

import { caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { PromoMessages, de, en } from '@promokit/ui';
import type { Preview } from '@storybook/react-vite';
import catalog from '@promokit/bff/demo-catalog.json' with { type: 'json' };
import { QueryClient } from '@tanstack/react-query';

import { type Persona, endSession, startSession } from '../src/story-session.js';

const client = createPromoClient({ baseUrl: '/api/promotions' });

/** Product names from the demo BFF's own catalog, for missing items and free products. */
const productNames = new Map(catalog.products.map((product) => [product.id, product.name]));
const productName = (productId: string): string => productNames.get(productId) ?? productId;

const locales = {
  'en-US': { catalogue: en, title: 'English' },
  'de-DE': { catalogue: de, title: 'Deutsch' },
} as const;

type Locale = keyof typeof locales;

const isLocale = (value: unknown): value is Locale => typeof value === 'string' && value in locales;

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language and number format of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(locales).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US' },
  // Each story shops as its `persona` parameter (a guest by default), in a session of its own.
  loaders: [
    async ({ parameters }) => {
      await startSession((parameters.persona as Persona | undefined) ?? 'guest');
      return {};
    },
  ],
  afterEach: endSession,
  decorators: [
    (Story, { globals }) => {
      const locale = isLocale(globals.locale) ? globals.locale : 'en-US';
      return (
        <PromoProvider
          client={client}
          queryClient={new QueryClient()}
          locale={locale}
          currency="USD"
          codeMatching={caseInsensitiveCodes}
          persistCodes="none"
        >
          <PromoMessages catalogue={locales[locale].catalogue} productName={productName}>
            <Story />
          </PromoMessages>
        </PromoProvider>
      );
    },
  ],
};

export default preview;
