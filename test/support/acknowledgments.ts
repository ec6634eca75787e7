// Builds TA1, 999 and 277CA interchanges answering our submissions, for tests: the clearinghouse
// is the ISA sender and we are the receiver (ours swapped), ISA13 chosen by the caller so every
// file has its own sha256.

export interface AckParties {
  /** The clearinghouse (ISA06 of the acknowledgment). */
  clearinghouse: string;
  /** Us (ISA08 of the acknowledgment). */
  us: string;
}

function isa(p: AckParties, isa13: number): string {
  return ['ISA', '00', ''.padEnd(10), '00', ''.padEnd(10), 'ZZ', p.clearinghouse.padEnd(15), 'ZZ', p.us.padEnd(15), '250401', '1200', '^', '00501', String(isa13).padStart(9, '0'), '0', 'P', ':'].join('*');
}

function envelope(p: AckParties, isa13: number, body: string[], group?: { functionalId: string; version: string; sets: string[][] }): string {
  const n = String(isa13).padStart(9, '0');
  const out = [isa(p, isa13), ...body];
  if (group) {
    out.push(`GS*${group.functionalId}*${p.clearinghouse}*${p.us}*20250401*1200*${isa13}*X*${group.version}`);
    group.sets.forEach((segs, i) => {
      const st02 = String(i + 1).padStart(4, '0');
      out.push(`ST*${segs[0]}*${st02}*${group.version}`, ...segs.slice(1), `SE*${segs.length + 1}*${st02}`);
    });
    out.push(`GE*${group.sets.length}*${isa13}`);
  }
  out.push(`IEA*${group ? 1 : 0}*${n}`);
  return out.map((s) => `${s}~`).join('\n') + '\n';
}

export function ta1File(p: AckParties, isa13: number, ours: { isa13: string; date?: string; time?: string }, code: 'A' | 'E' | 'R', note = '000'): string {
  return envelope(p, isa13, [`TA1*${ours.isa13}*${ours.date ?? '250401'}*${ours.time ?? '1200'}*${code}*${note}`]);
}

export interface Ik3 {
  segmentId: string;
  position: number;
  loop?: string;
  code: string;
  clm01?: string;
  ik4?: { position: number; reference: string; code: string; bad?: string };
}

export interface Ak2 {
  st02: string;
  ik5: string;
  ik502?: string;
  errors?: Ik3[];
}

export function ack999File(p: AckParties, isa13: number, gs06: string, sets: Ak2[], ak9: { code: string; included: number; received: number; accepted: number; errors?: string[] }, version = '005010X222A1'): string {
  const segs = ['999', `AK1*HC*${gs06}*${version}`];
  for (const s of sets) {
    segs.push(`AK2*837*${s.st02}*${version}`);
    for (const e of s.errors ?? []) {
      segs.push(`IK3*${e.segmentId}*${e.position}*${e.loop ?? ''}*${e.code}`);
      if (e.clm01) segs.push(`CTX*CLM01:${e.clm01}`);
      if (e.ik4) segs.push(`IK4*${e.ik4.position}*${e.ik4.reference}*${e.ik4.code}${e.ik4.bad ? `*${e.ik4.bad}` : ''}`);
    }
    segs.push(`IK5*${s.ik5}${s.ik502 ? `*${s.ik502}` : ''}`);
  }
  segs.push(`AK9*${ak9.code}*${ak9.included}*${ak9.received}*${ak9.accepted}${(ak9.errors ?? []).map((e) => `*${e}`).join('')}`);
  return envelope(p, isa13, [], { functionalId: 'FA', version: '005010X231A1', sets: [segs] });
}

export interface ClaimStatus277 {
  pcn: string;
  /** `A2:20`, `A7:562:82`, … */
  stc: string;
  action: 'WQ' | 'U';
  charge: string;
  payerClaimNumber?: string;
}

export function ack277File(p: AckParties, isa13: number, claims: ClaimStatus277[], billingNpi = '1234567893', payerId = '99999'): string {
  const segs = [
    '277', `BHT*0085*08*ACK${isa13}*20250401*1200*TH`,
    'HL*1**20*1', `NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*${payerId}`, 'TRN*1*RCPT0001', 'DTP*050*D8*20250401', 'DTP*009*D8*20250401',
    'HL*2*1*21*1', `NM1*41*2*X12GW SUBMITTER*****46*${p.us}`, 'TRN*2*BATCH0001', 'STC*A1:19:PR*20250401*WQ*0',
    'HL*3*2*19*1', `NM1*85*2*CLINIC*****XX*${billingNpi}`, 'TRN*1*PRV0001', 'STC*A1:19:PR**WQ*0',
  ];
  claims.forEach((c, i) => {
    segs.push(`HL*${4 + i}*3*PT`, `NM1*QC*1*DOE*JOHN****MI*W${1000 + i}`, `TRN*2*${c.pcn}`, `STC*${c.stc}*20250401*${c.action}*${c.charge}`);
    if (c.payerClaimNumber) segs.push(`REF*1K*${c.payerClaimNumber}`);
    segs.push('DTP*472*D8*20250301');
  });
  return envelope(p, isa13, [], { functionalId: 'HN', version: '005010X214', sets: [segs] });
}
