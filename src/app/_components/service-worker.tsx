'use client';

import { useEffect } from 'react';

/** Registers public/sw.js, which answers with the offline page when the network fails. */
export function ServiceWorker() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Unsupported or refused (private windows, plain http on another host): the app works without it.
    });
  }, []);
  return null;
}
