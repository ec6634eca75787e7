// POST /v1/batches body: optional, and at most one field.
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class CreateBatchDto {
  @ApiPropertyOptional({ description: 'Batch only this clearinghouse (a profile id from config/clearinghouses); all when absent', example: 'sandbox' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  clearinghouseId?: string;
}
