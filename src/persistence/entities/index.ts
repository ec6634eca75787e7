import { AcknowledgmentEntity } from './acknowledgment.entity';
import { ApiKeyEntity } from './api-key.entity';
import { BankDepositEntity } from './bank-deposit.entity';
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
import { UnmatchedAcknowledgmentEntity } from './unmatched-acknowledgment.entity';

export { ApiKeyEntity, ClaimEventEntity, ClaimEntity, ControlNumberCounterEntity, IdempotencyRecordEntity, SubmissionClaimEntity, SubmissionEntity };
export { RemittanceEntity, ClaimPaymentEntity, ServicePaymentEntity, ProviderAdjustmentEntity };
export { BankDepositEntity };
export { AcknowledgmentEntity, UnmatchedAcknowledgmentEntity };

export const ENTITIES = [ApiKeyEntity, ClaimEntity, ClaimEventEntity, IdempotencyRecordEntity, ControlNumberCounterEntity, SubmissionEntity, SubmissionClaimEntity,
  RemittanceEntity, ClaimPaymentEntity, ServicePaymentEntity, ProviderAdjustmentEntity,
  AcknowledgmentEntity, UnmatchedAcknowledgmentEntity, BankDepositEntity];
