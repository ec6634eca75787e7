import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CodeListError, CodeLists, codeListsDir, parseCodeList } from './code-lists';

describe('code lists', () => {
  it('loads the bundled, dated CARC and RARC lists', () => {
    const lists = CodeLists.load(path.resolve(__dirname, '../../config/code-lists'));
    expect(lists.carc.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lists.carcDescription('45')).toMatch(/fee schedule/i);
    expect(lists.rarcDescription('n130')).toMatch(/benefit/i);
    expect(lists.carcDescription('A0-NOT-A-CODE')).toBeNull();
    expect(lists.describeAdjustment({ group: 'CO', reason: '45', amount: '1.00', quantity: null })).toEqual({ group: 'CO', reason: '45', description: lists.carcDescription('45'), amount: '1.00', quantity: null });
    expect(lists.describeRemark('ZZ999')).toEqual({ code: 'ZZ999', description: null });
  });

  it('follows CODE_LISTS_DIR, so a newer list needs no code change', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-lists-'));
    try {
      fs.writeFileSync(path.join(dir, 'carc.json'), JSON.stringify({ asOf: '2030-01-01', source: 'test', codes: { '45': 'NEW WORDING' } }));
      expect(codeListsDir({ CODE_LISTS_DIR: dir })).toBe(dir);
      const lists = CodeLists.load(codeListsDir({ CODE_LISTS_DIR: dir }));
      expect(lists.carcDescription('45')).toBe('NEW WORDING');
      expect(lists.rarc.codes.size).toBe(0);
      expect(() => codeListsDir({ CODE_LISTS_DIR: path.join(dir, 'missing') })).toThrow(CodeListError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a broken file', () => {
    expect(() => parseCodeList('{', 'x.json')).toThrow(/not valid JSON/);
    expect(() => parseCodeList(JSON.stringify({ asOf: '2025', source: 's', codes: {} }), 'x.json')).toThrow(/asOf/);
    expect(() => parseCodeList(JSON.stringify({ asOf: '2025-01-01', source: 's', codes: { '1': '' } }), 'x.json')).toThrow(/no description/);
  });
});
