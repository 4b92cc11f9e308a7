import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or wasm-heavy packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@electric-sql/pglite-pgvector',
    '@node-rs/argon2',
    'pino',
    'postgres',
  ],
  // Read from disk at run time (O*NET occupations); serverless bundles must carry it.
  outputFileTracingIncludes: { '/**': ['./data/onet/**'] },
  poweredByHeader: false,
};

export default nextConfig;
