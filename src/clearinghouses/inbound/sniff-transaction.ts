// Which transaction an inbound file carries, from its first bytes: the ST01 of the first
// transaction set, or TA1 for an interchange acknowledgment without one (a TA1 ahead of a 999's GS,
// as Office Ally sends, does not hide the 999). Null when the file is not an X12 interchange (no
// ISA header with delimiters); '' when it is one without a TA1 or a transaction set.
const SNIFF_CHARS = 64 * 1024;

export function sniffTransaction(text: string): string | null {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('ISA') || head.length < 106) return null;
  const element = head[3];
  const terminator = head[105];
  if (/[A-Za-z0-9 ]/.test(element) || /[A-Za-z0-9 ]/.test(terminator)) return null;
  let ta1 = false;
  for (const raw of head.split(terminator)) {
    const segment = raw.trim();
    if (segment.startsWith(`ST${element}`)) return segment.split(element)[1] ?? '';
    if (segment.startsWith(`TA1${element}`)) ta1 = true;
  }
  return ta1 ? 'TA1' : '';
}
