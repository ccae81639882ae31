// The site's fonts, cut down to what Swedish and English text needs: Basic Latin, the letters
// of Swedish and of names common in the region's news (å ä ö é ü …), typographic punctuation
// (– — ‘ ’ “ ” …), and only the weights the stylesheet uses. From the npm packages' variable
// Latin files (150 KB for the three) to about 73 KB; an article view loads the upright serif and
// the sans (56 KB), and the italic only where a text has emphasis. Written to .fonts/ (generated,
// ignored by git), which app/fonts.ts reads; skipped when the files are already up to date.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const OUT = '.fonts';

const BASIC_LATIN = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCodePoint(0x20 + index)).join('');
const LETTERS = 'åäöÅÄÖéÉèÈêëüÜáàíìóòúùñÑçÇøØæÆß';
const PUNCTUATION = '\u00a0\u00ad\u2009\u2011–—‘’‚“”„…•·€£§°×÷±½¼¾«»‹›©®™′″−';
export const TEXT = BASIC_LATIN + LETTERS + PUNCTUATION;

/** Weights in app/globals.css: 400 to 700 (body, 500, 600, 650 and bold). Italic is body text only. */
export const FACES = [
  { name: 'serif-normal', source: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', wght: { min: 400, max: 700 } },
  { name: 'serif-italic', source: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', wght: 400 },
  { name: 'sans-normal', source: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', wght: { min: 400, max: 700 } },
];

function fingerprint(face, input) {
  return createHash('sha256').update(JSON.stringify({ text: TEXT, wght: face.wght })).update(input).digest('hex');
}

const started = performance.now();
fs.mkdirSync(OUT, { recursive: true });
let made = 0;
let bytes = 0;
await Promise.all(
  FACES.map(async (face) => {
    const input = fs.readFileSync(path.join('node_modules', face.source));
    const target = path.join(OUT, `${face.name}.woff2`);
    const stamp = `${target}.sha256`;
    const wanted = fingerprint(face, input);
    if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) {
      bytes += fs.statSync(target).size;
      return;
    }
    const output = await subsetFont(input, TEXT, { targetFormat: 'woff2', variationAxes: { wght: face.wght } });
    fs.writeFileSync(target, output);
    fs.writeFileSync(stamp, wanted);
    made += 1;
    bytes += output.length;
  }),
);
console.log(`fonts: ${FACES.length} faces, ${(bytes / 1024).toFixed(1)} KB in ${OUT}/ (${made} made, ${FACES.length - made} up to date) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
