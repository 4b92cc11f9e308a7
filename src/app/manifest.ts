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
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
