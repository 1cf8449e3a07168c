// Measures the JavaScript the console's first page loads (the scripts
// dist/index.html names: the entry and its preloaded chunks), gzipped,
// and fails the build when it exceeds the budget of 300 KB. Screens load
// their own chunks later and do not count.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = 300 * 1024;
const html = readFileSync('dist/index.html', 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of scripts) {
  total += gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`initial JavaScript of the console: ${scripts.length} files, ${kb(total)} gzipped (budget ${kb(budget)})`);
if (total > budget) {
  console.error('the initial JavaScript is over budget: load more of it lazily');
  process.exit(1);
}
