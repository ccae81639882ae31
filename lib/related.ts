export type Rankable = { id: string; date: string; tags: string[] };

/**
 * Related articles: those sharing the most topics first, then the nearest in time (newer
 * before older when equally near), never the article itself.
 */
export function rankRelated<T extends Rankable>(target: Rankable, candidates: T[], limit: number): T[] {
  const targetTags = new Set(target.tags);
  const targetTime = Date.parse(target.date);
  return candidates
    .filter((candidate) => candidate.id !== target.id)
    .map((candidate) => ({
      candidate,
      shared: candidate.tags.filter((tag) => targetTags.has(tag)).length,
      distance: Math.abs(Date.parse(candidate.date) - targetTime),
      time: Date.parse(candidate.date),
    }))
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || b.time - a.time || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
