import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.resolve(__dirname, '../fixtures/claims');

/** A fresh deep copy of a claim fixture, so a test can change it freely. */
export function claimFixture(name: 'professional-office-visit' | 'institutional-outpatient-er' | 'dental-crown'): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
}

let counter = 0;
/** A patient control number nobody else in the test run uses (≤ 20 chars). */
export function uniquePcn(): string {
  counter += 1;
  return `T${process.pid.toString(36)}${Date.now().toString(36)}${counter}`.slice(0, 20).toUpperCase();
}
