// The clearinghouse profile the benchmarks write for their own gateway: the adapter and transport
// given, the bench's own ISA/GS ids, test usage, every payer, no schedules, plus extra YAML lines.
'use strict';

function benchProfileYaml({ id, adapter, transport, extra = '' }) {
  return `id: ${id}
name: ${id} clearinghouse
adapter: ${adapter}
transport: ${transport}
isa: { senderQualifier: ZZ, senderId: X12GW, receiverQualifier: ZZ, receiverId: X12GWBENCH, ackRequested: false }
gs: { senderId: X12GW, receiverId: X12GWBENCH }
usage: T
submitter: { name: X12GW SUBMITTER, id: X12GW, email: edi@example.com }
receiver: { name: BENCH CLEARINGHOUSE, id: X12GWBENCH }
payers: '*'
schedule: { batchEverySeconds: null, pollInboundEverySeconds: null }
${extra}`;
}

module.exports = { benchProfileYaml };
