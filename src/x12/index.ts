// Public face of the framework-free X12 library: the core (delimiters, tokenizer, streaming
// reader, writer, envelope builder and checker, control-number rules, coded errors). Other
// modules import from 'x12' only through this file, never from x12/core/* directly.

export {
  X12Error,
  X12ErrorCode,
  diagnostic,
  elementName,
  isX12Error,
  type X12Diagnostic,
  type X12Position,
  type X12Severity,
} from './core/errors';
export {
  DEFAULT_DELIMITERS,
  ISA_FIELDS,
  ISA_LENGTH,
  ISA_MAX_LENIENT_LENGTH,
  ISA_OFFSET,
  detectDelimiters,
  looksLikeSegment,
  readIsa,
  skipLeadingWhitespace,
  validateDelimiters,
  type Delimiters,
  type IsaHeader,
  type LineBreak,
  type ReadIsaOptions,
} from './core/delimiters';
export { Segment } from './core/segment';
export {
  DEFAULT_MAX_SEGMENT_LENGTH,
  Tokenizer,
  iterateSegments,
  tokenize,
  tokenizeLenient,
  type TokenizerOptions,
} from './core/tokenizer';
export { readSegmentBatches, readSegments, type ChunkSource, type ReadSegmentsOptions } from './core/read-segments';
export {
  charsetTable,
  findInvalidCharacter,
  isValidX12Text,
  sanitizeText,
  type SanitizeOptions,
  type X12Charset,
} from './core/charset';
export {
  MAX_AMOUNT_DIGITS,
  formatAmount,
  formatDate,
  formatDateQualified,
  formatDateRange,
  formatDecimal,
  formatInteger,
  formatIsaDate,
  formatTime,
  isCalendarDate,
  isValidDate,
  isValidIsaDate,
  isValidTime,
  parseAmount,
  parseDate,
  toCalendarDate,
  type AmountOptions,
  type CalendarDate,
  type DateInput,
  type DecimalOptions,
  type TimeInput,
} from './core/format';
export {
  SegmentWriter,
  formatSegment,
  repeat,
  type Component,
  type Composite,
  type ElementValue,
  type Repeated,
  type SegmentWriterOptions,
  type WriterLineBreak,
} from './core/writer';
export {
  CONTROL_NUMBER_RANGE,
  formatGroupControlNumber,
  formatInterchangeControlNumber,
  formatTransactionSetControlNumber,
  isValidGroupControlNumber,
  isValidInterchangeControlNumber,
  isValidTransactionSetControlNumber,
  nextControlNumber,
  parseControlNumber,
  type ControlNumberKind,
} from './core/control-numbers';
export {
  InterchangeWriter,
  buildInterchange,
  type GroupHeader,
  type InterchangeHeader,
  type InterchangeSpec,
  type SegmentSpec,
  type TransactionSetHeader,
} from './core/envelope';
export {
  EnvelopeChecker,
  checkEnvelope,
  findTruncation,
  validateX12,
  validateX12Stream,
  type EnvelopeCheckOptions,
  type ValidationResult,
} from './core/envelope-check';

// ---- 835 remittance (005010X221A1) ----------------------------------------------------------
export * from './835-005010X221A1/index';

// ---- 837 writer (837P 005010X222A1, 837I 005010X223A2, 837D 005010X224A2) --------------------
export {
  IMPLEMENTATION_GUIDE_837,
  Render837Error,
  render837,
  type InterchangeParties,
  type Render837Input,
  type Render837Output,
  type RenderedClaim,
} from './837/render';

// ---- 837 reader and transaction-set (guide) checker: 837P X222A1, 837I X223A2, 837D X224A2 ----
export { read837, type Loop2300Span, type Read837Claim, type Read837Options, type Read837Result, type Rejected837Claim } from './837/read';
export { GuideCode, type GuideDiagnostic } from './837-guide/codes';
export { checkTransaction, type CheckedTransaction, type LoopNode } from './837-guide/check';
export { GUIDES, GUIDE_BY_KIND, chooseGuide } from './837-guide/versions';
export type { LoopRule, SegmentRule, TransactionSchema } from './837-guide/schema';
export {
  CommonSegmentChecker,
  Guide837Checker,
  validate837,
  validateX12File,
  type FileValidation,
  type FileValidationOptions,
  type Guide837Options,
  type Guide837Totals,
} from './837-guide/validate';

// ---- acknowledgments: TA1, 999 (005010X231A1), 277CA (005010X214) ---------------------------
export * from './acks/index';
