/** A group whose figures were released earlier, by the people it covered. */
export interface EarlierRelease {
  key: string;
  members: readonly string[];
}

export type DifferencingVerdict = { ok: true } | { ok: false; conflictingKey: string; isolated: number };

/**
 * Refuses a new group whose difference from an earlier released group (of the same data)
 * covers fewer than `minGroupSize` people but more than none: "everyone in the team" and
 * "everyone in the team but Sam" are each large, and together they give Sam away.
 * Asking again for exactly the same people is fine; so are groups that share nobody.
 */
export function checkDifferencing(newMembers: ReadonlySet<string>, earlier: readonly EarlierRelease[], minGroupSize: number): DifferencingVerdict {
  for (const release of earlier) {
    const old = new Set(release.members);
    let onlyNew = 0;
    for (const id of newMembers) if (!old.has(id)) onlyNew++;
    let onlyOld = 0;
    for (const id of old) if (!newMembers.has(id)) onlyOld++;
    const overlap = newMembers.size - onlyNew;
    if (overlap === 0) continue;
    for (const isolated of [onlyNew, onlyOld]) {
      if (isolated > 0 && isolated < minGroupSize) return { ok: false, conflictingKey: release.key, isolated };
    }
  }
  return { ok: true };
}
