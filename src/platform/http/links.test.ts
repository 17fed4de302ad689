import { describe, expect, it } from 'vitest';
import { safeLink, zLink } from './links.js';

/** Finding 8 of issue 9: support contact links accepted `javascript:` and `data:` URLs. */
describe('stored links', () => {
  it.each(['https://support.example.org/line', 'http://intranet.local/policy', 'mailto:help@example.org', 'tel:+441234567890'])('%s is accepted and shown', (url) => {
    expect(zLink().safeParse(url).success).toBe(true);
    expect(safeLink(url)).toBe(url);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://x.example', 'blob:https://x/1', 'not a link'])(
    '%s is refused with a field problem and never shown',
    (url) => {
      const parsed = zLink().safeParse(url);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('must be an https:, http:, mailto: or tel: address');
      expect(safeLink(url)).toBeNull();
    },
  );

  it('a link over its length is refused', () => {
    expect(zLink(30).safeParse(`https://example.org/${'a'.repeat(30)}`).error?.issues[0]?.message).toBe('must be at most 30 characters');
  });
});
