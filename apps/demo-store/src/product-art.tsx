import type { ReactNode } from 'react';

import type { Product } from './catalog.js';

const PALETTES = [
  ['#f4d35e', '#ee964b'],
  ['#9ad1d4', '#3a7ca5'],
  ['#c7e8a5', '#5b8e4d'],
  ['#f7b2bd', '#c44569'],
  ['#d6c1f0', '#6c4ab6'],
  ['#f2e3c6', '#a47148'],
] as const;

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) >>> 0;
  return value;
}

/**
 * A product picture drawn locally as SVG: a shape per category in a colour per product. Fixed
 * aspect ratio, so the page never shifts while it loads.
 */
export function ProductArt({ product, size = 240 }: { product: Product; size?: number }): ReactNode {
  const [light, dark] = PALETTES[hash(product.id) % PALETTES.length]!;
  const initials = product.name
    .split(' ')
    .map((word) => word[0])
    .join('')
    .slice(0, 2);
  return (
    <svg
      viewBox="0 0 240 240"
      width={size}
      height={size}
      role="img"
      aria-label={product.name}
      className="product-art"
    >
      <rect width="240" height="240" rx="24" fill={light} />
      {product.category === 'Apparel' ? (
        <path
          d="M70 70 L100 55 Q120 75 140 55 L170 70 L190 105 L165 115 L165 190 L75 190 L75 115 L50 105 Z"
          fill={dark}
        />
      ) : product.category === 'Bags' ? (
        <>
          <path d="M85 95 Q85 55 120 55 Q155 55 155 95" stroke={dark} strokeWidth="12" fill="none" />
          <rect x="60" y="90" width="120" height="100" rx="14" fill={dark} />
        </>
      ) : product.category === 'Kitchen' ? (
        <>
          <rect x="65" y="70" width="95" height="115" rx="16" fill={dark} />
          <path d="M160 95 Q195 95 195 125 Q195 155 160 155" stroke={dark} strokeWidth="14" fill="none" />
        </>
      ) : (
        <circle cx="120" cy="120" r="70" fill={dark} />
      )}
      <text x="120" y="225" textAnchor="middle" fontSize="20" fontFamily="system-ui, sans-serif" fill={dark}>
        {initials}
      </text>
    </svg>
  );
}
