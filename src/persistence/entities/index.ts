import { ApiKeyEntity } from './api-key.entity';
import { ClaimEventEntity } from './claim-event.entity';
import { ClaimEntity } from './claim.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';

export { ApiKeyEntity, ClaimEventEntity, ClaimEntity, IdempotencyRecordEntity };

export const ENTITIES = [ApiKeyEntity, ClaimEntity, ClaimEventEntity, IdempotencyRecordEntity];
