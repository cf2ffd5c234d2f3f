const NUMBER = new Intl.NumberFormat('zh-TW', { maximumFractionDigits: 2 });
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export type TemplateValue = string | number | undefined;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/**
 * The template cut once into its text and placeholders, to fill many times: each `{name}` becomes
 * `valueOf(name)`, numbers written as the report writes them (`1,059`). A placeholder without a
 * value is left as written, so a wrong template shows itself in the text.
 */
export function compileTemplate(template: string): (valueOf: (name: string) => TemplateValue) => string {
  // Split on a capturing pattern: the text pieces at even indexes, the placeholder names between them.
  const pieces = template.split(new RegExp(PLACEHOLDER.source));
  return (valueOf) => {
    let text = pieces[0];
    for (let index = 1; index < pieces.length; index += 2) {
      const name = pieces[index];
      const value = valueOf(name);
      text += value === undefined ? `{${name}}` : typeof value === 'number' ? NUMBER.format(value) : value;
      text += pieces[index + 1];
    }
    return text;
  };
}
