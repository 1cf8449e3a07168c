// Removes every Relay artifact (src/**/__generated__) and empties the
// trusted-documents manifest, so that relay-compiler writes both anew from
// the sources: an operation deleted from the sources leaves no artifact
// and no manifest entry behind, and a clean checkout builds the same files.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function clean(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === '__generated__') rmSync(path, { recursive: true, force: true });
    else clean(path);
  }
}

clean('src');
writeFileSync('persisted-queries.json', '{}\n');
