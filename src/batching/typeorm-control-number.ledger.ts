// The ledger on PostgreSQL/PGlite: one counter row per (kind, sender, receiver), bumped with an
// upsert in the caller's transaction. The upsert takes the row lock and holds it to commit, so a
// second batcher for the same pair waits and then continues from the committed value; a rolled
// back transaction never moved the value. Kinds are always bumped in the same order
// (interchange, group, transaction) so two batchers cannot deadlock on them.
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import { CONTROL_NUMBER_RANGE, type ControlNumberKind } from '../x12';
import {
  ControlNumberLedger,
  controlNumberOfSerial,
  type AllocatedControlNumbers,
  type ControlNumberRequest,
  type IssuedControlNumber,
  type LastIssued,
} from './control-number-ledger.port';

const KINDS: readonly { kind: ControlNumberKind; count: keyof ControlNumberRequest; out: keyof AllocatedControlNumbers }[] = [
  { kind: 'interchange', count: 'interchanges', out: 'interchanges' },
  { kind: 'group', count: 'groups', out: 'groups' },
  { kind: 'transaction', count: 'transactions', out: 'transactions' },
];

function issued(kind: ControlNumberKind, serial: number): IssuedControlNumber {
  return { serial, value: controlNumberOfSerial(serial, CONTROL_NUMBER_RANGE[kind].max) };
}

export class TypeormControlNumberLedger extends ControlNumberLedger {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async allocate(tx: Tx, request: ControlNumberRequest): Promise<AllocatedControlNumbers> {
    const manager = managerOf(tx);
    const out: AllocatedControlNumbers = { interchanges: [], groups: [], transactions: [] };
    for (const { kind, count, out: key } of KINDS) {
      const n = request[count] as number;
      if (!Number.isSafeInteger(n) || n < 0 || n > CONTROL_NUMBER_RANGE[kind].max) throw new RangeError(`cannot allocate ${String(n)} ${kind} control numbers`);
      if (n === 0) continue;
      const rows: { issued: string }[] = await manager.query(
        `INSERT INTO control_number_counters AS c (kind, sender, receiver, issued) VALUES ($1, $2, $3, $4)
           ON CONFLICT (kind, sender, receiver) DO UPDATE SET issued = c.issued + EXCLUDED.issued, updated_at = now()
           RETURNING c.issued`,
        [kind, request.sender, request.receiver, n],
      );
      const last = Number(rows[0].issued);
      for (let serial = last - n + 1; serial <= last; serial++) out[key].push(issued(kind, serial));
    }
    return out;
  }

  async lastIssued(sender: string, receiver: string): Promise<LastIssued> {
    const rows: { kind: ControlNumberKind; issued: string }[] = await this.dataSource.query(
      `SELECT kind, issued FROM control_number_counters WHERE sender = $1 AND receiver = $2`,
      [sender, receiver],
    );
    const result: LastIssued = { interchange: null, group: null, transaction: null };
    for (const row of rows) if (Number(row.issued) > 0) result[row.kind] = issued(row.kind, Number(row.issued));
    return result;
  }
}
