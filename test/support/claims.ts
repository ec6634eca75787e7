// Claims for end-to-end tests: the professional fixture under a fresh PCN with its lines numbered
// after it (`<pcn>-1`, `<pcn>-2`, what an 835's REF*6R echoes), submitted through the API, and a
// claim moved to a status through the claim store (the tests of later stages skip the earlier ones).
import { TypeormClaimStore } from '../../src/claims/typeorm-claim.store';
import type { ClaimStatus } from '../../src/claims/claim-status';
import type { Tx } from '../../src/persistence/unit-of-work';
import { claimFixture, uniquePcn } from './fixtures';
import type { TestGateway } from './gateway';

/** The professional fixture (99213 120.00 + 83036 30.00) under `pcn`, its lines numbered after it. */
export function professionalClaim(pcn: string = uniquePcn()): Record<string, any> {
  const body = claimFixture('professional-office-visit');
  body.claimInformation.patientControlNumber = pcn;
  body.claimInformation.serviceLines[0].providerControlNumber = `${pcn}-1`;
  body.claimInformation.serviceLines[1].providerControlNumber = `${pcn}-2`;
  return body;
}

/** Submits `professionalClaim()` with `key` (scope claims:write) and returns its id and PCN. */
export async function submitProfessional(t: TestGateway, key: string): Promise<{ id: string; pcn: string }> {
  const body = professionalClaim();
  const res = await t.http.post('/v1/claims/professional').set('Authorization', `Bearer ${key}`).send(body).expect(200);
  return { id: res.body.claim.id, pcn: body.claimInformation.patientControlNumber };
}

/** Puts a claim in `status` through the claim store, unless it is there already (e.g. what the intake scrub decided). */
export async function moveClaim(t: TestGateway, id: string, status: ClaimStatus, cause = `test.${status}`): Promise<void> {
  const ds = t.gateway.dataSource;
  const [row]: { status: string }[] = await ds.query(`SELECT status FROM claims WHERE id = $1`, [id]);
  if (row.status !== status) await ds.transaction((m) => new TypeormClaimStore(ds).transition(m as unknown as Tx, id, status, cause, null));
}
