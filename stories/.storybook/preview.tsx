import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';

import { caseInsensitiveCodes, createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { PromoMessages, en } from '@promokit/ui';
import { ar } from '@promokit/ui/messages/ar';
import { de } from '@promokit/ui/messages/de';
import type { Preview } from '@storybook/react-vite';
import catalog from '@promokit/bff/demo-catalog.json' with { type: 'json' };
import { QueryClient } from '@tanstack/react-query';

import { type Persona, endSession, startSession } from '../src/story-session.js';

const client = createPromoClient({ baseUrl: '/api/promotions' });

/** Product names from the demo BFF's own catalog, for missing items and free products. */
const productNames = new Map(catalog.products.map((product) => [product.id, product.name]));
const productName = (productId: string): string => productNames.get(productId) ?? productId;

const locales = {
  'en-US': { catalogue: en, title: 'English', dir: 'ltr' },
  'de-DE': { catalogue: de, title: 'Deutsch', dir: 'ltr' },
  ar: { catalogue: ar, title: 'العربية (right to left)', dir: 'rtl' },
} as const;

const themes = { light: 'Light', dark: 'Dark' } as const;
type Theme = keyof typeof themes;
const isTheme = (value: unknown): value is Theme => typeof value === 'string' && value in themes;

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
    theme: {
      description: 'Light or dark theme of the components (data-promo-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: Object.entries(themes).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', theme: 'light' },
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
      const theme = isTheme(globals.theme) ? globals.theme : 'light';
      const { dir } = locales[locale];
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
            {/* Each state in the chosen theme and writing direction, on the theme's own surface. */}
            <div
              dir={dir}
              lang={locale}
              data-promo-theme={theme}
              style={{
                padding: '1rem',
                background: 'var(--promo-color-surface)',
                color: 'var(--promo-color-text)',
              }}
            >
              <Story />
            </div>
          </PromoMessages>
        </PromoProvider>
      );
    },
  ],
};

export default preview;
