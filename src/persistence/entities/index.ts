import { ApiKeyEntity } from './api-key.entity';
import { ClaimEventEntity } from './claim-event.entity';
import { ClaimEntity } from './claim.entity';
import { ControlNumberCounterEntity } from './control-number-counter.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { SubmissionClaimEntity } from './submission-claim.entity';
import { SubmissionEntity } from './submission.entity';

export { ApiKeyEntity, ClaimEventEntity, ClaimEntity, ControlNumberCounterEntity, IdempotencyRecordEntity, SubmissionClaimEntity, SubmissionEntity };

export const ENTITIES = [ApiKeyEntity, ClaimEntity, ClaimEventEntity, IdempotencyRecordEntity, ControlNumberCounterEntity, SubmissionEntity, SubmissionClaimEntity];
