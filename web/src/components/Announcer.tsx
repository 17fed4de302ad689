import { useAnnouncement } from './announcer';

export function Announcer() {
  const message = useAnnouncement();
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
