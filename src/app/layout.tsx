import type { Metadata } from 'next';
import { after, connection } from 'next/server';
import type { ReactNode } from 'react';
import { notePageRendered } from '@/server/services/matching/first-page-signal';
import { TRPCReactProvider } from '@/trpc/react';
import { ServiceWorker } from './_components/service-worker';
import { SiteFooter } from './_components/site-footer';
import { SiteHeader } from './_components/site-header';
import { readThemeChoice } from './_components/theme/read-theme';
import { themeClass } from './_components/theme/theme-choice';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'GiveMeJobs', template: '%s · GiveMeJobs' },
  description: 'Find work that fits you: search jobs, see why they match, and track every application.',
  // Browsers ask for /favicon.ico on every page without this (a 404 each time).
  icons: { icon: '/icon.svg', apple: '/icon-192.png' },
};

/**
 * Every page is rendered per request: the CSP script nonce (src/proxy.ts) is new on each response
 * and Next stamps it on its scripts while rendering; a page built ahead of time would carry none
 * and its scripts would be refused.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  // A fresh clone's first start prepares matching once this page has been sent
  // (first-page-signal.ts): preparing while it renders made its queries wait on the embedded
  // database, one connection shared with the preparation's batches.
  after(notePageRendered);
  // Rendered with the reader's theme class: no script runs before paint (the CSP allows none).
  const theme = themeClass(await readThemeChoice());
  return (
    <html lang="en" className={theme}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <ServiceWorker />
        <TRPCReactProvider>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-5xl px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </TRPCReactProvider>
      </body>
    </html>
  );
}
