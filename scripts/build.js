#!/usr/bin/env node
// Compiles src/ to dist/src/ with SWC (about a second; `npm run typecheck` is the type check).
// Runs on `npm ci` (prepare) so `npx x12gw` works right after install, and from bin/x12gw.js when
// dist/ is missing or older than src/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const outDir = path.join(root, 'dist', 'src');

function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function build() {
  let swc;
  try {
    swc = require('@swc/core');
  } catch {
    console.error('x12gw build: @swc/core is not installed; run `npm ci` first');
    process.exit(1);
  }
  const options = {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: true,
  };
  fs.rmSync(outDir, { recursive: true, force: true });
  const files = listSources(srcDir);
  for (const file of files) {
    const rel = path.relative(srcDir, file);
    const target = path.join(outDir, rel.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const result = swc.transformFileSync(file, { ...options, filename: file, sourceFileName: path.relative(path.dirname(target), file) });
    fs.writeFileSync(target, result.code + `\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    if (result.map) fs.writeFileSync(target + '.map', result.map);
  }
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', '.built'), new Date().toISOString() + '\n');
  return files.length;
}

if (require.main === module) {
  const started = Date.now();
  if (!fs.existsSync(srcDir)) process.exit(0);
  const count = build();
  if (!process.argv.includes('--quiet')) console.log(`x12gw build: ${count} files in ${Date.now() - started} ms`);
}

module.exports = { build };
