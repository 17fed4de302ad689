import type { Decision } from '../access/policy.js';
import { forbidden, notFound } from '../http/errors.js';

/**
 * Turns a policy's decision into the one error path: hidden → 404 naming `what` (the same answer
 * as an id that does not exist), denied → 403 with the policy's reason. Use-cases call this right
 * after loading the resource, before anything else is read or written.
 */
export function authorize(decision: Decision, what: string): void {
  if (decision.kind === 'hidden') throw notFound(what);
  if (decision.kind === 'denied') throw forbidden(decision.reason);
}
