import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes): ~30 ms here, slow for guessing.
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Returns an argon2id PHC string for the password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), OPTIONS);
}

// Verified against when no account matches, so a missing account takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Prepares the decoy at start-up, so the first unknown email costs no extra hashing. */
export function warmDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that never matches anything');
  return decoyHash;
}

/** True when the password matches; a null hash still spends the same time and returns false. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await warmDecoyHash(), `${password}\u0000`).catch(() => false);
    return false;
  }
  return verify(passwordHash, password.normalize('NFKC')).catch(() => false);
}
