import '@promokit/ui/tokens.css';
import '@promokit/ui/styles.css';

import { createPromoClient } from '@promokit/core';
import { PromoProvider } from '@promokit/react';
import type { Preview } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';

const client = createPromoClient({ baseUrl: '/api/promotions' });

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
  },
  decorators: [
    (Story) => (
      <PromoProvider client={client} queryClient={new QueryClient()} locale="en-US" currency="USD">
        <Story />
      </PromoProvider>
    ),
  ],
};

export default preview;
