/**
 * The Voucherify reference the wire tests read: files of the public, MIT-licensed repository
 * voucherifyio/voucherify-openapi at one pinned commit, each with the SHA-256 of its bytes there.
 * Only these hashes live in PromoKit; the files are read from a copy beside the checkout
 * (`../shared/voucherify`, where each file has the name given here) or downloaded into a cache.
 */
export interface ReferenceFile {
  /** The file's name in a copy of the reference, e.g. `readOnly-openAPI.json`. */
  name: string;
  /** The file's path in the repository at {@link VOUCHERIFY_REFERENCE.commit}. */
  path: string;
  /** SHA-256 of the file's bytes at that commit, lowercase hex. */
  sha256: string;
  /** Whether a copy of the reference holds the file (the guide is only ever downloaded). */
  inCopy: boolean;
}

/** Where Voucherify's reference comes from, and every file of it with its hash. */
export const VOUCHERIFY_REFERENCE = {
  repository: 'voucherifyio/voucherify-openapi',
  commit: '65c33a7ab4384e3df9e382751157aca4b1352cd6',
  files: [
    {
      name: 'readOnly-openAPI.json',
      path: 'production/readOnly-openAPI.json',
      sha256: '346edb58f60f91b35ce09756735c7b479455383b1486b839c9031182128d336f',
      inCopy: true,
    },
    {
      name: 'qualifications.json',
      path: 'documentation/openapi/qualifications.json',
      sha256: '68b2a708ecdf2b313610a4e6605a3314d9c8485912da6fc5e8793771ab0c32ee',
      inCopy: true,
    },
    {
      name: 'validations.json',
      path: 'documentation/openapi/validations.json',
      sha256: '0e9e610972e2471dcc0b9be59b5415f09a527daa488651e59317d202971ac3b7',
      inCopy: true,
    },
    {
      name: 'redemptions.json',
      path: 'documentation/openapi/redemptions.json',
      sha256: 'ba71951d2bc317857fc44321b4169b38ab3085491768ea5724648fb3a45cf47f',
      inCopy: true,
    },
    {
      name: 'client-side.json',
      path: 'documentation/openapi/client-side.json',
      sha256: 'e2d3a4412afa309becb09a61ce7286161683d7f09e628b5bcbd05e8843d3a234',
      inCopy: true,
    },
    {
      name: 'customers.json',
      path: 'documentation/openapi/customers.json',
      sha256: '0383f098a92ff7c3b20c69345e32981eff703f572b6a598e64593e1af8807f7c',
      inCopy: true,
    },
    {
      name: 'events.json',
      path: 'documentation/openapi/events.json',
      sha256: 'be79a160dc3620648a2b2aac4e67f19970e5fc520fb52ec37ecc915636f0ee9f',
      inCopy: true,
    },
    {
      name: 'OpenAPIWebhooks.json',
      path: 'reference/OpenAPIWebhooks.json',
      sha256: '194a0b3b6db5ea7d6d56e630a73ff76fbeffc6647548d886d2957b94814646d3',
      inCopy: true,
    },
    {
      // The guide whose code blocks hold the only stacked redemption and stacked rollback responses.
      name: 'manage-stackable-discounts.mdx',
      path: 'documentation/guides/manage-stackable-discounts.mdx',
      sha256: 'd2e8a62250dcc9bf4c25616fc510fb2be28658d4cf218fad3f40a3dc7b2501f2',
      inCopy: false,
    },
  ] as const satisfies readonly ReferenceFile[],
};

/** The name of a file of the reference, e.g. `readOnly-openAPI.json`. */
export type ReferenceFileName = (typeof VOUCHERIFY_REFERENCE.files)[number]['name'];
