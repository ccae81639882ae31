// Writes CONTENT.md's table of an article's fields from the content contract
// (lib/content/contract.ts): `npm run docs:content` after a field is added or changed.
// lib/content/contract.test.ts fails while the table in CONTENT.md differs from the contract.
import fs from 'node:fs';
import { withFieldTable } from '../lib/content/content-md';

const file = 'CONTENT.md';
const before = fs.readFileSync(file, 'utf8');
const after = withFieldTable(before);
if (after === before) console.log(`${file}: the field table already matches lib/content/contract.ts`);
else {
  fs.writeFileSync(file, after);
  console.log(`${file}: field table written from lib/content/contract.ts`);
}
