import { describe, expect, it } from 'vitest';
import { runAfterResponse, settleAfterResponse } from './after-response.js';

describe('runAfterResponse', () => {
  it('starts the work only after the caller has moved on, and settles it on request', async () => {
    const order: string[] = [];
    runAfterResponse('a task', async () => {
      order.push('task');
    }, () => {});
    order.push('answered');
    await settleAfterResponse();
    expect(order).toEqual(['answered', 'task']);
  });

  it('logs a failure instead of letting it escape as an unhandled rejection', async () => {
    const logs: string[] = [];
    runAfterResponse('sending a mail', () => Promise.reject(new Error('no route to host')), (m) => logs.push(m));
    await settleAfterResponse();
    expect(logs).toEqual(['sending a mail failed: no route to host']);
  });
});
