/**
 * SQL `INSERT INTO name (columns) VALUES (...), (...)` as tables, from the tokens of a SQL file:
 * the column list is the header (no list: a grid), each tuple a row. Consecutive statements
 * into the same table with the same columns (a dump writes one statement per row) continue one
 * table. A statement this does not follow (INSERT ... SELECT) is left to the caller token by
 * token, so its strings are still read as prose.
 */
import type { CellValue, ContentSink, RowSink } from '../../types.js';
import { numberValue } from './literals.js';
import type { Token } from './tokenize.js';

type State = 'idle' | 'table' | 'columns' | 'values' | 'tuples' | 'tuple';

export class InsertReader {
  private state: State = 'idle';
  private tableName: string[] = [];
  private columns: string[] = [];
  private cells: CellValue[] = [];
  private cell: Array<string | number> = [];
  private cellNull = false;
  private negative = false;
  private depth = 0;
  private open: { key: string; rows: RowSink; count: number } | undefined;

  constructor(
    private readonly sink: ContentSink,
    private readonly entry: string | undefined,
  ) {}

  /** Whether the token was taken as part of an INSERT statement. */
  take(token: Token): boolean {
    const word = token.kind === 'word' ? token.text.toLowerCase() : undefined;
    const punct = token.kind === 'punct' ? token.text : undefined;
    switch (this.state) {
      case 'idle':
        if (word !== 'insert') return false;
        this.state = 'table';
        this.tableName = [];
        this.columns = [];
        return true;
      case 'table':
        if (word === 'values') this.state = 'tuples';
        else if (punct === '(') this.state = 'columns';
        else if (word === 'select' || word === 'set' || word === 'default') return this.abort();
        else if (
          token.kind === 'word' &&
          !['into', 'ignore', 'or', 'replace', 'low_priority', 'delayed', 'high_priority', 'only'].includes(word!)
        )
          this.tableName.push(token.text);
        else if (punct !== '.' && token.kind !== 'word') return this.abort();
        return true;
      case 'columns':
        if (token.kind === 'word') this.columns.push(token.text);
        else if (punct === ')') this.state = 'values';
        else if (punct !== ',') return this.abort();
        return true;
      case 'values':
        if (word === 'values') {
          this.state = 'tuples';
          return true;
        }
        return this.abort();
      case 'tuples':
        if (punct === '(') {
          this.state = 'tuple';
          this.depth = 1;
          this.cells = [];
          this.startCell();
          return true;
        }
        if (punct === ',') return true;
        this.state = 'idle';
        return punct === ';';
      case 'tuple':
        return this.inTuple(token, word, punct);
    }
  }

  finish(): void {
    this.open?.rows.end();
    this.open = undefined;
    this.state = 'idle';
  }

  private abort(): boolean {
    this.state = 'idle';
    return false;
  }

  private startCell(): void {
    this.cell = [];
    this.cellNull = false;
    this.negative = false;
  }

  private endCell(): void {
    this.cells.push(this.cellNull && this.cell.length === 0 ? null : this.cell.length === 1 ? this.cell[0]! : this.cell.join(' '));
    this.startCell();
  }

  private inTuple(token: Token, word: string | undefined, punct: string | undefined): boolean {
    if (punct === '(') this.depth++;
    else if (punct === ')') {
      this.depth--;
      if (this.depth === 0) {
        this.endCell();
        this.row();
        this.state = 'tuples';
      }
    } else if (punct === ',' && this.depth === 1) this.endCell();
    else if (punct === '-') this.negative = true;
    else if (token.kind === 'string') this.cell.push(token.text);
    else if (token.kind === 'number') {
      const v = numberValue(token.text, this.negative);
      if (v !== null && typeof v !== 'boolean') this.cell.push(v);
      this.negative = false;
    } else if (word === 'null') this.cellNull = true;
    else if (word === 'true' || word === 'false') this.cell.push(word);
    return true;
  }

  private row(): void {
    const key = `${this.tableName.join('.')}\u0000${this.columns.join('\u0000')}`;
    if (!this.open || this.open.key !== key) {
      this.open?.rows.end();
      const rows = this.columns.length
        ? this.sink.beginTable({ surface: 'cells', shape: 'records', header: [...this.columns], lettered: false, entry: this.entry })
        : this.sink.beginTable({ surface: 'cells', shape: 'grid', lettered: false, entry: this.entry });
      this.open = { key, rows, count: 0 };
    }
    this.open.rows.row(++this.open.count, this.cells);
  }
}
