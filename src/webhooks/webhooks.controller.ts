// Webhook routes: subscribe, list, read, deactivate, the delivery log, redeliver. Handlers delegate in one line.
// Admin only: a subscription sends claim and payment events to any URL the caller names.
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedKey } from '../auth/api-keys.service';
import { CurrentApiKey, RequireScope } from '../auth/auth.decorators';
import { CreateWebhookPipe, type NewWebhookInput } from './create-webhook.pipe';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { WebhooksService, type DeliveryListQuery } from './webhooks.service';

@ApiTags('webhooks')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @HttpCode(201)
  @RequireScope('admin')
  @ApiOperation({ summary: 'Subscribe a URL to events (claim.status_changed, remittance.posted, submission.rejected, or *); the signing secret is returned in this response only' })
  @ApiBody({ type: CreateWebhookDto })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED: bad URL (not https, or http off localhost, or a private IP address), unknown event, bad secret' })
  create(@Body(CreateWebhookPipe) input: NewWebhookInput, @CurrentApiKey() key: AuthenticatedKey) {
    return this.webhooks.create(input, key?.id ?? null);
  }

  @Get()
  @RequireScope('admin')
  @ApiOperation({ summary: 'Webhook subscriptions, newest first (never with their secrets)' })
  list() {
    return this.webhooks.list();
  }

  @Get(':id')
  @RequireScope('admin')
  @ApiOperation({ summary: 'A webhook subscription' })
  get(@Param('id') id: string) {
    return this.webhooks.get(id);
  }

  @Delete(':id')
  @RequireScope('admin')
  @ApiOperation({ summary: 'Deactivate a subscription: no new deliveries, pending retries are cancelled' })
  deactivate(@Param('id') id: string) {
    return this.webhooks.deactivate(id);
  }

  @Get(':id/deliveries')
  @RequireScope('admin')
  @ApiOperation({ summary: 'The delivery log: one row per event with its attempts, last status code and error, delivered_at and next attempt' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 50' })
  deliveries(@Param('id') id: string, @Query() query: DeliveryListQuery) {
    return this.webhooks.deliveries(id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @RequireScope('admin')
  @ApiOperation({ summary: 'Send a delivered, failed or cancelled delivery again (same event id, new signature)' })
  redeliver(@Param('id') id: string, @Param('deliveryId') deliveryId: string) {
    return this.webhooks.redeliver(id, deliveryId);
  }
}
