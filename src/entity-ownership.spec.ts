import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

// Only the owning module registers its tables: each entity file is passed to
// TypeOrmModule.forFeature exactly once, by a module file of the feature folder it lives in.
const SRC = resolve(__dirname);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function featureOf(file: string): string {
  return relative(SRC, file).split('/')[0];
}

/** Entity file → the files that pass it to TypeOrmModule.forFeature. */
function forFeatureRegistrations(files: string[]): Map<string, string[]> {
  const registrations = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('TypeOrmModule.forFeature(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const importedFrom = new Map<string, string>();
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            importedFrom.set(element.name.text, resolve(dirname(file), `${node.moduleSpecifier.text}.ts`));
          }
        }
      }
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'TypeOrmModule.forFeature') {
        const [entities] = node.arguments;
        expect(entities && ts.isArrayLiteralExpression(entities)).toBe(true);
        for (const entity of (entities as ts.ArrayLiteralExpression).elements) {
          const entityFile = importedFrom.get(entity.getText(source)) ?? `${file}#${entity.getText(source)}`;
          registrations.set(entityFile, [...(registrations.get(entityFile) ?? []), file]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return registrations;
}

describe('entity ownership', () => {
  const files = sourceFiles(SRC);
  const registrations = forFeatureRegistrations(files);
  const entityFiles = files.filter((file) => file.endsWith('.entity.ts'));

  it('finds the entities and the modules that register them', () => {
    expect(entityFiles.length).toBeGreaterThan(30);
    expect(registrations.size).toBeGreaterThan(30);
  });

  it('registers every entity exactly once, in a module of the feature that owns it', () => {
    const misplaced = entityFiles.flatMap((entity) => {
      const modules = registrations.get(entity) ?? [];
      const owned =
        modules.length === 1 && modules[0].endsWith('.module.ts') && featureOf(modules[0]) === featureOf(entity);
      return owned ? [] : [`${relative(SRC, entity)} ← [${modules.map((module) => relative(SRC, module)).join(', ')}]`];
    });
    expect(misplaced).toEqual([]);
  });

  it('registers nothing that is not an entity file', () => {
    const strays = [...registrations.keys()].filter((file) => !file.endsWith('.entity.ts'));
    expect(strays.map((file) => relative(SRC, file))).toEqual([]);
  });
});
