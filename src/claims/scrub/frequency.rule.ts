// Claim frequency edits (CLM05-3; on 837I the third digit of the type of bill). A replacement (7)
// or void (8) names the claim it replaces with the payer's claim control number in 2300 REF*F8,
// taken from the 835 CLP07 or the 277CA REF*1K; some payers (Original Medicare) do not use it,
// which the payer rules say. REF*F8 is not sent on other frequencies.
import { reporter, ALL_KINDS, isPresent, type ScrubRule } from './scrub-rule';

const REPLACEMENT_OR_VOID = new Set(['7', '8']);
const F8_PATH = 'claimInformation.claimSupplementalInformation.claimControlNumber';

interface FrequencyFields {
  claimFrequencyCode?: string;
  claimSupplementalInformation?: { claimControlNumber?: string };
}

const needsReference = reporter('FREQUENCY_NEEDS_ORIGINAL_REFERENCE');
export const frequencyNeedsReferenceRule: ScrubRule = {
  code: 'FREQUENCY_NEEDS_ORIGINAL_REFERENCE',
  description: "A replacement (7) or void (8) carries the payer's claim control number of the original (2300 REF*F8), unless the payer does not use it",
  kinds: ALL_KINDS,
  check(doc, ctx) {
    const info = doc.claimInformation as FrequencyFields | undefined;
    if (!REPLACEMENT_OR_VOID.has(info?.claimFrequencyCode ?? '')) return [];
    if (ctx.payer && !ctx.payer.replacementRequiresOriginalReference) return [];
    if (isPresent(info?.claimSupplementalInformation?.claimControlNumber)) return [];
    return [needsReference.error(F8_PATH, "is required on a replacement (7) or void (8): the payer's claim control number of the claim being replaced, from the 835 or 277CA", '2300 REF02 (REF01=F8)')];
  },
};

const unexpected = reporter('FREQUENCY_REFERENCE_NOT_USED');
export const frequencyReferenceNotUsedRule: ScrubRule = {
  code: 'FREQUENCY_REFERENCE_NOT_USED',
  description: 'The original claim reference (REF*F8) is sent only on a replacement (7) or void (8)',
  kinds: ALL_KINDS,
  check(doc) {
    const info = doc.claimInformation as FrequencyFields | undefined;
    if (REPLACEMENT_OR_VOID.has(info?.claimFrequencyCode ?? '')) return [];
    if (!isPresent(info?.claimSupplementalInformation?.claimControlNumber)) return [];
    return [unexpected.warning(F8_PATH, 'is only used on a replacement (7) or void (8); payers may reject it on other claims', '2300 REF02 (REF01=F8)')];
  },
};
