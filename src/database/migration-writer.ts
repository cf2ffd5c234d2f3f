import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

interface SqlStatement {
  query: string;
  parameters?: unknown[];
}

/** The SQL that would bring the database to the entities; empty when they agree. */
export async function pendingSchemaChanges(
  dataSource: DataSource,
): Promise<{ up: SqlStatement[]; down: SqlStatement[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries, down: log.downQueries };
}

function quote(statement: SqlStatement): string {
  const sql = statement.query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const parameters = statement.parameters?.length ? `, ${JSON.stringify(statement.parameters)}` : '';
  return `    await queryRunner.query(\`${sql}\`${parameters});`;
}

/** Writes a TypeORM migration class file for the given changes and returns its path. */
export function writeMigration(
  directory: string,
  name: string,
  changes: { up: SqlStatement[]; down: SqlStatement[] },
): string {
  const timestamp = Date.now();
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const body = [
    "import { MigrationInterface, QueryRunner } from 'typeorm';",
    '',
    `export class ${className} implements MigrationInterface {`,
    `  name = '${className}';`,
    '',
    '  public async up(queryRunner: QueryRunner): Promise<void> {',
    ...changes.up.map(quote),
    '  }',
    '',
    '  public async down(queryRunner: QueryRunner): Promise<void> {',
    ...[...changes.down].reverse().map(quote),
    '  }',
    '}',
    '',
  ].join('\n');
  const file = join(directory, `${timestamp}-${name}.ts`);
  writeFileSync(file, body);
  return file;
}
