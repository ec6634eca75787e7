// The arithmetic of the reconciliation summary, in integer cents: the database hands over exact
// sums per group (numeric → text), this file classifies and adds them. No I/O.
import { amountToCents, formatAmount } from '../claims/money';
import { COST_SHARING_CARCS, isDenialAdjustment } from '../remittance/posting-rules';

export { COST_SHARING_CARCS };

export interface AdjustmentAggregate {
  group: string | null;
  reason: string | null;
  /** The adjustment sits on a denied claim payment (CLP02 4): everything but the patient's share is denied. */
  denied: boolean;
  /** Number of CAS adjustments (a reversal counts −1). */
  count: number;
  amount: string;
}

export interface SummaryInput {
  remittances: { count: number; amount: string };
  claimPayments: { count: number; billed: string; paid: string };
  unmatched: { count: number; charge: string; paid: string };
  adjustments: AdjustmentAggregate[];
  providerAdjustments: { reason: string; amount: string }[];
}

export interface DenialLine {
  reason: string;
  description: string | null;
  count: number;
  amount: string;
}

export interface ReconciliationSummary {
  remittances: { count: number; amount: string };
  claimPayments: { count: number };
  billed: string;
  paid: string;
  contractualAdjustments: string;
  patientResponsibility: string;
  /** Σ of every group other than CO and PR, by CAS01 group. */
  otherAdjustments: { total: string; byGroup: Record<string, string> };
  denials: { count: number; amount: string; byReason: DenialLine[] };
  /** Σ PLB (positive = withheld from the payment), and by PLB reason. */
  providerAdjustments: { net: string; byReason: Record<string, string> };
  unmatched: { count: number; charge: string; paid: string };
  /** Σ paid − PLB net − Σ BPR02; 0.00 when every remittance balanced. */
  paymentDifference: string;
}

function addTo(map: Map<string, bigint>, key: string, cents: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + cents);
}

function formatMap(map: Map<string, bigint>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of [...map.keys()].sort()) out[key] = formatAmount(map.get(key)!);
  return out;
}

export function summarize(input: SummaryInput, describeCarc: (code: string) => string | null = () => null): ReconciliationSummary {
  const byGroup = new Map<string, bigint>();
  const denialCents = new Map<string, bigint>();
  const denialCounts = new Map<string, number>();
  for (const a of input.adjustments) {
    const cents = amountToCents(a.amount);
    const group = (a.group ?? '').toUpperCase() || 'UNKNOWN';
    addTo(byGroup, group, cents);
    const reason = a.reason ?? '';
    // The same rule that decides paid / partially_paid / denied (posting-rules.ts): a CARC that is
    // neither the contract, sequestration, a prior payer nor the patient's share takes money away.
    if ((isDenialAdjustment(a.group, a.reason) || (a.denied && a.group !== 'PR')) && !COST_SHARING_CARCS.has(reason)) {
      addTo(denialCents, reason, cents);
      denialCounts.set(reason, (denialCounts.get(reason) ?? 0) + a.count);
    }
  }
  const contractual = byGroup.get('CO') ?? 0n;
  const patient = byGroup.get('PR') ?? 0n;
  const other = new Map([...byGroup].filter(([g]) => g !== 'CO' && g !== 'PR'));
  const otherTotal = [...other.values()].reduce((s, c) => s + c, 0n);

  const byReason = [...denialCents.keys()]
    .map((reason) => ({ reason, description: describeCarc(reason), count: denialCounts.get(reason) ?? 0, cents: denialCents.get(reason)! }))
    .filter((d) => d.count !== 0 || d.cents !== 0n)
    .sort((a, b) => (b.cents > a.cents ? 1 : b.cents < a.cents ? -1 : a.reason.localeCompare(b.reason, 'en', { numeric: true })));

  const plb = new Map<string, bigint>();
  for (const p of input.providerAdjustments) addTo(plb, p.reason, amountToCents(p.amount));
  const plbNet = [...plb.values()].reduce((s, c) => s + c, 0n);
  const paid = amountToCents(input.claimPayments.paid);

  return {
    remittances: { count: input.remittances.count, amount: formatAmount(amountToCents(input.remittances.amount)) },
    claimPayments: { count: input.claimPayments.count },
    billed: formatAmount(amountToCents(input.claimPayments.billed)),
    paid: formatAmount(paid),
    contractualAdjustments: formatAmount(contractual),
    patientResponsibility: formatAmount(patient),
    otherAdjustments: { total: formatAmount(otherTotal), byGroup: formatMap(other) },
    denials: {
      count: byReason.reduce((s, d) => s + d.count, 0),
      amount: formatAmount(byReason.reduce((s, d) => s + d.cents, 0n)),
      byReason: byReason.map(({ cents, ...d }) => ({ ...d, amount: formatAmount(cents) })),
    },
    providerAdjustments: { net: formatAmount(plbNet), byReason: formatMap(plb) },
    unmatched: { count: input.unmatched.count, charge: formatAmount(amountToCents(input.unmatched.charge)), paid: formatAmount(amountToCents(input.unmatched.paid)) },
    paymentDifference: formatAmount(paid - plbNet - amountToCents(input.remittances.amount)),
  };
}
