import JSZip from 'jszip';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipProblem } from '../../src/common/zip-guard.js';
import { makeDocx } from '../support/docx.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

/** Rewrites every size a zip declares (local headers and central directory) to `declared` bytes. */
function lieAboutSizes(zip: Buffer, declared: number): Buffer {
  const patched = Buffer.from(zip);
  for (let i = 0; i + 4 <= patched.length; i++) {
    const signature = patched.readUInt32LE(i);
    if (signature === 0x04034b50 && i + 26 <= patched.length) patched.writeUInt32LE(declared, i + 22);
    if (signature === 0x02014b50 && i + 28 <= patched.length) patched.writeUInt32LE(declared, i + 24);
  }
  return patched;
}

/** An .xlsx whose one sheet holds `rows` rows (or one cell far down, at row `farRow`). */
async function makeXlsx(options: { rows?: number; farRow?: number }): Promise<Buffer> {
  const rows: string[] = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>人员编号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c><c r="C1" t="inlineStr"><is><t>角色</t></is></c></row>',
  ];
  for (let r = 2; r <= (options.rows ?? 1) + 1; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>P-${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>某某${r}</t></is></c><c r="C${r}" t="inlineStr"><is><t>工作办</t></is></c></row>`,
    );
  }
  if (options.farRow) {
    rows.push(`<row r="${options.farRow}"><c r="A${options.farRow}" t="inlineStr"><is><t>P-far</t></is></c></row>`);
  }
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="人员" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('uploaded archives are measured by what they really unpack to', () => {
  it('refuses a zip whose entries inflate past the limit although it declares them small', async () => {
    const docx = await makeDocx(['标题', '正文'.repeat(10)]);
    expect(zipProblem(docx)).toBeNull();
    const bomb = await makeDocx(['标题', ' '.repeat(3 * 1_048_576)]);
    const liar = lieAboutSizes(bomb, 100);
    expect(zipProblem(liar, 1_048_576)).toContain('unpacks to more than 1 MB');
    expect(zipProblem(Buffer.from('PK not really'))).toBe('not a zip archive');
  });

  describe('through the admin API', () => {
    let service: TestService;
    beforeAll(async () => {
      service = await createTestService({ demo: false });
    });
    afterAll(async () => {
      await service?.close();
    });

    it('refuses a .docx that lies about its sizes with 400, keeping the documents', async () => {
      const before = (await request(service.handler).get('/admin/policies').set(auth)).body.policies.length;
      const liar = lieAboutSizes(await makeDocx(['标题', ' '.repeat(30 * 1_048_576)]), 1_000);
      const response = await request(service.handler)
        .post('/admin/policies')
        .query({ fileName: 'liar.docx' })
        .set(auth)
        .set('content-type', 'application/octet-stream')
        .send(liar);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('MB');
      expect((await request(service.handler).get('/admin/policies').set(auth)).body.policies.length).toBe(before);
    });

    const importXlsx = (bytes: Buffer) =>
      request(service.handler)
        .post('/admin/import?kind=people&dryRun=1')
        .set(auth)
        .set('content-type', 'application/octet-stream')
        .send(bytes);

    it('refuses with 413 a roster spreadsheet that unpacks too large or holds too many rows', async () => {
      const huge = await makeXlsx({ rows: 160_000 });
      expect(huge.length).toBeLessThan(3 * 1_048_576);
      const refused = await importXlsx(huge);
      expect(refused.status).toBe(413);
      expect(refused.body.error.message).toMatch(/MB|rows/);
      const many = await makeXlsx({ rows: 25_000 });
      const tooMany = await importXlsx(many);
      expect(tooMany.status).toBe(413);
    });

    it('reads a spreadsheet with one cell a million rows down as the rows it has, with their line numbers', async () => {
      const response = await importXlsx(await makeXlsx({ rows: 1, farRow: 1_048_576 }));
      expect(response.status).toBe(400);
      const lines = response.body.error.details.map((d: { line: number }) => d.line);
      expect(lines).toContain(1_048_576);
      expect(lines.length).toBeLessThanOrEqual(2);
    });
  });
});
