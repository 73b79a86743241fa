// Which conflicts concern a round. A conflict names its round by a key such as "Russia|Ukraine|2025-05-16"
// (the sides, then the date or the ordinal), so a round matches when its date or number and its parties do.
export function conflictsOf(round, conflicts) {
  return conflicts.filter(c => {
    const key = /\bround (\S+)/.exec(c.subject)?.[1];
    if (!key) return false;
    const parts = key.split("|");
    const when = parts.at(-1);
    const matchesWhen = (round.date && when === round.date) || (round.number && when === String(round.number));
    return matchesWhen && parts.slice(0, -1).every(p => round.parties.includes(p));
  });
}

/** The party whose delegation a conflict is about ("Ukraine delegation at round …"), or null. */
export const conflictParty = conflict => /^(.+?) delegation at round /.exec(conflict.subject)?.[1] ?? null;
