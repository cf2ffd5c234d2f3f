import { DefaultNamingStrategy, NamingStrategyInterface, Table } from 'typeorm';

function snakeCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

function tableNameOf(table: Table | string): string {
  return (typeof table === 'string' ? table : table.name).replace(/^.*\./, '');
}

/** Maps camelCase properties to snake_case columns and gives constraints readable names. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snakeCase(className);
  }

  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snakeCase([...prefixes, customName ?? propertyName].join('_'));
  }

  override relationName(propertyName: string): string {
    return snakeCase(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snakeCase(`${relationName}_${referencedColumnName}`);
  }

  override primaryKeyName(table: Table | string): string {
    return `pk_${tableNameOf(table)}`;
  }

  override foreignKeyName(table: Table | string, columnNames: string[]): string {
    return `fk_${tableNameOf(table)}_${columnNames.join('_')}`;
  }

  override indexName(table: Table | string, columnNames: string[]): string {
    return `ix_${tableNameOf(table)}_${columnNames.join('_')}`;
  }

  override uniqueConstraintName(table: Table | string, columnNames: string[]): string {
    return `uq_${tableNameOf(table)}_${columnNames.join('_')}`;
  }
}
