// Every migration, in order. Listed explicitly (not globbed) so the compiled app, the CLI and the
// tests run exactly the same set on both engines.
import { Foundation1764190000000 } from './1764190000000-foundation';
import { Batching1764200000000 } from './1764200000000-batching';
import { Remittance1764210000000 } from './1764210000000-remittance';
import { MessageQueue1764220000000 } from './1764220000000-message-queue';
import { Deposits1764230000000 } from './1764230000000-deposits';
import { Acknowledgments1764240000000 } from './1764240000000-acknowledgments';

export const MIGRATIONS = [Foundation1764190000000, Batching1764200000000, Remittance1764210000000, MessageQueue1764220000000, Deposits1764230000000, Acknowledgments1764240000000];
