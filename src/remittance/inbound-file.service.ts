// The HTTP door of inbound files: checks the media type and body, then hands the text to
// RemittanceService (only 835s for now; TA1/999/277CA routing by ST01 comes with their modules).
import { Injectable } from '@nestjs/common';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { X12_MEDIA_TYPES } from '../claims/x12-intake.service';
import { RemittanceService, type IngestedRemittance } from './remittance.service';

@Injectable()
export class InboundFileService {
  constructor(private readonly remittance: RemittanceService) {}

  async receive(body: unknown, contentType: string | undefined, fileName: string | undefined): Promise<{ sha256: string; remittances: IngestedRemittance[] }> {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!(X12_MEDIA_TYPES as readonly string[]).includes(type)) throw new GatewayError(ErrorCode.UnsupportedMediaType, `request body must be ${X12_MEDIA_TYPES.join(', ')}`);
    if (typeof body !== 'string' || body.trim() === '') throw new GatewayError(ErrorCode.EmptyBody, 'the request body is empty; send an 835 file');
    return this.remittance.ingest(body, { fileName: fileName ?? null, source: 'api' });
  }
}
