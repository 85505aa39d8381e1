/**
 * The fake's builders (data validation, conditional format rules), Ui and menus, HtmlService
 * and document properties. Built objects are plain data a test can compare.
 */
import type { FakeRange } from './fakeRange';

export interface FakeValidation {
  kind: 'list' | 'range' | 'number';
  /** For a number rule: the smallest and largest number allowed. */
  between?: [number, number];
  values: string[];
  /** For a range list: its A1 reference with the sheet. */
  range: string | null;
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidationBuilder {
  private rule: FakeValidation = { kind: 'list', values: [], range: null, allowInvalid: true, helpText: '' };

  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.rule = { ...this.rule, kind: 'list', values: [...values], range: null };
    return this;
  }

  requireValueInRange(range: FakeRange, _showDropdown?: boolean): this {
    const a1 = `${range.sheet.getName()}!${range.getA1Notation()}`;
    this.rule = { ...this.rule, kind: 'range', values: [], range: a1 };
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    this.rule = { ...this.rule, kind: 'number', values: [], range: null, between: [start, end] };
    return this;
  }

  setAllowInvalid(allow: boolean): this {
    this.rule.allowInvalid = allow;
    return this;
  }

  setHelpText(text: string): this {
    this.rule.helpText = text;
    return this;
  }

  build(): FakeValidation {
    return { ...this.rule };
  }
}

export interface FakeConditionalRule {
  condition: { type: 'TEXT_EQ'; value: string } | { type: 'CUSTOM_FORMULA'; formula: string } | null;
  background: string | null;
  fontColor: string | null;
  ranges: string[];
}

export class FakeConditionalFormatRuleBuilder {
  private rule: FakeConditionalRule = { condition: null, background: null, fontColor: null, ranges: [] };

  whenTextEqualTo(value: string): this {
    this.rule.condition = { type: 'TEXT_EQ', value };
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    this.rule.condition = { type: 'CUSTOM_FORMULA', formula };
    return this;
  }

  setBackground(colour: string): this {
    this.rule.background = colour;
    return this;
  }

  setFontColor(colour: string): this {
    this.rule.fontColor = colour;
    return this;
  }

  setRanges(ranges: FakeRange[]): this {
    this.rule.ranges = ranges.map((r) => `${r.sheet.getName()}!${r.getA1Notation()}`);
    return this;
  }

  build(): FakeConditionalRule {
    return { ...this.rule };
  }
}

/** What the Ui has shown: menus added, sidebars opened, alerts. */
export interface UiRecord {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  sidebars: { title: string; html: string }[];
  alerts: { title: string; prompt: string }[];
}

export class FakeMenu {
  readonly items: { caption: string; functionName: string }[] = [];

  constructor(
    readonly title: string,
    private readonly record: UiRecord,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): this {
    return this;
  }

  addToUi(): void {
    this.record.menus.push({ title: this.title, items: [...this.items] });
  }
}

export class FakeHtmlOutput {
  private title = '';

  constructor(private readonly content: string) {}

  getContent = (): string => this.content;
  getTitle = (): string => this.title;

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  setWidth(_px: number): this {
    return this;
  }
}

export class FakeProperties {
  constructor(readonly store: Map<string, string>) {}

  getProperty = (key: string): string | null => this.store.get(key) ?? null;
  getProperties = (): Record<string, string> => Object.fromEntries(this.store);
  getKeys = (): string[] => [...this.store.keys()];

  setProperty(key: string, value: string): this {
    this.store.set(key, String(value));
    return this;
  }

  setProperties(values: Record<string, string>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(values)) this.store.set(k, String(v));
    return this;
  }

  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
}
