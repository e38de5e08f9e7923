/**
 * Writes examples/: what the README's first command scans. Synthetic people only.
 * Run: npx tsx scripts/make-examples.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { makePeople, rosterRows, toCsv } from '../test/fixtures/people.js';

mkdirSync('examples/site/data', { recursive: true });
mkdirSync('examples/site/news', { recursive: true });

// Passes: a public aggregate, counts by country and facility.
writeFileSync(
  'examples/site/data/detention-by-citizenship-fy23.csv',
  toCsv([
    ['Country of Citizenship', 'Book-ins', 'Average Daily Population', 'Aliens with USCIS-Established Fear Decisions'],
    ['GUATEMALA', 41210, 3120.4, 1804],
    ['HONDURAS', 38002, 2877.1, 1611],
    ['MEXICO', 60110, 4410.9, 902],
    ['EL SALVADOR', 12044, 1010.2, 655],
    ['VENEZUELA', 9021, 701.3, 1280],
    ['Total', 160387, 12119.9, 6252],
  ]),
);

// Passes: a press release full of protection vocabulary but about no one in particular.
writeFileSync(
  'examples/site/news/2023-01-fear-screening-statistics.md',
  `# ICE publishes fear-screening statistics\n\nWASHINGTON — U.S. Immigration and Customs Enforcement today published its detention statistics for\nfiscal year 2023. The workbook includes the number of noncitizens with a positive credible fear or\nreasonable fear determination, by detention facility. Asylum officers (APSO) conducted the interviews.\n\n| Facility | Positive credible fear | Negative credible fear |\n|---|---|---|\n| Stewart Detention Center | 211 | 48 |\n| Otero County Processing Center | 133 | 27 |\n\nFor questions, contact the Office of Public Affairs.\n`,
);

// Blocks: the working file behind the statistic, in a hidden tab of a workbook.
const people = makePeople(40, 2022);
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(
  wb,
  XLSX.utils.aoa_to_sheet([
    ['Aliens with USCIS-Established Fear Decisions in an ICE Detention Facility'],
    [],
    ['Facility', 'Count'],
    ['STEWART DETENTION CENTER', 22],
    ['ADELANTO ICE PROCESSING CENTER', 18],
  ]),
  'Fear Decisions FY23',
);
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rosterRows(people)), 'working');
wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
writeFileSync('examples/site/data/fear-decisions-fy23.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));

// Blocks: the same roster exported as CSV.
writeFileSync('examples/site/data/fear-decisions-extract.csv', toCsv(rosterRows(makePeople(25, 1128))));
console.log('examples/ written');
