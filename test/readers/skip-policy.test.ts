/**
 * What is skipped and why: media, Finder/Windows litter and shapefile geometry only when the
 * bytes agree with the name; an Office owner file is a metadata notice; an unknown binary blocks
 * with a reason that says how to exclude it.
 */
import { describe, expect, it } from 'vitest';
import { resolveScanOptions } from '../../src/config/scan-options.js';
import { SKIP_REASONS } from '../../src/core/model.js';
import { buildReport, findingBlocks } from '../../src/core/verdict.js';
import { TOOL } from '../../src/core/tool.js';
import { toJson } from '../../src/report/json.js';
import { toText } from '../../src/report/text.js';
import { scanFile } from '../../src/scan/scan-file.js';
import { expectNoLeak } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRows, toCsv } from '../fixtures/people.js';
import { XLSX } from '../hostile/fixtures.js';
import { buildZip } from './spreadsheet/build-xlsx.js';

const people = makePeople(8, 3131);
const planted = plantedValues(people);
const csv = Buffer.from(toCsv(rosterRows(people)), 'utf8');
const options = resolveScanOptions();

async function scan(name: string, data: Buffer) {
  const result = await scanFile({ displayPath: name, data }, options);
  const report = buildReport([result], options, TOOL);
  expectNoLeak({ json: toJson(report), text: toText(report) }, planted);
  return {
    result,
    blocks: result.findings.some((f) => findingBlocks(f, report)) || (result.status === 'not-inspected' && report.notInspectedBlocks),
  };
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR'),
  Buffer.alloc(64),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF\0'), Buffer.alloc(64)]);
const WOFF2 = Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(64, 1)]);
const UNKNOWN = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0xb8, 0, 0, 0, 0, 0, 0, 0]);
const DS_STORE = Buffer.concat([
  Buffer.from([0, 0, 0, 1]),
  Buffer.from('Bud1'),
  Buffer.alloc(120, 0),
  Buffer.from('\u0000\u0000\u0000\u0008roster', 'latin1'),
]);
const APPLE_DOUBLE = Buffer.concat([Buffer.from([0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0]), Buffer.alloc(80, 0)]);

/** A shapefile main or index file header: file code 9994, version 1000, a polygon shape type. */
function shapefileHeader(): Buffer {
  const b = Buffer.alloc(100);
  b.writeInt32BE(9994, 0);
  b.writeInt32BE(50, 24);
  b.writeInt32LE(1000, 28);
  b.writeInt32LE(5, 32);
  return b;
}
const WKT =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** An Excel owner file (`~$name.xlsx`) as Office writes it: the user name in ANSI, then in UTF-16. */
function ownerFile(user: string): Buffer {
  const b = Buffer.alloc(165, 0x20);
  b[0] = user.length;
  b.write(user, 1, 'latin1');
  b.writeUInt16LE(user.length, 55);
  b.write(user, 57, 'utf16le');
  b.fill(0, 57 + 2 * user.length);
  return b;
}

function thumbsDb(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/Catalog', Buffer.alloc(64, 1));
  return XLSX.CFB.write(cfb, { type: 'buffer' });
}

describe('media: skipped only when the bytes agree with the name', () => {
  it('skips a PNG, a JPEG named .png and a font', async () => {
    for (const [name, data] of [
      ['a.png', PNG],
      ['b.png', JPEG],
      ['c.woff2', WOFF2],
    ] as const) {
      expect((await scan(name, data)).result).toMatchObject({ status: 'skipped', reason: 'binary-media' });
    }
  });

  it('reads a CSV named .png as CSV (and blocks on its roster)', async () => {
    const { result, blocks } = await scan('img/photo.png', csv);
    expect(result).toMatchObject({ status: 'scanned', format: 'delimited' });
    expect(blocks).toBe(true);
  });

  it('does not skip an unknown binary named .png or .jpg: not inspected, with how to exclude it', async () => {
    for (const name of ['img/photo.png', 'img/photo.jpg']) {
      const { result, blocks } = await scan(name, UNKNOWN);
      expect(result).toMatchObject({ status: 'not-inspected', reason: 'unsupported-format', format: 'binary' });
      expect(result.detail).toMatch(/allowlist/);
      expect(blocks).toBe(true);
    }
  });
});

describe('operating-system litter', () => {
  it('skips a Finder .DS_Store, an AppleDouble ._ file and a Thumbs.db whose bytes say so', async () => {
    expect((await scan('data/.DS_Store', DS_STORE)).result).toMatchObject({ status: 'skipped', reason: 'os-metadata' });
    expect((await scan('__MACOSX/data/._roster.csv', APPLE_DOUBLE)).result).toMatchObject({ status: 'skipped', reason: 'os-metadata' });
    expect((await scan('img/Thumbs.db', thumbsDb())).result).toMatchObject({ status: 'skipped', reason: 'os-metadata' });
    expect(SKIP_REASONS['os-metadata']).toMatch(/not records/);
  });

  it('reads a roster named .DS_Store, and blocks a .DS_Store whose bytes are not a Finder store', async () => {
    const roster = await scan('data/.DS_Store', csv);
    expect(roster.result.format).toBe('delimited');
    expect(roster.blocks).toBe(true);
    expect((await scan('data/.DS_Store', UNKNOWN)).result).toMatchObject({ status: 'not-inspected' });
  });

  it('passes over litter inside a zip, and reads a roster hiding under a litter name', async () => {
    const quiet = await scan(
      'site.zip',
      buildZip([
        { name: '.DS_Store', data: DS_STORE },
        { name: '__MACOSX/._a.csv', data: APPLE_DOUBLE },
        { name: 'a.png', data: PNG },
      ]),
    );
    expect(quiet.result).toMatchObject({ status: 'scanned' });
    expect(quiet.blocks).toBe(false);
    const hiding = await scan('site.zip', buildZip([{ name: 'Thumbs.db', data: csv }]));
    expect(hiding.blocks).toBe(true);
  });
});

describe('shapefile geometry', () => {
  it('skips .shp, .shx, .sbn, .prj and .cpg parts whose content confirms it', async () => {
    for (const [name, data] of [
      ['m/a.shp', shapefileHeader()],
      ['m/a.shx', shapefileHeader()],
      ['m/a.sbn', shapefileHeader()],
      ['m/a.qix', Buffer.from('SQT\u0001\u0000\u0000\u0000\u0000', 'latin1')],
      ['m/a.prj', Buffer.from(WKT)],
      ['m/a.cpg', Buffer.from('UTF-8\n')],
    ] as const) {
      expect((await scan(name, data)).result, name).toMatchObject({ status: 'skipped', reason: 'geometry-only' });
    }
  });

  it('reads a .prj or .cpg that is not what it claims, and blocks a .shp that is not a shapefile', async () => {
    const prj = await scan('m/a.prj', csv);
    expect(prj.result.format).toBe('delimited');
    expect(prj.blocks).toBe(true);
    expect((await scan('m/a.cpg', csv)).blocks).toBe(true);
    expect((await scan('m/a.shp', UNKNOWN)).result).toMatchObject({ status: 'not-inspected' });
  });

  it('reads a zipped shapefile: geometry parts passed over, no block from them', async () => {
    const zip = buildZip([
      { name: 'a.shp', data: shapefileHeader() },
      { name: 'a.shx', data: shapefileHeader() },
      { name: 'a.prj', data: WKT },
      { name: 'a.cpg', data: 'UTF-8' },
    ]);
    const { result, blocks } = await scan('map.zip', zip);
    expect(result.status).toBe('scanned');
    expect(blocks).toBe(false);
  });
});

describe('Office owner (lock) files', () => {
  it('reports the user name in a ~$ file as a metadata notice, never a block', async () => {
    const { result, blocks } = await scan('reports/~$detainees.xlsx', ownerFile(people[1]!.fullName.normalize('NFC')));
    expect(result).toMatchObject({ status: 'scanned', format: 'office-owner' });
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['metadata.author', 'notice']]);
    expect(blocks).toBe(false);
  });

  it('reports the full name in a LibreOffice lock file (.~lock.name#) the same way', async () => {
    const lock = Buffer.from(`${people[2]!.fullName},jdoe,WORKSTATION-7,28.11.2022 09:45,file:///home/jdoe/.config/libreoffice/4;`, 'utf8');
    const { result, blocks } = await scan('reports/.~lock.detainees.ods#', lock);
    expect(result).toMatchObject({ status: 'scanned', format: 'office-owner' });
    expect(result.findings.map((f) => f.rule)).toEqual(['metadata.author']);
    expect(blocks).toBe(false);
  });

  it('does not take any file named ~$ for an owner file', async () => {
    expect((await scan('reports/~$detainees.xlsx', UNKNOWN)).result).toMatchObject({ status: 'not-inspected' });
    expect((await scan('reports/~$detainees.csv', csv)).blocks).toBe(true);
  });
});
