import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** /health: the database and the message bus (MessagingModule is global). */
@Module({
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
