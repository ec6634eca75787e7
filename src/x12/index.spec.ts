// The public face: what other modules import. A smoke test that the pieces fit together when
// used only through 'src/x12' (write an interchange, read it back, validate it).
import * as x12 from './index';

describe('src/x12 public API', () => {
  it('writes, tokenizes, streams and validates an interchange through the index only', async () => {
    const text = x12.buildInterchange({
      header: {
        senderQualifier: 'ZZ',
        senderId: 'SUBMITTER01',
        receiverQualifier: 'ZZ',
        receiverId: 'CLEARINGHOUSE',
        date: '2024-03-01',
        time: '12:00',
        controlNumber: x12.nextControlNumber(41),
        acknowledgmentRequested: true,
        usage: 'T',
      },
      groups: [
        {
          header: {
            functionalId: 'HC',
            senderCode: 'SUBMITTER01',
            receiverCode: 'CLEARINGHOUSE',
            date: '2024-03-01',
            time: '12:00',
            controlNumber: 1,
            version: '005010X222A1',
          },
          transactions: [
            {
              header: { id: '837', controlNumber: 1, implementationReference: '005010X222A1' },
              segments: [
                ['BHT', '0019', '00', 'B1', x12.formatDate('2024-03-01'), x12.formatTime('12:00'), 'CH'],
                ['CLM', 'PCN1', x12.formatAmount(12550), '', '', ['11', 'B', '1']],
                ['DTP', '472', ...Object.values(x12.formatDateQualified('2024-03-01', '2024-03-02'))],
              ],
            },
          ],
        },
      ],
    });
    const segments = x12.tokenize(text);
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST', 'BHT', 'CLM', 'DTP', 'SE', 'GE', 'IEA']);
    expect(segments[0].element(13)).toBe(x12.formatInterchangeControlNumber(42));
    expect(x12.parseAmount(segments[4].element(2))).toBe(12550);
    expect(segments[5].elements.slice(1)).toEqual(['472', 'RD8', '20240301-20240302']);
    expect(x12.validateX12(text)).toMatchObject({ valid: true, diagnostics: [] });

    const streamed: x12.Segment[] = [];
    for await (const s of x12.readSegments([Buffer.from(text)])) streamed.push(s);
    expect(streamed).toEqual(segments);
  });

  it('exposes coded errors', () => {
    expect(() => x12.formatSegment('NM1', ['IL', '1', 'A*B'])).toThrow(x12.X12Error);
    try {
      x12.tokenize('not x12');
    } catch (err) {
      expect(x12.isX12Error(err) && err.code).toBe(x12.X12ErrorCode.NOT_X12);
    }
    expect.assertions(2);
  });
});
