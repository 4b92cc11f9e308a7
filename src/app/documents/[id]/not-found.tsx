import { NotFoundPanel } from '@/app/_components/not-found-panel';

export default function NotFound() {
  return (
    <NotFoundPanel
      message="This document does not exist, or it is not yours."
      href="/documents"
      linkText="Your documents"
    />
  );
}
