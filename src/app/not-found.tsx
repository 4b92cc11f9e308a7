import { NotFoundPanel } from './_components/not-found-panel';

export default function NotFound() {
  return (
    <NotFoundPanel
      message="This page does not exist, or the job was removed."
      href="/jobs"
      linkText="Browse open jobs"
    />
  );
}
