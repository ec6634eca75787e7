// Writes the 835 JSON model incrementally from reader events, so a file of any size is printed
// with one claim in memory: the document opens at the first transaction, each claim is one line
// as soon as it is read, and the document closes at the end. Parsed, the output equals
// `read835(...)` for the same input (only the position of `sha256` may differ, see `end`).

import type { Remittance835Event } from './model';

export interface Remittance835JsonWriterOptions {
  /** Known before reading: written right after `type`. Otherwise pass it to `end()`. */
  sha256?: string;
}

/**
 * Each method returns the text to append (possibly ''). Lines are cut after the document head,
 * after each transaction head and after each claim, so `io.out(line)` printing works as is.
 */
export class Remittance835JsonWriter {
  private readonly sha256: string | undefined;
  private transactions = 0;
  private claims = 0;
  private open = false;

  constructor(options: Remittance835JsonWriterOptions = {}) {
    this.sha256 = options.sha256;
  }

  /** The document head: `{"type":"835",…"transactions":[`. */
  begin(): string {
    return '{"type":"835",' + (this.sha256 === undefined ? '' : `"sha256":${JSON.stringify(this.sha256)},`) + '"transactions":[';
  }

  write(event: Remittance835Event): string {
    switch (event.type) {
      case 'transaction-start': {
        const head = {
          controlNumber: event.controlNumber,
          payment: event.payment,
          payer: event.payer,
          payee: event.payee,
        };
        const json = JSON.stringify(head);
        this.claims = 0;
        this.open = true;
        return (this.transactions++ === 0 ? '' : ',') + json.slice(0, -1) + ',"claims":[';
      }
      case 'claim':
        return (this.claims++ === 0 ? '' : ',') + JSON.stringify(event.claim);
      case 'transaction-end':
        this.open = false;
        return (
          '],"providerAdjustments":' +
          JSON.stringify(event.providerAdjustments) +
          ',"balanced":' +
          String(event.balanced) +
          ',"diagnostics":' +
          JSON.stringify(event.diagnostics) +
          '}'
        );
    }
  }

  /** The document tail; `sha256` (when not given to the constructor) is written here, last. */
  end(sha256?: string | null): string {
    if (this.open) throw new Error('Remittance835JsonWriter: end() inside an open transaction');
    if (this.sha256 !== undefined) return ']}';
    return '],"sha256":' + JSON.stringify(sha256 ?? null) + '}';
  }
}
