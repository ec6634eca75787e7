import { X12Error, X12ErrorCode, diagnostic, elementName, isX12Error } from './errors';

describe('X12Error and X12Diagnostic', () => {
  it('carries a stable code and only the position fields that were given', () => {
    const err = new X12Error(X12ErrorCode.COUNT_MISMATCH, 'SE01 is 5 but there are 6 segments', {
      segmentIndex: 7,
      segmentId: 'SE',
      element: 1,
    });
    expect(err).toBeInstanceOf(Error);
    expect(isX12Error(err)).toBe(true);
    expect(err.name).toBe('X12Error');
    expect(err.code).toBe('COUNT_MISMATCH');
    expect(err.segmentIndex).toBe(7);
    expect(Object.keys(err)).not.toContain('line');
    expect(Object.keys(err)).not.toContain('offset');
  });

  it('converts to a plain, JSON-safe diagnostic and back', () => {
    const err = new X12Error(X12ErrorCode.DELIMITER_IN_DATA, 'NM103 contains "*"', { segmentId: 'NM1', element: 3 });
    const d = err.toDiagnostic();
    expect(d).toEqual({ code: 'DELIMITER_IN_DATA', severity: 'error', message: 'NM103 contains "*"', segmentId: 'NM1', element: 3 });
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    const again = X12Error.fromDiagnostic(d);
    expect(again.code).toBe(err.code);
    expect(again.element).toBe(3);
  });

  it('withPosition fills missing coordinates without overwriting known ones', () => {
    const err = new X12Error(X12ErrorCode.BAD_DELIMITERS, 'x', { element: 16 });
    const placed = err.withPosition({ segmentIndex: 0, element: 99, line: 1 });
    expect(placed.element).toBe(16);
    expect(placed.segmentIndex).toBe(0);
    expect(placed.line).toBe(1);
  });

  it('diagnostic() drops undefined fields', () => {
    expect(diagnostic(X12ErrorCode.EMPTY_INPUT, 'empty', { line: undefined }, 'warning')).toEqual({
      code: 'EMPTY_INPUT',
      severity: 'warning',
      message: 'empty',
    });
  });

  it('names elements the way the guides do', () => {
    expect(elementName('NM1', 3)).toBe('NM103');
    expect(elementName('CLM', 5, 3)).toBe('CLM05-3');
    expect(elementName('SV1', 12)).toBe('SV112');
  });

  it('keeps every code equal to its own name (the values are a public contract)', () => {
    for (const [key, value] of Object.entries(X12ErrorCode)) expect(value).toBe(key);
  });
});
