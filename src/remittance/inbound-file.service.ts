// The HTTP door of inbound files: checks the media type and body, then routes the text by content:
// TA1/999/277CA to AcknowledgmentsService (when that module is loaded), everything else to
// RemittanceService (835s; it refuses what is not one).
import { Injectable, Optional } from '@nestjs/common';
import { detectInboundKind } from '../acknowledgments/acknowledgment-rules';
import { AcknowledgmentsService, type AckIngestResult } from '../acknowledgments/acknowledgments.service';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { X12_MEDIA_TYPES } from '../claims/x12-intake.service';
import { RemittanceService, type IngestedRemittance } from './remittance.service';

@Injectable()
export class InboundFileService {
  constructor(
    private readonly remittance: RemittanceService,
    @Optional() private readonly acknowledgments?: AcknowledgmentsService,
  ) {}

  async receive(body: unknown, contentType: string | undefined, fileName: string | undefined): Promise<{ sha256: string; remittances: IngestedRemittance[] } | { sha256: string; acknowledgment: AckIngestResult }> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!(X12_MEDIA_TYPES as readonly string[]).includes(type)) throw new GatewayError(ErrorCode.UnsupportedMediaType, `request body must be ${X12_MEDIA_TYPES.join(', ')}`);
    if (typeof body !== 'string' || body.trim() === '') throw new GatewayError(ErrorCode.EmptyBody, 'the request body is empty; send an 835 file');
    if (this.acknowledgments && detectInboundKind(body) === 'acknowledgment') {
      const acknowledgment = await this.acknowledgments.ingest(body, { fileName: fileName ?? null, source: 'api' });
      return { sha256: acknowledgment.sha256, acknowledgment };
    }
    return this.remittance.ingest(body, { fileName: fileName ?? null, source: 'api' });
  }
}
