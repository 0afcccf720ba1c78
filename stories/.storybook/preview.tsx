import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';

import { createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import { PromoMessages, de, en } from '@promokit/ui';
import type { Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';

const client = createPromoClient({ baseUrl: '/api/promotions' });

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
  decorators: [
    (Story, { globals }) => {
      const locale = isLocale(globals.locale) ? globals.locale : 'en-US';
      return (
        <PromoProvider
          client={client}
          queryClient={new QueryClient()}
          locale={locale}
          currency="USD"
          persistCodes="none"
        >
          <PromoMessages catalogue={locales[locale].catalogue}>
            <Story />
          </PromoMessages>
        </PromoProvider>
      );
    },
  ],
};

export default preview;
