import { ApiKeyEntity } from './api-key.entity';
import { ClaimEventEntity } from './claim-event.entity';
import { ClaimPaymentEntity } from './claim-payment.entity';
import { ClaimEntity } from './claim.entity';
import { ControlNumberCounterEntity } from './control-number-counter.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { ProviderAdjustmentEntity } from './provider-adjustment.entity';
import { RemittanceEntity } from './remittance.entity';
import { ServicePaymentEntity } from './service-payment.entity';
import { SubmissionClaimEntity } from './submission-claim.entity';
import { SubmissionEntity } from './submission.entity';

export { ApiKeyEntity, ClaimEventEntity, ClaimEntity, ControlNumberCounterEntity, IdempotencyRecordEntity, SubmissionClaimEntity, SubmissionEntity };
export { RemittanceEntity, ClaimPaymentEntity, ServicePaymentEntity, ProviderAdjustmentEntity };

export const ENTITIES = [ApiKeyEntity, ClaimEntity, ClaimEventEntity, IdempotencyRecordEntity, ControlNumberCounterEntity, SubmissionEntity, SubmissionClaimEntity,
  RemittanceEntity, ClaimPaymentEntity, ServicePaymentEntity, ProviderAdjustmentEntity];
