// Port to the 837 writer: batching hands it the envelope parties, the control numbers from the
// ledger and the claims grouped into transaction sets; it gets back the file and, per claim, the
// segment range of its loop 2300. The adapter calls render837 of the X12 library, whose types
// (x12/837/render.ts) are the contract:
//   - `RenderedClaim.index` is the claim's flattened input position (all sets in order);
//   - `loop2300` positions count from the claim's ST as 1, the way a 999 IK3 does;
//   - a claim the writer cannot write throws a Render837Error whose `claimIndex` names it
//     (-1 when the fault is the parties', not a claim's).
import type { Render837Input, Render837Output } from '../x12';

export type { InterchangeParties, Render837Input, Render837Output, RenderedClaim } from '../x12';

export abstract class Claim837Renderer {
  /** Renders one interchange with one functional group; throws an X12Error on input it cannot write. */
  abstract render(input: Render837Input): Render837Output;
}
