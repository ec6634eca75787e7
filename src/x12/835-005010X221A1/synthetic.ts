// Synthetic 835 interchanges of any size, produced one transaction set at a time: the input of
// the memory test and of scripts/bench.js. Every file is valid and balanced (lines, claims and
// payment), with envelope counts computed, so a reader must finish it without diagnostics.
// Test support only: not exported from the library's index.

import { SegmentWriter, type ElementValue, type WriterLineBreak } from '../core/writer';
import { formatAmount } from '../core/format';

export interface Synthetic835Options {
  /** Approximate size in characters; generation stops after the transaction set that reaches it. */
  targetChars: number;
  /** Claims per transaction set (one payment each). Default 1000. */
  claimsPerTransaction?: number;
  /** Written after every terminator. Default '\n'. */
  lineBreak?: WriterLineBreak;
  /** Filled in while generating. */
  stats?: Synthetic835Stats;
}

export interface Synthetic835Stats {
  chars: number;
  transactions: number;
  claims: number;
  lines: number;
}

/** Deterministic pseudo-random numbers (a 32-bit LCG), so every run builds the same file. */
class Lcg {
  constructor(private state: number) {}
  /** An integer in [0, n). */
  int(n: number): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return Math.floor((this.state / 0x100000000) * n);
  }
}

const ISA =
  'ISA*00*          *00*          *ZZ*PAYER01        *ZZ*PROVIDER01     *240315*0800*^*00501*000000901*0*P*:~';

/** The file as chunks: the envelope head, then one chunk per transaction set, then the trailers. */
export function* synthetic835(options: Synthetic835Options): Generator<string, void, undefined> {
  const lineBreak = options.lineBreak ?? '\n';
  const perTransaction = options.claimsPerTransaction ?? 1000;
  const stats = options.stats ?? { chars: 0, transactions: 0, claims: 0, lines: 0 };
  const w = new SegmentWriter({ lineBreak });
  const rnd = new Lcg(835);
  const emit = (text: string): string => {
    stats.chars += text.length;
    return text;
  };

  yield emit(ISA + lineBreak + w.segment('GS', ['HP', 'PAYER01', 'PROVIDER01', '20240315', '0800', '901', 'X', '005010X221A1']));
  let st = 0;
  while (stats.chars < options.targetChars || st === 0) {
    st++;
    const body: string[] = [];
    const seg = (id: string, elements: readonly ElementValue[]): void => {
      body.push(w.segment(id, elements));
    };
    let paid = 0;
    seg('LX', ['1']);
    for (let i = 0; i < perTransaction; i++) {
      stats.claims++;
      const pcn = `PCN${String(stats.claims).padStart(9, '0')}`;
      const reversal = rnd.int(20) === 0; // about one claim in twenty is a reversal
      const sign = reversal ? -1 : 1;
      const lineCount = 1 + rnd.int(4);
      const lines: string[] = [];
      let charge = 0;
      let linePaid = 0;
      let patientResponsibility = 0;
      for (let l = 0; l < lineCount; l++) {
        stats.lines++;
        const c = (5000 + rnd.int(45000)) * sign; // 50.00 – 499.99
        const co = Math.floor(c * (10 + rnd.int(30)) / 100);
        const pr = rnd.int(3) === 0 ? Math.floor((c - co) / 5) : 0;
        const p = c - co - pr;
        charge += c;
        linePaid += p;
        patientResponsibility += pr;
        lines.push(w.segment('SVC', [['HC', l % 2 === 0 ? '99214' : '85025', l === 1 ? '25' : ''], formatAmount(c), formatAmount(p), '', reversal ? '-1' : '1']));
        lines.push(w.segment('DTM', ['472', '20240301']));
        lines.push(w.segment('CAS', pr === 0 ? ['CO', '45', formatAmount(co)] : ['CO', '45', formatAmount(co), '', '253', '0']));
        if (pr !== 0) lines.push(w.segment('CAS', ['PR', '2', formatAmount(pr)]));
        lines.push(w.segment('REF', ['6R', `${pcn}L${l + 1}`]));
        lines.push(w.segment('AMT', ['B6', formatAmount(c - co)]));
        if (pr !== 0) lines.push(w.segment('LQ', ['HE', 'N381']));
      }
      // A claim-level adjustment on some claims: CLP04 = Σ SVC03 − claim CAS (835-structure §7).
      const claimCas = rnd.int(4) === 0 ? 100 * sign : 0;
      const clp04 = linePaid - claimCas;
      paid += clp04;
      seg('CLP', [pcn, reversal ? '22' : '1', formatAmount(charge), formatAmount(clp04), formatAmount(patientResponsibility), '12', `ICN${stats.claims}`, '11', '1']);
      if (claimCas !== 0) seg('CAS', ['OA', '23', formatAmount(claimCas)]);
      seg('NM1', ['QC', '1', 'DOE', 'JOHN', '', '', '', 'MI', `W${100000000 + stats.claims}`]);
      seg('NM1', ['82', '1', 'SMITH', 'JANE', '', '', '', 'XX', '1234567893']);
      seg('DTM', ['232', '20240301']);
      seg('DTM', ['233', '20240301']);
      for (const line of lines) body.push(line);
    }
    // Interest paid to the provider (negative) and an overpayment recovery (positive).
    const interest = -(100 + rnd.int(900));
    const recovery = paid > 10000 ? 5000 : 0;
    const plb: ElementValue[] = ['1234567893', '20241231', ['L6'], formatAmount(interest)];
    if (recovery !== 0) plb.push(['WO', 'ICN1'], formatAmount(recovery));
    seg('PLB', plb);
    const total = paid - interest - recovery; // BPR02 = Σ CLP04 − Σ PLB
    const head = [
      w.segment('ST', ['835', String(st).padStart(4, '0')]),
      w.segment('BPR', ['I', formatAmount(Math.abs(total)), total < 0 ? 'D' : 'C', 'ACH', 'CCP', '01', '999999992', 'DA', '123456789', '1512345678', '', '01', '999988880', 'DA', '987654321', '20240315']),
      w.segment('TRN', ['1', `EFT${String(st).padStart(7, '0')}`, '1512345678']),
      w.segment('DTM', ['405', '20240314']),
      w.segment('N1', ['PR', 'ACME HEALTH PLAN']),
      w.segment('N3', ['PO BOX 1000']),
      w.segment('N4', ['SPRINGFIELD', 'IL', '627010000']),
      w.segment('PER', ['BL', 'EDI SUPPORT', 'TE', '8005551212']),
      w.segment('N1', ['PE', 'GOOD HEALTH CLINIC', 'XX', '1234567893']),
    ];
    const segmentCount = head.length + body.length + 1;
    stats.transactions++;
    yield emit(head.join('') + body.join('') + w.segment('SE', [String(segmentCount), String(st).padStart(4, '0')]));
  }
  yield emit(w.segment('GE', [String(st), '901']) + w.segment('IEA', ['1', '000000901']));
}

/** The whole synthetic file as one string. */
export function synthetic835Text(options: Synthetic835Options): string {
  let text = '';
  for (const chunk of synthetic835(options)) text += chunk;
  return text;
}
