import { revalidatePath } from 'next/cache';
import { bearerToken, FILE_ROUTES, LISTING_ROUTES, MAX_BODY_BYTES, SITEMAP_FILES_LAYOUT, parsePathsBody, processToken, secretMatches } from '@/lib/content/revalidate-request';

// Pages are rendered once per deploy. This marks them for rendering again: called by the
// publication schedule of this very process when an article's time comes
// (lib/content/publication-schedule.ts), and by deploy hooks or editors' tools with REVALIDATE_SECRET.

function json(status: number, body: object, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export async function POST(request: Request) {
  const secret = process.env.REVALIDATE_SECRET ?? '';
  const unauthorized = { 'WWW-Authenticate': 'Bearer realm="revalidate"' };
  const token = bearerToken(request.headers.get('authorization'));
  const fromSchedule = token !== null && secretMatches(token, processToken());
  if (!fromSchedule && secret === '') return json(401, { error: 'Revalidation is switched off: REVALIDATE_SECRET is not configured.' }, unauthorized);
  if (!fromSchedule && (token === null || !secretMatches(token, secret))) return json(401, { error: 'Missing or wrong bearer token.' }, unauthorized);

  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return json(413, { error: `The body may be at most ${MAX_BODY_BYTES} bytes.` });
  let text: string;
  try {
    text = await request.text();
  } catch {
    return json(400, { error: 'The body could not be read.' });
  }
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return json(413, { error: `The body may be at most ${MAX_BODY_BYTES} bytes.` });
  const parsed = parsePathsBody(text);
  if (!parsed.ok) return json(400, { error: parsed.error });

  if (parsed.paths === null) {
    for (const route of LISTING_ROUTES) revalidatePath(route, 'page');
    for (const path of FILE_ROUTES) revalidatePath(path);
    // Every file under /sitemaps/, whichever the index names now.
    revalidatePath(SITEMAP_FILES_LAYOUT, 'layout');
    return json(200, { revalidated: true, scope: 'listings', routes: [...LISTING_ROUTES, ...FILE_ROUTES, `${SITEMAP_FILES_LAYOUT}/*`], now: new Date().toISOString() });
  }
  for (const { internalPath } of parsed.paths) revalidatePath(internalPath);
  return json(200, { revalidated: true, scope: 'paths', paths: parsed.paths.map(({ path }) => path), now: new Date().toISOString() });
}

function methodNotAllowed() {
  return json(405, { error: 'Use POST.' }, { Allow: 'POST' });
}

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
