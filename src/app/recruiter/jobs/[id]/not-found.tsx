import { NotFoundPanel } from '@/app/_components/not-found-panel';

export default function NotFound() {
  return (
    <NotFoundPanel
      message="This job does not exist, or it is not your company's."
      href="/recruiter"
      linkText="Your company's jobs"
    />
  );
}
