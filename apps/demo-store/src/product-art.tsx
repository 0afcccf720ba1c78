import type { ReactNode } from 'react';

import type { Product } from './catalog.js';

/** Each product's own picture on a 240 × 240 canvas: a background, then the object drawn in shapes. */
const DRAWINGS: Record<string, { background: string; draw: ReactNode }> = {
  mug: {
    background: '#e8f1ee',
    draw: (
      <>
        <ellipse cx="116" cy="190" rx="62" ry="10" fill="#c9d8d3" />
        <path d="M160 100 h14 a26 26 0 0 1 0 52 h-14" fill="none" stroke="#2f6f5e" strokeWidth="12" />
        <path d="M62 78 h104 v88 a22 22 0 0 1 -22 22 h-60 a22 22 0 0 1 -22 -22 z" fill="#2f6f5e" />
        <ellipse cx="114" cy="78" rx="52" ry="10" fill="#24574a" />
        <path d="M62 78 h104 v10 h-104 z" fill="#f4f1ea" opacity="0.9" />
        <path d="M84 120 l14 -18 l10 12 l8 -8 l18 22 z" fill="#f4f1ea" />
        <path
          d="M96 60 q-8 -12 0 -24 M116 60 q-8 -12 0 -24 M136 60 q-8 -12 0 -24"
          stroke="#9bb8ae"
          strokeWidth="4"
          fill="none"
          strokeLinecap="round"
        />
      </>
    ),
  },
  'camp-kettle': {
    background: '#f3ece2',
    draw: (
      <>
        <ellipse cx="120" cy="192" rx="70" ry="10" fill="#ddd1c0" />
        <path
          d="M70 120 q0 -40 50 -40 q50 0 50 40 v44 a24 24 0 0 1 -24 24 h-52 a24 24 0 0 1 -24 -24 z"
          fill="#a9b4bd"
        />
        <path d="M170 132 l36 -26 l4 8 l-34 30 z" fill="#8d99a3" />
        <path d="M84 82 q36 -56 72 0" fill="none" stroke="#3b3f44" strokeWidth="8" strokeLinecap="round" />
        <rect x="104" y="70" width="32" height="12" rx="6" fill="#3b3f44" />
        <path d="M80 130 h80" stroke="#c9d1d8" strokeWidth="6" strokeLinecap="round" />
      </>
    ),
  },
  'enamel-plate-set': {
    background: '#eaf0f7',
    draw: (
      <>
        <ellipse cx="120" cy="176" rx="88" ry="22" fill="#1f4e79" />
        <ellipse cx="120" cy="160" rx="88" ry="22" fill="#f7f7f2" stroke="#1f4e79" strokeWidth="6" />
        <ellipse cx="120" cy="142" rx="88" ry="22" fill="#f7f7f2" stroke="#1f4e79" strokeWidth="6" />
        <ellipse cx="120" cy="124" rx="88" ry="22" fill="#f7f7f2" stroke="#1f4e79" strokeWidth="6" />
        <ellipse cx="120" cy="122" rx="58" ry="12" fill="#e6ecf3" />
        <g fill="#1f4e79">
          <circle cx="92" cy="118" r="2.5" />
          <circle cx="118" cy="126" r="2.5" />
          <circle cx="142" cy="116" r="2.5" />
          <circle cx="106" cy="112" r="2" />
          <circle cx="152" cy="126" r="2" />
        </g>
      </>
    ),
  },
  'pour-over-dripper': {
    background: '#f6ede6',
    draw: (
      <>
        <rect x="70" y="150" width="100" height="44" rx="10" fill="#6b4226" />
        <rect x="62" y="140" width="116" height="14" rx="7" fill="#d95d39" />
        <path d="M62 70 h116 l-30 70 h-56 z" fill="#e86f4a" />
        <path d="M78 82 h84 M86 100 h68 M94 118 h52" stroke="#f6c3a8" strokeWidth="5" strokeLinecap="round" />
        <path d="M120 154 v12" stroke="#3a2414" strokeWidth="6" strokeLinecap="round" />
      </>
    ),
  },
  tote: {
    background: '#f4efe4',
    draw: (
      <>
        <path d="M92 96 q0 -50 28 -50 q28 0 28 50" fill="none" stroke="#7a5c3a" strokeWidth="9" />
        <path d="M58 92 h124 l-10 104 h-104 z" fill="#d9c7a3" />
        <path d="M58 92 h124 v14 h-124 z" fill="#c4ae84" />
        <rect x="100" y="130" width="40" height="36" rx="4" fill="#c4ae84" />
        <path d="M84 120 v60 M156 120 v60" stroke="#c4ae84" strokeWidth="3" strokeDasharray="6 5" />
      </>
    ),
  },
  'summit-daypack': {
    background: '#e9eef2',
    draw: (
      <>
        <path d="M78 62 q42 -30 84 0 v120 a18 18 0 0 1 -18 18 h-48 a18 18 0 0 1 -18 -18 z" fill="#c0392b" />
        <path d="M88 118 h64 v52 a10 10 0 0 1 -10 10 h-44 a10 10 0 0 1 -10 -10 z" fill="#a93226" />
        <path d="M96 118 h48" stroke="#f1c40f" strokeWidth="4" />
        <path d="M80 80 q40 -22 80 0" fill="none" stroke="#922b21" strokeWidth="6" />
        <rect x="60" y="172" width="120" height="12" rx="6" fill="#2c3e50" />
        <rect x="112" y="40" width="16" height="16" rx="5" fill="#2c3e50" />
      </>
    ),
  },
  'hip-pack': {
    background: '#eef0e6',
    draw: (
      <>
        <path d="M20 128 q100 -22 200 0" fill="none" stroke="#2d3a2e" strokeWidth="10" />
        <path d="M64 108 q56 -26 112 0 v40 q-56 34 -112 0 z" fill="#556b2f" />
        <path d="M70 120 q50 -20 100 0" fill="none" stroke="#e8e3c5" strokeWidth="4" />
        <circle cx="168" cy="118" r="5" fill="#e8e3c5" />
        <rect x="108" y="120" width="24" height="14" rx="3" fill="#2d3a2e" />
      </>
    ),
  },
  'roll-top-dry-bag': {
    background: '#e4f2f7',
    draw: (
      <>
        <rect x="78" y="80" width="84" height="116" rx="20" fill="#f39c12" />
        <rect x="70" y="50" width="100" height="30" rx="12" fill="#d68910" />
        <path d="M74 64 h92" stroke="#b9770e" strokeWidth="4" />
        <path d="M70 66 q-24 10 -10 34 M170 66 q24 10 10 34" fill="none" stroke="#1b2631" strokeWidth="6" />
        <path d="M96 130 q24 -16 48 0 q-24 16 -48 0" fill="#fdebd0" />
        <circle cx="120" cy="130" r="5" fill="#d68910" />
      </>
    ),
  },
  cap: {
    background: '#f0ebe4',
    draw: (
      <>
        <path d="M60 140 q0 -72 64 -72 q62 0 62 72 z" fill="#34495e" />
        <path d="M60 140 q74 -8 146 20 q-70 18 -146 -4 z" fill="#2c3e50" />
        <path
          d="M124 68 v72 M92 80 q8 30 8 60 M156 80 q-8 30 -8 60"
          stroke="#4a6480"
          strokeWidth="3"
          fill="none"
        />
        <circle cx="124" cy="68" r="6" fill="#2c3e50" />
        <rect x="104" y="108" width="40" height="18" rx="4" fill="#e67e22" />
      </>
    ),
  },
  'ridge-beanie': {
    background: '#f5e9ec',
    draw: (
      <>
        <circle cx="120" cy="52" r="20" fill="#f8f3ea" />
        <path d="M62 150 q0 -90 58 -90 q58 0 58 90 z" fill="#8e2c48" />
        <rect x="56" y="144" width="128" height="40" rx="10" fill="#6d1f36" />
        <path
          d="M72 150 v28 M88 150 v28 M104 150 v28 M120 150 v28 M136 150 v28 M152 150 v28 M168 150 v28"
          stroke="#8e2c48"
          strokeWidth="4"
        />
        <path
          d="M70 112 l50 -34 l50 34"
          fill="none"
          stroke="#f8f3ea"
          strokeWidth="5"
          strokeLinejoin="round"
        />
      </>
    ),
  },
  'flannel-shirt': {
    background: '#f2ebe5',
    draw: (
      <>
        <path
          d="M74 58 l30 -12 q16 14 32 0 l30 12 l34 50 l-24 16 l-14 -18 v96 h-104 v-96 l-14 18 l-24 -16 z"
          fill="#b03a2e"
        />
        <g stroke="#1c1c1c" strokeWidth="5" opacity="0.55">
          <path d="M62 96 h116 M70 140 h100 M70 180 h100" />
          <path d="M92 60 v142 M148 60 v142" />
        </g>
        <path d="M104 46 l16 22 l16 -22" fill="#7b241c" />
        <path
          d="M120 68 v134"
          stroke="#f5e6d3"
          strokeWidth="3"
          strokeDasharray="2 14"
          strokeLinecap="round"
        />
        <rect x="82" y="96" width="26" height="22" fill="#922b21" />
        <rect x="132" y="96" width="26" height="22" fill="#922b21" />
      </>
    ),
  },
  'rain-shell': {
    background: '#e7f0f8',
    draw: (
      <>
        <path
          d="M72 66 q48 -46 96 0 l32 56 l-24 14 l-14 -20 v86 h-84 v-86 l-14 20 l-24 -14 z"
          fill="#1abc9c"
        />
        <path d="M90 56 q30 -30 60 0 q-30 18 -60 0" fill="#16a085" />
        <path d="M120 72 v130" stroke="#0e6655" strokeWidth="4" />
        <path d="M92 140 h20 M128 140 h20" stroke="#0e6655" strokeWidth="4" strokeLinecap="round" />
        <g fill="#5dade2">
          <path d="M40 40 q6 10 0 16 q-6 -6 0 -16" />
          <path d="M196 60 q6 10 0 16 q-6 -6 0 -16" />
          <path d="M204 170 q6 10 0 16 q-6 -6 0 -16" />
        </g>
      </>
    ),
  },
  'coffee-club': {
    background: '#f3ebe1',
    draw: (
      <>
        <path d="M74 70 h92 l8 126 h-108 z" fill="#5d4037" />
        <path d="M74 70 l10 -24 h72 l10 24 z" fill="#4e342e" />
        <rect x="88" y="110" width="64" height="50" rx="6" fill="#efe4d6" />
        <ellipse cx="110" cy="135" rx="9" ry="13" fill="#6d4c41" transform="rotate(-20 110 135)" />
        <ellipse cx="132" cy="135" rx="9" ry="13" fill="#6d4c41" transform="rotate(20 132 135)" />
        <path d="M110 124 q3 11 0 22 M132 124 q-3 11 0 22" stroke="#efe4d6" strokeWidth="2" fill="none" />
        <circle cx="176" cy="70" r="22" fill="#e67e22" />
        <path d="M168 70 l6 6 l12 -12" stroke="#fff" strokeWidth="4" fill="none" strokeLinecap="round" />
      </>
    ),
  },
};

/** What a product without its own drawing shows: a neutral parcel. */
const PARCEL = {
  background: '#eceff1',
  draw: (
    <>
      <path d="M60 90 l60 -30 l60 30 v70 l-60 30 l-60 -30 z" fill="#b0a17f" />
      <path d="M60 90 l60 30 l60 -30 M120 120 v70" stroke="#8c7e5f" strokeWidth="4" fill="none" />
    </>
  ),
};

/**
 * A product's own picture, drawn in the page as SVG (no image files): each product its own object
 * and colours. Fixed dimensions and aspect ratio, so the page never shifts while it loads.
 */
export function ProductArt({
  product,
  size = 240,
  label,
}: {
  product: Product;
  size?: number;
  /** The accessible name; the product's name by default. Empty when a caption next to it names it. */
  label?: string;
}): ReactNode {
  const { background, draw } = DRAWINGS[product.id] ?? PARCEL;
  const decorative = label === '';
  return (
    <svg
      viewBox="0 0 240 240"
      width={size}
      height={size}
      className="product-art"
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label ?? product.name })}
    >
      <rect width="240" height="240" rx="20" fill={background} />
      {draw}
    </svg>
  );
}
