import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  tone?: 'info' | 'success' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  /** Take focus when shown: for results that replace the form the person was using. */
  focusOnMount?: boolean;
  /** Make the title a heading when the notice is the outcome of a page section (the import's result). */
  titleAs?: 'h2' | 'h3';
}

/**
 * A calm message box. `tone="error"` is for something that went wrong (role=alert, read at once);
 * the others are polite status messages.
 */
export function Notice({ tone = 'info', title, children, focusOnMount, titleAs }: Props) {
  const Title = titleAs ?? 'p';
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) box.current?.focus();
  }, [focusOnMount]);
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'} ref={box} tabIndex={focusOnMount ? -1 : undefined}>
      {title ? <Title className="notice-title">{title}</Title> : null}
      {children}
    </div>
  );
}
