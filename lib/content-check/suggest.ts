/**
 * Edit distance that counts a swap of two neighbouring letters as one edit, because that is the
 * commonest slip (`titel` for `title`).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate an editor most likely meant, or undefined when none is close. Case is ignored;
 * `synonyms` maps words an editor may write in Swedish (`titel`, `datum`) to the real name.
 */
export function closestName(input: string, candidates: readonly string[], synonyms: Readonly<Record<string, string>> = {}): string | undefined {
  const wanted = input.trim().toLowerCase();
  const synonym = synonyms[wanted];
  if (synonym && candidates.includes(synonym)) return synonym;
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(wanted, name.toLowerCase());
    // Short names tolerate one slip, longer ones a few: beyond that a suggestion is a guess.
    const allowed = Math.max(1, Math.min(3, Math.floor(Math.max(name.length, wanted.length) / 3)));
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
