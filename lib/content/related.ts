/** What ranking reads of an article; `time` is its date parsed, when the caller has it already. */
export type Rankable = { id: string; date: string; tags: string[]; time?: number };

type Scored<T> = { candidate: T; shared: number; distance: number; time: number };

function before<T extends Rankable>(a: Scored<T>, b: Scored<T>): boolean {
  return (b.shared - a.shared || a.distance - b.distance || b.time - a.time || a.candidate.id.localeCompare(b.candidate.id)) < 0;
}

/**
 * Related articles: those sharing the most topics first, then the nearest in time (newer
 * before older when equally near), never the article itself.
 *
 * Every article page asks this of the whole archive, so it keeps only the best `limit` while it
 * scans (no sort of thousands of candidates) and reads each date once.
 */
export function rankRelated<T extends Rankable>(target: Rankable, candidates: Iterable<T>, limit: number): T[] {
  if (limit <= 0) return [];
  const targetTags = new Set(target.tags);
  const targetTime = target.time ?? Date.parse(target.date);
  const best: Scored<T>[] = [];
  for (const candidate of candidates) {
    if (candidate.id === target.id) continue;
    let shared = 0;
    for (const tag of candidate.tags) if (targetTags.has(tag)) shared += 1;
    const time = candidate.time ?? Date.parse(candidate.date);
    const scored = { candidate, shared, distance: Math.abs(time - targetTime), time };
    if (best.length === limit && !before(scored, best[best.length - 1]!)) continue;
    let index = best.length;
    while (index > 0 && before(scored, best[index - 1]!)) index -= 1;
    best.splice(index, 0, scored);
    if (best.length > limit) best.pop();
  }
  return best.map(({ candidate }) => candidate);
}
