import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atLeast } from '../../src/core/model.js';
import type { CellValue } from '../../src/readers/types.js';
import { findLeaks } from '../fixtures/canary.js';
import { makePeople, plantedValues, rosterRow, ROSTER_HEADER } from '../fixtures/people.js';
import { analyseGrid, analyseProse, outputs } from './helpers.js';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);

describe('the analyzer under arbitrary input', () => {
  it('never throws on arbitrary grids and prose', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 }), fc.string({ maxLength: 400 }), (grid, text) => {
        analyseGrid(grid);
        analyseGrid(grid, { shape: 'records', header: (grid[0] ?? []).map(String) });
        analyseProse(text);
      }),
      { numRuns: 150 },
    );
  });

  it('a roster in any layout (column order, title rows, offset, blank rows, header or not) blocks and never leaks', () => {
    const people = makePeople(30, 99);
    const planted = plantedValues(people);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (order, titles, offset, withHeader, numericANumbers) => {
          const pad = new Array<CellValue>(offset).fill(null);
          const grid: CellValue[][] = [];
          for (let i = 0; i < titles; i++) grid.push(i % 2 ? [] : [...pad, `Report title ${i}`]);
          if (withHeader) grid.push([...pad, ...order.map((c) => ROSTER_HEADER[c]!)]);
          for (const p of people) {
            const row: CellValue[] = rosterRow(p);
            if (numericANumbers) row[1] = Number(p.aNumber);
            grid.push([...pad, ...order.map((c) => row[c]!)]);
          }
          const findings = analyseGrid(grid);
          expect(findings.some((f) => atLeast(f.severity, 'high'))).toBe(true);
          expect(findLeaks(outputs(findings), planted)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
