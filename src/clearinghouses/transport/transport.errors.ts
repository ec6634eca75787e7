// Errors of the clearinghouse transports (SFTP, folder). Each carries a stable code and whether a
// retry may succeed, so a consumer can ack, retry or dead-letter without reading messages.

export enum TransportErrorCode {
  /** Host not reachable: connection refused, DNS failure, network down. */
  Unreachable = 'TRANSPORT_UNREACHABLE',
  /** The server rejected the credentials. */
  AuthFailed = 'TRANSPORT_AUTH_FAILED',
  /** The server presented a host key other than the pinned SHA256 fingerprint. */
  HostKeyMismatch = 'HOST_KEY_MISMATCH',
  /** Connecting or an operation took longer than its configured timeout. */
  Timeout = 'TRANSPORT_TIMEOUT',
  /** A different file already has the final remote name. */
  RemoteFileExists = 'REMOTE_FILE_EXISTS',
  /** The file or folder does not exist on the other side. */
  RemoteFileNotFound = 'REMOTE_FILE_NOT_FOUND',
  /** The server or file system refused the operation. */
  PermissionDenied = 'TRANSPORT_PERMISSION_DENIED',
  /** A file name would leave its folder, or a name pattern placeholder has no value. */
  InvalidFileName = 'TRANSPORT_INVALID_FILE_NAME',
  /** Anything else (connection lost mid-operation, server failure). */
  Failed = 'TRANSPORT_FAILED',
}

const RETRYABLE: ReadonlySet<TransportErrorCode> = new Set([TransportErrorCode.Unreachable, TransportErrorCode.Timeout, TransportErrorCode.Failed]);

export class TransportError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly code: TransportErrorCode,
    message: string,
    options: { retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransportError';
    this.retryable = options.retryable ?? RETRYABLE.has(code);
  }
}
