import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { searchIndexDir } from '@/lib/build/build-dir.mjs';
import { searchFile } from '@/lib/search/search-files';

// The search index is written into the build folder after `next build` (scripts/build-search-index.mjs),
// so it cannot be prerendered: every request reads the file the current build folder holds. It
// lives outside [locale] because the proxy matcher skips dotted paths.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ path: string[] }> };

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

export async function GET(request: Request, { params }: Context) {
  const file = searchFile((await params).path);
  if (!file) return notFound();
  // Read at request time from the folder this server was built into (.next, or .next-fixture).
  const root = path.join(/* turbopackIgnore: true */ process.cwd(), searchIndexDir);
  const filePath = path.join(root, ...file.segments);
  if (!filePath.startsWith(root + path.sep)) return notFound();

  const stats = await stat(filePath).catch(() => null);
  if (!stats?.isFile()) return notFound();
  const etag = `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`;
  const headers = { 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl, ETag: etag, 'X-Content-Type-Options': 'nosniff' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(await readFile(filePath)), { headers });
}
