/*
 * GiveMeJobs service worker: the app opens without a network.
 *
 * - On install it stores the app shell: the /offline page (fetched signed out, so no one's data is
 *   kept), the stylesheets and scripts that page loads, the icons and the manifest.
 * - Pages always come from the network; when the network fails the stored /offline page answers.
 *   Pages themselves are never stored: they hold the signed-in user's data.
 * - Static files (/_next/static, icons) come from the network too and are stored as they pass,
 *   so a failed request can be answered from the store.
 * Bump VERSION when the shell changes; activate drops every other version's store.
 */
const VERSION = 'v1';
const CACHE = `givemejobs-shell-${VERSION}`;
const OFFLINE_URL = '/offline';
const SHELL = ['/icon.svg', '/icon-192.png', '/icon-512.png', '/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const offline = await fetch(OFFLINE_URL, { credentials: 'omit', cache: 'reload' });
      if (!offline.ok) throw new Error(`${OFFLINE_URL} answered ${offline.status}`);
      const html = await offline.clone().text();
      const assets = [...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]);
      await cache.put(OFFLINE_URL, offline);
      await cache.addAll([...new Set([...SHELL, ...assets])]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

function isStatic(url) {
  return url.pathname.startsWith('/_next/static/') || SHELL.includes(url.pathname);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(OFFLINE_URL)) ?? Response.error()),
    );
    return;
  }

  if (isStatic(url)) {
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request);
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
          }
          return response;
        } catch (error) {
          const stored = await caches.match(request);
          if (stored) return stored;
          throw error;
        }
      })(),
    );
  }
});
