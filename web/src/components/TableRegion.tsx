import type { ReactNode } from 'react';

/**
 * A wide table's scroll box. On a narrow screen the table scrolls sideways, so the box must
 * take keyboard focus (WCAG 2.1.1) and be named by the table's caption.
 */
export function TableRegion({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be reachable by keyboard to scroll it
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}
