import type { MetadataRoute } from 'next';

/** The web app manifest (served at /manifest.webmanifest): name, colours and icons for "install". */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'GiveMeJobs',
    short_name: 'GiveMeJobs',
    description: 'Find work that fits: matches with reasons, applications tracked, open and self-hostable.',
    start_url: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#1d4ed8',
    // PNGs at the two sizes install prompts require; the maskable one keeps its glyph in the safe zone.
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
