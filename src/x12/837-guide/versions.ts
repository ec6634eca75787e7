// Which 837 guide a transaction set follows, from ST03 (or GS08 when ST03 is empty): the explicit
// table of the versions the gateway reads, plus the labels seen in the wild for the same guides
// (005010X222 without the addendum, LinuxForHealth's 005010X222A2 / 005010X223A3), which are read
// against the official guide with a VERSION_MISMATCH warning. Anything else is UNSUPPORTED_VERSION.

import type { Segment } from '../core/segment';
import type { ClaimKind } from '../claim-json/claim-document';
import { GuideCode, guideDiagnostic, type GuideDiagnostic } from './codes';
import type { TransactionSchema } from './schema';
import { X222A1 } from './x222a1';
import { X223A2 } from './x223a2';
import { X224A2 } from './x224a2';

/** The guides by their official GS08/ST03 value. */
export const GUIDES: Readonly<Record<string, TransactionSchema>> = {
  '005010X222A1': X222A1,
  '005010X223A2': X223A2,
  '005010X224A2': X224A2,
};

/** Other labels of the same guides → the official version they are checked against. */
const ALIASES: Readonly<Record<string, string>> = {
  '005010X222': '005010X222A1',
  '005010X222A2': '005010X222A1',
  '005010X223': '005010X223A2',
  '005010X223A1': '005010X223A2',
  '005010X223A3': '005010X223A2',
  '005010X224': '005010X224A2',
  '005010X224A1': '005010X224A2',
  '005010X224A3': '005010X224A2',
};

export const GUIDE_BY_KIND: Readonly<Record<ClaimKind, TransactionSchema>> = {
  professional: X222A1,
  institutional: X223A2,
  dental: X224A2,
};

export interface GuideChoice {
  schema?: TransactionSchema;
  /** The version string the choice was made on (ST03, else GS08). */
  version: string;
  diagnostics: GuideDiagnostic[];
}

/** Pick the guide for the transaction set opened by `st`, inside the group opened by `gs` (if any). */
export function chooseGuide(st: Segment, gs: Segment | undefined): GuideChoice {
  const st03 = st.element(3);
  const gs08 = gs?.element(8) ?? '';
  const version = st03 || gs08;
  const where = { segmentIndex: st.index, segmentId: 'ST', line: st.line, offset: st.offset, loop: 'ST' };
  const diagnostics: GuideDiagnostic[] = [];
  if (st03 && gs08 && st03 !== gs08) {
    diagnostics.push(
      guideDiagnostic(GuideCode.VERSION_MISMATCH, `ST03 ${JSON.stringify(st03)} differs from GS08 ${JSON.stringify(gs08)}; read as ST03`, { ...where, element: 3 }, 'warning'),
    );
  }
  const official = GUIDES[version] ? version : ALIASES[version];
  if (!official) {
    diagnostics.push(
      guideDiagnostic(
        GuideCode.UNSUPPORTED_VERSION,
        `837 version ${JSON.stringify(version)} is not supported (005010X222A1, 005010X223A2 and 005010X224A2 are)`,
        { ...where, element: st03 ? 3 : undefined },
      ),
    );
    return { version, diagnostics };
  }
  if (official !== version) {
    diagnostics.push(
      guideDiagnostic(GuideCode.VERSION_MISMATCH, `version label ${JSON.stringify(version)} is read as ${official}`, { ...where, element: st03 ? 3 : undefined }, 'warning'),
    );
  }
  return { schema: GUIDES[official], version, diagnostics };
}
