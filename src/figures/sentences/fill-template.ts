const NUMBER = new Intl.NumberFormat('zh-TW', { maximumFractionDigits: 2 });
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export type TemplateValues = Record<string, string | number>;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/**
 * Replaces each `{name}` with its value; numbers are written as the report writes them (`1,059`).
 * A placeholder without a value is left as written, so a wrong template shows itself in the text.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? NUMBER.format(value) : value;
  });
}
