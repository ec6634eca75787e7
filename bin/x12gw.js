#!/usr/bin/env node
// Entry point of the `x12gw` command. Builds dist/ when it is missing or older than src/ (a fresh
// clone, or a developer who edited src/), then hands over to the compiled CLI.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist', 'src', 'cli.js');
const stamp = path.join(root, 'dist', '.built');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

const srcDir = path.join(root, 'src');
const stale = !fs.existsSync(cli) || !fs.existsSync(stamp) || (fs.existsSync(srcDir) && newestMtime(srcDir) > fs.statSync(stamp).mtimeMs);
if (stale) require('../scripts/build.js').build();

require(cli).main(process.argv).catch((err) => {
  console.error(err && err.message ? err.message : String(err));
  process.exit(1);
});
