import { describe, expect, it } from 'vitest';
import { REPORT_CAP, reportCapProblem } from './report-cap.js';

describe('reportCapProblem', () => {
  it('allows a report while the person holds fewer than the cap', () => {
    expect(reportCapProblem({ count: REPORT_CAP.jobs - 1, bytes: REPORT_CAP.bytes - 1 })).toBeNull();
  });
  it('refuses a fourth live report, saying how to free one', () => {
    expect(reportCapProblem({ count: REPORT_CAP.jobs, bytes: 0 })).toMatch(/3 reports .* Download them, or wait an hour/);
  });
  it('refuses when the live reports hold the byte cap', () => {
    expect(reportCapProblem({ count: 1, bytes: REPORT_CAP.bytes })).toMatch(/space one person may use/);
  });
});
