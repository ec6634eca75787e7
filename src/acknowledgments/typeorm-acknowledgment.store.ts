import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import {
  AcknowledgmentStore,
  type AcknowledgmentRow,
  type NewAcknowledgment,
  type NewUnmatched,
  type SubmissionRef,
  type SubmittedClaimRef,
  type UnmatchedRow,
} from './acknowledgment-store.port';

const SUBMISSION_COLUMNS = `id, isa_sender, isa_receiver, isa13, gs06, kind, st02, file_name, substr(file_text, 1, 120) AS head, created_at`;

interface SubmissionDbRow {
  id: string;
  isa_sender: string;
  isa_receiver: string;
  isa13: number;
  gs06: number;
  kind: string;
  st02: string[];
  file_name: string;
  head: string;
  created_at: Date;
}

function submissionRef(r: SubmissionDbRow): SubmissionRef {
  // The stored file starts with our ISA; ISA09 and ISA10 are elements 9 and 10.
  const el = r.head[3] ?? '*';
  const isa = r.head.split(el);
  return {
    id: r.id, isaSender: r.isa_sender, isaReceiver: r.isa_receiver, isa13: Number(r.isa13), gs06: Number(r.gs06), kind: r.kind, st02: r.st02,
    fileName: r.file_name, isaDate: isa[9] ?? '', isaTime: isa[10] ?? '', createdAt: new Date(r.created_at),
  };
}

const CLAIM_COLUMNS = `sc.claim_id, sc.submission_id, sc.st02, sc.patient_control_number, sc.loop2300_first_segment AS first, sc.loop2300_last_segment AS last,
  c.billing_npi, c.payer_id, c.total_charge::text AS total_charge, s.created_at`;

function claimRef(r: Record<string, unknown>): SubmittedClaimRef {
  return {
    claimId: String(r.claim_id), submissionId: String(r.submission_id), st02: String(r.st02), patientControlNumber: String(r.patient_control_number),
    first: Number(r.first), last: Number(r.last), billingNpi: (r.billing_npi as string | null) ?? null, payerId: String(r.payer_id),
    totalCharge: String(r.total_charge), submittedAt: new Date(r.created_at as string),
  };
}

export class TypeormAcknowledgmentStore extends AcknowledgmentStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private async insert(tx: Tx, row: NewAcknowledgment, status: 'applied' | 'duplicate', duplicateOf: string | null, summary: Record<string, unknown>): Promise<void> {
    await managerOf(tx).query(
      `INSERT INTO acknowledgments (id, type, status, duplicate_of, sha256, file_name, source, isa_sender, isa_receiver, isa13, control_numbers, summary, diagnostics, file_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13::jsonb, $14)`,
      [row.id, row.type, status, duplicateOf, row.sha256, row.fileName, row.source, row.isaSender, row.isaReceiver, row.isa13,
        JSON.stringify(row.controlNumbers), JSON.stringify(summary), JSON.stringify(row.diagnostics), row.fileText],
    );
  }

  insertApplied(tx: Tx, row: NewAcknowledgment): Promise<void> {
    return this.insert(tx, row, 'applied', null, {});
  }

  insertDuplicate(tx: Tx, row: NewAcknowledgment, duplicateOf: string, summary: Record<string, unknown>): Promise<void> {
    return this.insert(tx, row, 'duplicate', duplicateOf, summary);
  }

  async findApplied(tx: Tx, sha256: string): Promise<{ id: string; summary: Record<string, unknown> } | null> {
    const rows: { id: string; summary: Record<string, unknown> }[] = await managerOf(tx).query(
      `SELECT id, summary FROM acknowledgments WHERE sha256 = $1 AND status = 'applied'`, [sha256]);
    return rows[0] ?? null;
  }

  async setSummary(tx: Tx, id: string, summary: Record<string, unknown>): Promise<void> {
    await managerOf(tx).query(`UPDATE acknowledgments SET summary = $2::jsonb WHERE id = $1`, [id, JSON.stringify(summary)]);
  }

  async insertUnmatched(tx: Tx, acknowledgmentId: string, items: NewUnmatched[]): Promise<void> {
    if (items.length === 0) return;
    await managerOf(tx).query(
      `INSERT INTO unmatched_acknowledgments (id, acknowledgment_id, type, reason, reference, detail)
       SELECT gen_random_uuid(), $1, u.type, u.reason, u.reference, u.detail FROM jsonb_to_recordset($2::jsonb) AS u(type text, reason text, reference jsonb, detail jsonb)`,
      [acknowledgmentId, JSON.stringify(items)],
    );
  }

  async submissionsByIsa13(tx: Tx, isa13: number): Promise<SubmissionRef[]> {
    const rows: SubmissionDbRow[] = await managerOf(tx).query(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE isa13 = $1 ORDER BY created_at DESC, id DESC`, [isa13]);
    return rows.map(submissionRef);
  }

  async submissionsByGs06(tx: Tx, gs06: number): Promise<SubmissionRef[]> {
    const rows: SubmissionDbRow[] = await managerOf(tx).query(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE gs06 = $1 ORDER BY created_at DESC, id DESC`, [gs06]);
    return rows.map(submissionRef);
  }

  async claimsOfSubmission(tx: Tx, submissionId: string): Promise<SubmittedClaimRef[]> {
    const rows: Record<string, unknown>[] = await managerOf(tx).query(
      `SELECT ${CLAIM_COLUMNS} FROM submission_claims sc JOIN claims c ON c.id = sc.claim_id JOIN submissions s ON s.id = sc.submission_id
        WHERE sc.submission_id = $1 ORDER BY sc.transaction_index, sc.claim_index`, [submissionId]);
    return rows.map(claimRef);
  }

  async claimsByPatientControlNumber(tx: Tx, pcn: string): Promise<SubmittedClaimRef[]> {
    const rows: Record<string, unknown>[] = await managerOf(tx).query(
      `SELECT ${CLAIM_COLUMNS} FROM submission_claims sc JOIN claims c ON c.id = sc.claim_id JOIN submissions s ON s.id = sc.submission_id
        WHERE upper(sc.patient_control_number) = upper($1) ORDER BY s.created_at DESC, s.id DESC`, [pcn]);
    return rows.map(claimRef);
  }

  async lockStatuses(tx: Tx, claimIds: string[]): Promise<Map<string, string>> {
    if (claimIds.length === 0) return new Map();
    const rows: { id: string; status: string }[] = await managerOf(tx).query(
      `SELECT id, status FROM claims WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [claimIds]);
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  async listAcknowledgments(limit: number): Promise<AcknowledgmentRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, type, status, duplicate_of, sha256, file_name, source, control_numbers, summary, diagnostics, received_at
         FROM acknowledgments ORDER BY received_at DESC, id DESC LIMIT $1`, [limit]);
    return rows.map((r) => ({
      id: String(r.id), type: String(r.type), status: String(r.status), duplicateOf: (r.duplicate_of as string | null) ?? null, sha256: String(r.sha256),
      fileName: (r.file_name as string | null) ?? null, source: String(r.source), controlNumbers: r.control_numbers as Record<string, unknown>,
      summary: r.summary as Record<string, unknown>, diagnostics: r.diagnostics as unknown[], receivedAt: new Date(r.received_at as string),
    }));
  }

  async listUnmatched(limit: number): Promise<UnmatchedRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT u.id, u.acknowledgment_id, u.type, u.reason, u.reference, u.detail, u.created_at, a.file_name
         FROM unmatched_acknowledgments u JOIN acknowledgments a ON a.id = u.acknowledgment_id
        ORDER BY u.created_at DESC, u.id DESC LIMIT $1`, [limit]);
    return rows.map((r) => ({
      id: String(r.id), acknowledgmentId: String(r.acknowledgment_id), type: r.type as UnmatchedRow['type'], reason: r.reason as UnmatchedRow['reason'],
      reference: r.reference as Record<string, unknown>, detail: (r.detail as Record<string, unknown> | null) ?? null,
      fileName: (r.file_name as string | null) ?? null, createdAt: new Date(r.created_at as string),
    }));
  }

  async submissionFiles(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; file_name: string }[] = await this.dataSource.query(`SELECT id, file_name FROM submissions WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.file_name]));
  }
}
