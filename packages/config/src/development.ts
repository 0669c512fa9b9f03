/**
 * Development defaults. They apply only when NODE_ENV=development and are refused in every other
 * mode, so a deployment cannot run on them by accident.
 */
export const DEVELOPMENT = {
  jwtSecret: "frikommune-development-jwt-secret-not-for-production",
  issuer: "frikommune-dev",
  audience: "frikommune-supergraph",
  /** Ed25519 key pair the gateway signs subgraph requests with. */
  gatewaySigningKey: `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEINUe2u4arYbPPbLeClZLO8bxoz4qLcr3EdUWkjTYYhge
-----END PRIVATE KEY-----
`,
  gatewayPublicKey: `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEALm4AqPDCyy5+LvSRxZ1+/8W+iYVPhSpi6WmDxyRj0fI=
-----END PUBLIC KEY-----
`,
} as const;
