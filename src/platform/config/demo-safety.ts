/**
 * Whether Tend may start with the demo organisation. Its accounts share a password printed in
 * the README and at start-up, so they are only safe on a computer nobody else can reach.
 */

/** True for addresses only this computer can connect to. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

export const REMOVE_DEMO_HINT =
  'Remove the demo organisation with `npm run tend -- demo --remove` (it deletes Riverside Community Care and everything in it), or start on an empty database with TEND_DEMO=false.';

/**
 * The reason Tend must not start, or null when it may. `demoPresent`: the demo organisation is
 * in the database or would be loaded now.
 */
export function demoStartProblem(config: { host: string; production: boolean }, demoPresent: boolean): string | null {
  if (!demoPresent) return null;
  if (config.production) {
    return `Tend will not start with the demo accounts while TEND_ENV=production: anyone who has read the README knows their password. ${REMOVE_DEMO_HINT}`;
  }
  if (!isLoopback(config.host)) {
    return `Tend will not start with the demo accounts while it listens on ${config.host} (reachable from a network): anyone who has read the README knows their password. ${REMOVE_DEMO_HINT} To try the demo, leave HOST unset (Tend then listens on 127.0.0.1 only).`;
  }
  return null;
}
