import { useSyncExternalStore } from 'react';

/**
 * A single polite live region for the whole app: screen readers hear which page opened
 * (a single-page app gives them no page load to announce) and short confirmations.
 */
let message = '';
const listeners = new Set<() => void>();

export function announce(text: string) {
  // clearing first makes a repeated message ("Saved") be read again
  message = '';
  for (const l of listeners) l();
  window.setTimeout(() => {
    message = text;
    for (const l of listeners) l();
  }, 50);
}

export function useAnnouncement(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => message,
  );
}
