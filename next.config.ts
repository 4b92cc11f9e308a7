import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { developmentOrigin } from './src/lib/development-origin';
import { API_HEADERS, securityHeaders } from './src/lib/security-headers';

const nextConfig: NextConfig = {
  // Native or wasm-heavy packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@electric-sql/pglite-pgvector',
    '@node-rs/argon2',
    'hnswlib-node',
    'mongodb',
    'pdfkit',
    // pdfkit's font reader, also asked directly which glyphs a font has (documents/export/unicode-fonts.ts).
    'fontkit',
    '@pinecone-database/pinecone',
    'pino',
    'postgres',
  ],
  // Read from disk at run time (O*NET occupations, the offline embedding model); serverless
  // bundles must carry them.
  // The PDF export's Unicode fonts (documents/export/unicode-fonts.ts) are read the same way.
  outputFileTracingIncludes: {
    '/**': [
      './data/onet/**',
      './data/models/**',
      './node_modules/dejavu-fonts-ttf/ttf/DejaVu{Sans,Serif,SansMono}{,-Bold}.ttf',
    ],
  },
  poweredByHeader: false,
  headers: () =>
    Promise.resolve([
      { source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'production') },
      { source: '/api/:path*', headers: API_HEADERS },
    ]),
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_DEVELOPMENT_SERVER) {
    const origin = developmentOrigin(process.env);
    if (origin) process.env.NEXTAUTH_URL = origin;
  }
  return nextConfig;
}
