// The port through which 837 files leave the gateway and 999/277CA/835 files come back. Adapters
// (sftp, folder) sit beside it; the composition root picks one per clearinghouse profile.
// Every method rejects with a TransportError (code + retryable), never with a library error.

export interface OutboundFile {
  /** The gateway's name for the file; the `{name}`, `{base}` and `{ext}` placeholders of the name pattern. */
  name: string;
  content: string | Buffer;
}

/** Values for the placeholders of the profile's file-name pattern, e.g. `{ isa13: '000000123' }`. */
export type FileNameVars = Readonly<Record<string, string | number>>;

export interface DeliveryReceipt {
  /** The final name on the other side (after the name pattern). */
  remoteName: string;
  /** True when an identical file was already there (a redelivery); nothing was written. */
  alreadyDelivered: boolean;
}

export interface InboundFile {
  name: string;
  size: number;
  modifiedAt: Date;
}

export interface DownloadReceipt {
  /** Bytes written to the local file. */
  bytes: number;
}

export interface TransportHealth {
  status: 'up' | 'down';
  adapter: string;
  /** `CODE: message` of the failure when down. */
  error?: string;
}

export abstract class ClearinghouseTransport {
  abstract readonly adapter: string;

  /**
   * Writes the file under a temporary name (`.<name>.part`) and renames it, so the other side never
   * sees half a file. An identical file already under the final name counts as delivered; a
   * different one is REMOTE_FILE_EXISTS.
   */
  abstract deliver(file: OutboundFile, vars?: FileNameVars): Promise<DeliveryReceipt>;

  /** Complete files waiting in the inbound folder, oldest first (hidden and `.part` files skipped). */
  abstract listInbound(): Promise<InboundFile[]>;

  /**
   * Copies an inbound file to the local path `to` (created or truncated) as a stream, never holding
   * the whole file in memory. `to` is the caller's: on a rejection it may hold part of the file.
   */
  abstract download(name: string, to: string): Promise<DownloadReceipt>;

  /** Takes a processed inbound file out of the inbound folder: moved to the archive folder, or deleted, per profile. */
  abstract acknowledge(name: string): Promise<void>;

  /** Never rejects: reports `down` with the error code instead. */
  abstract check(): Promise<TransportHealth>;

  abstract close(): Promise<void>;
}
