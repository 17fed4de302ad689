import { describe, expect, it } from 'vitest';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, sessionIsAlive } from './session-rules.js';

const MINUTE = 60 * 1000;
const now = new Date('2026-11-23T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('sessionIsAlive', () => {
  it('uses a 30-minute idle timeout and a 12-hour absolute lifetime', () => {
    expect(IDLE_TIMEOUT_MS).toBe(30 * MINUTE);
    expect(ABSOLUTE_TIMEOUT_MS).toBe(12 * 60 * MINUTE);
  });

  it.each([
    { idle: 0, alive: true },
    { idle: 29 * MINUTE, alive: true },
    { idle: 30 * MINUTE - 1, alive: true },
    { idle: 30 * MINUTE, alive: false },
    { idle: 30 * MINUTE + 1, alive: false },
    { idle: 31 * MINUTE, alive: false },
  ])('idle for $idle ms: alive $alive', ({ idle, alive }) => {
    expect(sessionIsAlive({ createdAt: ago(60 * MINUTE), lastSeenAt: ago(idle) }, now)).toBe(alive);
  });

  it.each([
    { age: 12 * 60 * MINUTE - 1, alive: true },
    { age: 12 * 60 * MINUTE, alive: false },
    { age: 12 * 60 * MINUTE + 1, alive: false },
    { age: 12 * 60 * MINUTE + MINUTE, alive: false },
    { age: 48 * 60 * MINUTE, alive: false },
  ])('created $age ms ago and seen just now: alive $alive', ({ age, alive }) => {
    expect(sessionIsAlive({ createdAt: ago(age), lastSeenAt: now }, now)).toBe(alive);
    expect(sessionIsAlive({ createdAt: ago(age), lastSeenAt: ago(1000) }, now)).toBe(alive);
  });

  it('a brand-new session is alive', () => {
    expect(sessionIsAlive({ createdAt: now, lastSeenAt: now }, now)).toBe(true);
  });
});
