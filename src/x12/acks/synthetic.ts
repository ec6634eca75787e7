// Builds small, well-enveloped acknowledgment interchanges for tests: a fixed-width ISA, the
// GS/GE and IEA around given transaction sets, and ST/SE with a computed SE01 (STYLE point 5).

export interface SyntheticGroup {
  /** GS01: FA for a 999, HN for a 277CA. */
  functionalId: string;
  /** GS08. */
  version: string;
  /** Whole transaction sets, ST…SE, segments ending in `~`. */
  transactionSets: string[];
}

/** `ST*{type}*{control}*{guide}~ body SE*{count}*{control}~`, the count computed. */
export function transactionSet(type: string, control: string, guide: string, body: string[]): string {
  return [`ST*${type}*${control}*${guide}`, ...body, `SE*${body.length + 2}*${control}`].map((s) => `${s}~`).join('');
}

/** One interchange, ISA13 000000905, with optional TA1 segments between ISA and the first GS. */
export function interchange(groups: SyntheticGroup[], ta1: string[] = []): string {
  const isa = [
    'ISA',
    '00',
    ''.padEnd(10),
    '00',
    ''.padEnd(10),
    'ZZ',
    'RECEIVER01'.padEnd(15),
    'ZZ',
    'SUBMITTER01'.padEnd(15),
    '240316',
    '0900',
    '^',
    '00501',
    '000000905',
    '0',
    'T',
    ':',
  ].join('*');
  const parts = [`${isa}~`, ...ta1.map((t) => `${t}~`)];
  groups.forEach((g, i) => {
    parts.push(`GS*${g.functionalId}*RECEIVER01*SUBMITTER01*20240316*0900*${i + 1}*X*${g.version}~`);
    parts.push(...g.transactionSets);
    parts.push(`GE*${g.transactionSets.length}*${i + 1}~`);
  });
  parts.push(`IEA*${groups.length}*000000905~`);
  return parts.join('\n');
}
