// loadtxt's tokenizer: a port of NumPy's state machine (textreading/tokenize.cpp), which splits
// one row at a time into fields. Fields are not copied: each is a range [start, end) of a string,
// usually the text itself; only a field built from pieces (a doubled quote, a quoted field that
// goes on after its closing quote or over a line break) gets a string of its own.
import { ValueError } from "../../core/errors.js";
import { isPySpace } from "./numbers.js";
import type { TextSource } from "./source.js";

export interface TokenizerConfig {
  /** One character, or null: split on runs of whitespace (Python's str.split()). */
  delimiter: string | null;
  /** One character, or null (multi-character comments are stripped before: see loadtxt). */
  comment: string | null;
  quote: string | null;
}

const enum St { Init, CheckQuoted, Quoted, QuotedCheckDouble, Unquoted, UnquotedWhitespace, GotoLineEnd, EatCrlf, LineEnd }
const enum Buf { MayContainNewline, IsLineEnd, IsFileEnd }

const code = (c: string | null): number => (c === null ? -1 : c.charCodeAt(0));

export class Tokenizer {
  /** The row's fields: field i is fieldStr[i].slice(fieldStart[i], fieldEnd[i]). */
  fieldStr: string[] = [];
  fieldStart = new Int32Array(16);
  fieldEnd = new Int32Array(16);
  numFields = 0;
  private quoted0 = false;
  private state = St.Init;
  private bufState = Buf.MayContainNewline;
  private buf = "";
  private pos = 0;
  private end = 0;
  private next = 0; // the next line (lines mode), or 1 once the text was handed out
  private readonly delim: number;
  private readonly comment: number;
  private readonly quote: number;
  private readonly quoteStr: string;
  private readonly unquoted: St;

  constructor(private readonly src: TextSource, cfg: TokenizerConfig) {
    this.delim = code(cfg.delimiter);
    this.comment = code(cfg.comment);
    this.quote = code(cfg.quote);
    this.quoteStr = cfg.quote ?? "";
    this.unquoted = cfg.delimiter === null ? St.UnquotedWhitespace : St.Unquoted;
  }

  /** stream_nextbuf: the whole text once, or the next line. */
  private nextBuf(): Buf {
    if (this.src.lines === undefined) {
      if (this.next++ > 0) { this.pos = this.end = this.buf.length; return Buf.IsFileEnd; }
      this.buf = this.src.text;
      this.pos = 0; this.end = this.buf.length;
      return Buf.MayContainNewline;
    }
    if (this.next >= this.src.lines.length) { this.pos = this.end = this.buf.length; return Buf.IsFileEnd; }
    this.buf = this.src.lines[this.next++];
    this.pos = 0; this.end = this.buf.length;
    return Buf.IsLineEnd;
  }

  private addField(): void {
    const n = this.numFields;
    if (n + 1 >= this.fieldStart.length) {
      const s = new Int32Array(this.fieldStart.length * 2), e = new Int32Array(s.length);
      s.set(this.fieldStart); e.set(this.fieldEnd);
      this.fieldStart = s; this.fieldEnd = e;
    }
    this.fieldStr[n] = this.buf;
    this.fieldStart[n] = this.fieldEnd[n] = this.pos;
    if (n === 0) this.quoted0 = false;
    this.numFields = n + 1;
  }

  /** copy_to_field_buffer: append str[a, b) to the current field. */
  private chunk(str: string, a: number, b: number): void {
    const i = this.numFields - 1;
    if (a === b) return;
    const fs = this.fieldStr[i], fa = this.fieldStart[i], fb = this.fieldEnd[i];
    if (fa === fb) { this.fieldStr[i] = str; this.fieldStart[i] = a; this.fieldEnd[i] = b; return; }
    if (fs === str && fb === a) { this.fieldEnd[i] = b; return; }
    const joined = fs.slice(fa, fb) + str.slice(a, b);
    this.fieldStr[i] = joined; this.fieldStart[i] = 0; this.fieldEnd[i] = joined.length;
  }

  /** tokenizer_core: one step over the current buffer. */
  private core(): void {
    const s = this.buf, stop = this.end;
    let pos = this.pos;
    if (this.state === St.CheckQuoted) {
      if (this.unquoted === St.UnquotedWhitespace) {
        while (pos < stop) {
          const c = s.charCodeAt(pos);
          if (c === 13 || c === 10 || !isPySpace(c)) break;
          pos++;
        }
        if (pos === stop) { this.pos = pos; return; }
      }
      if (s.charCodeAt(pos) === this.quote) {
        if (this.numFields === 1) this.quoted0 = true;
        this.state = St.Quoted;
        pos++;
      } else this.state = this.unquoted;
      this.fieldStr[this.numFields - 1] = s;
      this.fieldStart[this.numFields - 1] = this.fieldEnd[this.numFields - 1] = pos;
    }
    const delim = this.delim, comment = this.comment, quote = this.quote;
    switch (this.state) {
      case St.Unquoted:
      case St.UnquotedWhitespace: {
        // unquoted fields one after another without going back to row(): a field that ends at
        // a delimiter starts the next one here (row()'s addField and CheckQuoted's work) unless
        // the buffer ends or a quote opens it
        const ws = this.state === St.UnquotedWhitespace;
        for (;;) {
          const start = pos;
          for (; pos < stop; pos++) {
            const c = s.charCodeAt(pos);
            if (c > 32 && c < 128 && c !== delim && c !== comment) continue; // (most characters)
            if (c === 13) { this.state = St.EatCrlf; break; }
            if (c === 10) { this.state = St.LineEnd; break; }
            if (ws ? isPySpace(c) : c === delim) { this.state = St.Init; break; }
            if (c === comment) { this.state = St.GotoLineEnd; break; }
          }
          this.chunk(s, start, pos);
          pos++;
          if (this.state !== St.Init || pos >= stop) break;
          if (ws) {
            while (pos < stop) {
              const c = s.charCodeAt(pos);
              if (c === 13 || c === 10 || !isPySpace(c)) break;
              pos++;
            }
            if (pos >= stop) break;
          }
          if (s.charCodeAt(pos) === quote) break;
          this.pos = pos;
          this.addField();
          this.state = this.unquoted;
        }
        break;
      }
      case St.Quoted: {
        const start = pos;
        for (; pos < stop; pos++) if (s.charCodeAt(pos) === quote) { this.state = St.QuotedCheckDouble; break; }
        this.chunk(s, start, pos);
        pos++;
        break;
      }
      case St.QuotedCheckDouble:
        if (s.charCodeAt(pos) === quote) {
          this.chunk(this.quoteStr, 0, 1);
          this.state = St.Quoted;
          pos++;
        } else this.state = this.unquoted;
        break;
      case St.GotoLineEnd:
        if (this.bufState !== Buf.MayContainNewline) { pos = stop; this.state = St.LineEnd; break; }
        for (; pos < stop; pos++) {
          const c = s.charCodeAt(pos);
          if (c === 13) { this.state = St.EatCrlf; break; }
          if (c === 10) { this.state = St.LineEnd; break; }
        }
        pos++;
        break;
      case St.EatCrlf:
        if (s.charCodeAt(pos) === 10) pos++;
        this.state = St.LineEnd;
        break;
    }
    this.pos = pos;
  }

  /** npy_tokenize: the next row into the fields; true once the file has ended. */
  row(): boolean {
    let finished = false;
    this.numFields = 0;
    for (;;) {
      if (this.state === St.Init) { this.addField(); this.state = St.CheckQuoted; }
      if (this.pos >= this.end) {
        if (this.bufState === Buf.IsLineEnd && this.state !== St.Quoted) break;
        this.bufState = this.nextBuf();
        if (this.bufState === Buf.IsFileEnd) { finished = true; break; }
        if (this.pos === this.end) break; // an empty line
      }
      this.core();
      if (this.state === St.LineEnd) break;
    }
    if (this.bufState === Buf.IsLineEnd) {
      this.bufState = Buf.MayContainNewline;
      if (this.pos < this.end) {
        throw new ValueError("Found an unquoted embedded newline within a single line of input.  This is currently not supported.");
      }
    }
    // as NumPy: an empty last field is no field when it is the only one (an empty line) or
    // when splitting on whitespace (" 1 ".split()); NumPy tests the first field's quotes
    const n = this.numFields;
    if ((n === 1 || (n > 0 && this.unquoted === St.UnquotedWhitespace)) && !this.quoted0 && this.fieldStart[n - 1] === this.fieldEnd[n - 1]) {
      this.numFields--;
    }
    this.state = St.Init;
    return finished;
  }

  /** Skip to the end of the line (skiprows); true once the file has ended. */
  skipLine(): boolean {
    this.state = St.GotoLineEnd;
    return this.row();
  }

  /** Field i as a string (error messages, converters). */
  field(i: number): string {
    return this.fieldStr[i].slice(this.fieldStart[i], this.fieldEnd[i]);
  }
}
