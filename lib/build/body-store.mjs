// The compiled bodies of the documents, kept out of Contentlayer's documents: each in a file of
// its own under .contentlayer/bodies/, named by its content's hash, with a mark in the document's
// `body.code` that names it. Contentlayer writes every document as indented JSON and the whole
// collection once more, all at once, and keeps a cache of them; with the bodies' code in them
// that was the content step's peak. In `npm run bench` at 10,000 articles the step peaked at
// 2,166 MB before (run of 22:38) and 1,633 MB with this and the Tailwind sources of
// app/globals.css (01:20, bench/README.md).
//
// lib/build/mdx-compile.ts stores a body as it is compiled; lib/content/content-data.ts and
// scripts/snapshot-content.mjs read it back with resolveBodyCode. Plain JS: the snapshot runs in
// Node without a loader. A file is never rewritten (its name is its content's hash), so a server
// previewing while Contentlayer compiles again never reads half a body.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The folder of the bodies, beside Contentlayer's `generated/` folder in `.contentlayer/`. */
export function bodyStoreDir(contentlayerDir) {
  return path.join(contentlayerDir, 'bodies');
}

const MARK = /^\/\*body:([0-9a-f]{64})\*\//;

let partials = 0;

/**
 * Writes a compiled body (esbuild's output) to the store of `contentlayerDir`, unless it is there,
 * and resolves with the mark that stands for it in the document. Asynchronous: Contentlayer's
 * thread is the content step's busiest, and creating a file cost it 1.2 ms a body (a CPU profile
 * at 1,000 articles: 8 % of the thread, in openSync); the file system's work is done off it.
 * @param {string} contentlayerDir
 * @param {Uint8Array} code
 */
export async function storeBody(contentlayerDir, code) {
  const hash = crypto.createHash('sha256').update(code).digest('hex');
  const dir = bodyStoreDir(contentlayerDir);
  const file = path.join(dir, `${hash}.js`);
  await fs.promises.mkdir(dir, { recursive: true });
  const stored = await fs.promises.access(file).then(
    () => true,
    () => false,
  );
  if (!stored) {
    // Written under a name of its own, then renamed: a reader sees the whole file or none.
    const partial = `${file}.${process.pid}-${(partials += 1)}.tmp`;
    await fs.promises.writeFile(partial, code);
    await fs.promises.rename(partial, file);
  }
  return `/*body:${hash}*/`;
}

/**
 * A document's `body.code` with its body read back from the store of `contentlayerDir`. Code
 * without a mark (a document generated before the store existed) is returned as it is.
 * @param {string} code
 * @param {string} contentlayerDir
 * @param {string} documentPath the document's source file, for the error
 */
export function resolveBodyCode(code, contentlayerDir, documentPath) {
  const mark = MARK.exec(code);
  if (!mark) return code;
  const file = path.join(bodyStoreDir(contentlayerDir), `${mark[1]}.js`);
  let body;
  try {
    body = fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch (error) {
    throw new Error(`${documentPath}: its compiled body (${file}) is missing. Run \`npm run content\` again.`, { cause: error });
  }
  return body + code.slice(mark[0].length);
}
