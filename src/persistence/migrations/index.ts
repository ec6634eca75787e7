// Every migration, in order. Listed explicitly (not globbed) so the compiled app, the CLI and the
// tests run exactly the same set on both engines.
import { Foundation1764190000000 } from './1764190000000-foundation';
import { Batching1764200000000 } from './1764200000000-batching';
import { Remittance1764210000000 } from './1764210000000-remittance';
import { MessageQueue1764220000000 } from './1764220000000-message-queue';
import { Deposits1764230000000 } from './1764230000000-deposits';
import { Acknowledgments1764240000000 } from './1764240000000-acknowledgments';
import { Transport1764250000000 } from './1764250000000-transport';
import { RemittanceRelease1764260000000 } from './1764260000000-remittance-release';
import { ClaimCorrections1764270000000 } from './1764270000000-claim-corrections';
import { Webhooks1764280000000 } from './1764280000000-webhooks';
import { InboundFileChunks1764290000000 } from './1764290000000-inbound-file-chunks';

export const MIGRATIONS = [Foundation1764190000000, Batching1764200000000, Remittance1764210000000, MessageQueue1764220000000, Deposits1764230000000, Acknowledgments1764240000000, Transport1764250000000, RemittanceRelease1764260000000, ClaimCorrections1764270000000, Webhooks1764280000000, InboundFileChunks1764290000000];
