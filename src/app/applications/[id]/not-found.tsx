import { NotFoundPanel } from '@/app/_components/not-found-panel';

export default function NotFound() {
  return (
    <NotFoundPanel
      message="This application does not exist, or it is not yours."
      href="/applications"
      linkText="Your applications"
    />
  );
}
