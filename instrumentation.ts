// Runs once when a server process starts. In production it starts the publication schedule,
// which revalidates the pages that show a scheduled article when its time comes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  // `next build` loads this file too, while prerendering: nothing to schedule there.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startPublicationSchedule } = await import('./lib/content/publication-schedule');
  startPublicationSchedule();
}
