// How a submission reads in the API and the CLI: control numbers as written in the file (ISA13
// with its zeros), links to the metadata and the file. Never claim content.
import { formatGroupControlNumber, formatInterchangeControlNumber } from '../x12';
import type { StoredSubmission, SubmissionClaim } from './submission-store.port';

export interface SubmissionView {
  id: string;
  clearinghouseId: string;
  payerId: string;
  kind: StoredSubmission['kind'];
  usage: StoredSubmission['usage'];
  status: string;
  isa13: string;
  gs06: string;
  st02: string[];
  transactionCount: number;
  claimCount: number;
  fileName: string;
  byteLength: number;
  sha256: string;
  delivery: { attempts: number; lastError: string | null; remoteName: string | null; transmittedAt: string | null };
  createdAt: string;
  href: string;
  fileHref: string;
}

export interface SubmissionClaimView {
  claimId: string;
  patientControlNumber: string;
  st02: string;
  transactionIndex: number;
  claimIndex: number;
  loop2300: { firstSegment: number; lastSegment: number };
  href: string;
}

export function submissionView(s: StoredSubmission): SubmissionView {
  return {
    id: s.id,
    clearinghouseId: s.clearinghouseId,
    payerId: s.payerId,
    kind: s.kind,
    usage: s.usage,
    status: s.status,
    isa13: formatInterchangeControlNumber(s.isa13),
    gs06: formatGroupControlNumber(s.gs06),
    st02: s.st02,
    transactionCount: s.transactionCount,
    claimCount: s.claimCount,
    fileName: s.fileName,
    byteLength: s.byteLength,
    sha256: s.sha256,
    delivery: { attempts: s.deliveryAttempts, lastError: s.lastError, remoteName: s.remoteName, transmittedAt: s.transmittedAt?.toISOString() ?? null },
    createdAt: s.createdAt.toISOString(),
    href: `/v1/submissions/${s.id}`,
    fileHref: `/v1/submissions/${s.id}/file`,
  };
}

export function submissionClaimView(c: SubmissionClaim): SubmissionClaimView {
  return {
    claimId: c.claimId,
    patientControlNumber: c.patientControlNumber,
    st02: c.st02,
    transactionIndex: c.transactionIndex,
    claimIndex: c.claimIndex,
    loop2300: c.loop2300,
    href: `/v1/claims/${c.claimId}`,
  };
}
