/**
 * A bag of loose values with no columns: a workbook's unused shared strings. A roster whose
 * cells were cleared survives there as a list of names, A-numbers, countries and fear results,
 * one string per row, in no column order. Each value is judged on its own and the bag is
 * decided from the counts, the way a table is: identifiers first, then what stands beside them.
 */
import type { ColumnKind, Finding, Location, RuleId } from '../core/model.js';
import { describeFinding } from '../core/describe.js';
import { fingerprint } from '../core/fingerprint.js';
import type { CellValue, RowSink, TableMeta } from '../readers/types.js';
import * as R from './recognizers.js';
import { safePlace } from './safe-place.js';
import { severityFor } from './table-decision.js';
import type { TableContext } from './table.js';

/** Names needed before loose strings count as a list of people (a few stray names are not). */
const MIN_NAMES = 3;

export class BagSink implements RowSink {
  private names = 0;
  private numbers = 0;
  /** Bare nine-digit strings: A-numbers only beside names. */
  private bare = 0;
  private claims = 0;
  private quasi = 0;
  private custom = 0;
  private first = 0;
  private last = 0;
  private ended = false;

  constructor(
    private readonly meta: TableMeta,
    private readonly ctx: TableContext,
  ) {}

  row(rowNumber: number, cells: readonly CellValue[]): void {
    if (this.ended) return;
    for (const value of cells) {
      const text = R.cellText(value);
      if (!text || text.length > R.MAX_CELL) continue;
      const kind = this.judge(text);
      if (!kind) continue;
      if (kind === 'full-name' || kind === 'a-number' || kind === 'subject-id') {
        if (this.first === 0) this.first = rowNumber;
        this.last = rowNumber;
      }
    }
  }

  private judge(text: string): ColumnKind | undefined {
    if (this.ctx.custom.some((c) => c.test?.(text))) {
      this.custom++;
      return 'subject-id';
    }
    if (R.isPrefixedANumber(text) || R.isReceiptNumber(text) || R.isSevisId(text) || R.isI94(text)) {
      this.numbers++;
      return 'a-number';
    }
    if (R.isNineDigits(text)) {
      this.bare++;
      return 'a-number';
    }
    // Short claim values ("Positive Credible Fear"), not footnote sentences that mention one.
    if (text.length <= 60 && R.isClaimText(text)) {
      this.claims++;
      return 'protection-claim';
    }
    const shape = R.nameShape(text);
    if (shape.ok && (shape.comma || shape.known)) {
      this.names++;
      return 'full-name';
    }
    if (R.isCountry(text) || R.isFacilityName(text) || R.dateYear(text) > 0) {
      this.quasi++;
      return 'nationality';
    }
    return undefined;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    const rule = this.decide();
    if (!rule) return;
    const meta = this.meta;
    const location: Location = { surface: meta.surface };
    if (meta.entry !== undefined) location.entry = meta.entry;
    if (meta.sheet !== undefined) location.sheet = safePlace(meta.sheet);
    if (meta.sheetState !== undefined) location.sheetState = meta.sheetState;
    location.rows = { first: this.first, last: this.last };
    const count = this.identifiers();
    this.ctx.emit({
      rule,
      severity: severityFor(rule, this.ctx.options.severityOverrides ?? {}),
      message: describeFinding(rule, location, count, 'identifying values'),
      location,
      count,
      fingerprint: fingerprint(this.ctx.path, rule, location),
    } satisfies Finding);
  }

  private identifiers(): number {
    const names = this.names >= MIN_NAMES;
    return (names ? this.names + this.bare : 0) + this.numbers + this.custom;
  }

  private decide(): RuleId | undefined {
    const names = this.names >= MIN_NAMES;
    if (!names && !this.numbers && !this.custom) return undefined;
    if (this.claims) return 'person-record.protection-claim';
    if (this.quasi) return 'person-record.quasi-identifier';
    if (this.numbers || (names && this.bare)) return 'person-record.immigration-number';
    if (names) return 'person-record.names-only';
    return 'custom';
  }
}
