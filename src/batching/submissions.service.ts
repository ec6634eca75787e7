// The read side of batching: one submission with the claims it carries, and its file.
import { Injectable } from '@nestjs/common';
import { submissionNotFound } from './batching.errors';
import { SubmissionStore } from './submission-store.port';
import { submissionClaimView, submissionView, type SubmissionClaimView, type SubmissionView } from './submission-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class SubmissionsService {
  constructor(private readonly submissions: SubmissionStore) {}

  async get(id: string): Promise<SubmissionView & { claims: SubmissionClaimView[] }> {
    const found = UUID.test(id) ? await this.submissions.findById(id) : null;
    if (!found) throw submissionNotFound();
    const claims = await this.submissions.claimsOf(id);
    return { ...submissionView(found), claims: claims.map(submissionClaimView) };
  }

  async file(id: string): Promise<{ fileName: string; text: string; sha256: string }> {
    const file = UUID.test(id) ? await this.submissions.file(id) : null;
    if (!file) throw submissionNotFound();
    return file;
  }
}
