// Small 835 files for remittance tests, built from claim specs in integer cents: CAS CO*45 makes up
// each line's difference, CLP03/CLP04 and BPR02 are computed, and envelope counts are counted.
export interface EraLine {
  code: string;
  modifiers?: string[];
  chargeCents: number;
  paidCents: number;
  /** PR*2 (coinsurance) cents inside the line's adjustment; the rest of charge − paid is CO*45. */
  prCents?: number;
  ref6r?: string;
  /** YYYYMMDD. */
  date?: string;
}

export interface EraClaim {
  pcn: string;
  /** CLP02; default '1'. */
  status?: string;
  icn?: string;
  lines: EraLine[];
}

export interface EraTransaction {
  st02?: string;
  trace: string;
  /** BPR16 YYYYMMDD; default 20250401. */
  date?: string;
  claims: EraClaim[];
  /** Overrides the computed BPR02 (to make a set that does not balance). */
  bprCents?: number;
  /** PLB pairs: reason, reference, cents (positive = withheld). */
  plb?: { reason: string; reference?: string; cents: number }[];
}

export function money(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function transactionSegments(t: EraTransaction, index: number): string[] {
  const body: string[] = [];
  let total = 0;
  for (const c of t.claims) {
    const charge = c.lines.reduce((s, l) => s + l.chargeCents, 0);
    const paid = c.lines.reduce((s, l) => s + l.paidCents, 0);
    const pr = c.lines.reduce((s, l) => s + (l.prCents ?? 0), 0);
    total += paid;
    body.push(`CLP*${c.pcn}*${c.status ?? '1'}*${money(charge)}*${money(paid)}*${pr ? money(pr) : ''}*12*${c.icn ?? `ICN-${c.pcn}`}*11*1`);
    body.push('NM1*QC*1*DOE*JANE****MI*W123456789');
    for (const l of c.lines) {
      body.push(`SVC*HC:${[l.code, ...(l.modifiers ?? [])].join(':')}*${money(l.chargeCents)}*${money(l.paidCents)}**1`);
      body.push(`DTM*472*${l.date ?? '20250310'}`);
      const co = l.chargeCents - l.paidCents - (l.prCents ?? 0);
      if (co !== 0) body.push(`CAS*CO*45*${money(co)}`);
      if (l.prCents) body.push(`CAS*PR*2*${money(l.prCents)}`);
      if (l.ref6r) body.push(`REF*6R*${l.ref6r}`);
    }
  }
  const plb = t.plb ?? [];
  const plbTotal = plb.reduce((s, p) => s + p.cents, 0);
  if (plb.length > 0) body.push(`PLB*1234567893*20251231*${plb.map((p) => `${p.reason}${p.reference ? `:${p.reference}` : ''}*${money(p.cents)}`).join('*')}`);
  const amount = t.bprCents ?? total - plbTotal;
  const st02 = t.st02 ?? String(index + 1).padStart(4, '0');
  const date = t.date ?? '20250401';
  const segments = [
    `ST*835*${st02}`,
    `BPR*I*${money(amount)}*C*ACH*CCP*01*999999992*DA*123456789*1512345678**01*999988880*DA*987654321*${date}`,
    `TRN*1*${t.trace}*1512345678`,
    'N1*PR*EXAMPLE HEALTH PLAN',
    'N3*PO BOX 1000',
    'N4*SPRINGFIELD*IL*627010000',
    'REF*2U*99999',
    'PER*BL*EDI SUPPORT*TE*8005551212',
    'N1*PE*SPRINGFIELD FAMILY MEDICINE*XX*1558374629',
    'LX*1',
    ...body,
  ];
  segments.push(`SE*${segments.length + 1}*${st02}`);
  return segments;
}

/** One interchange with one functional group holding the transaction sets. `isa13` changes the bytes only. */
export function build835(transactions: EraTransaction[], isa13 = 1): string {
  const control = String(isa13).padStart(9, '0');
  const segments = [
    `ISA*00*          *00*          *ZZ*EXAMPLEPAYER   *ZZ*X12GW          *250401*1000*^*00501*${control}*0*P*:`,
    `GS*HP*EXAMPLEPAYER*X12GW*20250401*1000*${isa13}*X*005010X221A1`,
    ...transactions.flatMap((t, i) => transactionSegments(t, i)),
    `GE*${transactions.length}*${isa13}`,
    `IEA*1*${control}`,
  ];
  return segments.map((s) => `${s}~`).join('\n') + '\n';
}

/**
 * An ERA for the professional fixture of support/claims.ts (99213 120.00 + 83036 30.00 = 150.00),
 * lines by REF*6R: 145.00 paid, 5.00 coinsurance (PR-2), L6 interest 1.00. `bprCents` overrides
 * BPR02 (to make a set that does not balance).
 */
export function professionalEra(pcn: string, trace: string, bprCents?: number): EraTransaction {
  return {
    trace,
    bprCents,
    claims: [{ pcn, lines: [
      { code: '99213', chargeCents: 12000, paidCents: 12000, ref6r: `${pcn}-1` },
      { code: '83036', chargeCents: 3000, paidCents: 2500, prCents: 500, ref6r: `${pcn}-2` },
    ] }],
    plb: [{ reason: 'L6', cents: -100 }],
  };
}
