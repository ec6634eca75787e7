// POST /v1/webhooks body. Shape only; the URL rules live in the mapper (create-webhook.pipe.ts).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from '../webhook-events';

export const SUBSCRIBABLE_EVENTS = [...WEBHOOK_EVENT_TYPES, ALL_EVENTS];

export class CreateWebhookDto {
  @ApiProperty({ description: 'Where events are POSTed: https, or http to localhost only', example: 'https://billing.example.com/x12gw/events' })
  @IsString()
  @Length(1, 2000)
  url!: string;

  @ApiProperty({ description: 'Event types to receive; `*` for all', enum: SUBSCRIBABLE_EVENTS, isArray: true, example: ['claim.status_changed'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(SUBSCRIBABLE_EVENTS.length)
  @IsIn(SUBSCRIBABLE_EVENTS, { each: true })
  events!: string[];

  @ApiPropertyOptional({ description: 'Signing secret (16–256 characters); generated when absent. Returned only in this response.' })
  @IsOptional()
  @IsString()
  @Length(16, 256)
  secret?: string;

  @ApiPropertyOptional({ description: 'A note for people, up to 500 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}
