import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { readFileSync } from 'node:fs';
import { AppConfig } from './app-config.schema';
import {
  ConfigurationError,
  describeValue,
  ENVIRONMENT_KEYS,
  environmentKeyFor,
  parseEnvironmentValue,
} from './environment-keys';
import { fromProjectRoot } from './project-root';

export { ConfigurationError };

type Tree = Record<string, unknown>;

function setPath(tree: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = tree;
  for (const key of keys) node = node[key] as Tree;
  node[last] = value;
}

function readDefaults(file: string): Tree {
  try {
    return JSON.parse(readFileSync(fromProjectRoot(file), 'utf8')) as Tree;
  } catch (error) {
    throw new ConfigurationError(`cannot read configuration defaults ${file}: ${(error as Error).message}`);
  }
}

function describeErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.children?.length) return describeErrors(error.children, path);
    const name = environmentKeyFor(path);
    const key = name ? `${name} (${path})` : path;
    const reasons = Object.values(error.constraints ?? {}).map((text) =>
      text.startsWith(`${error.property} `) ? text.slice(error.property.length + 1) : text,
    );
    return [`${key} ${reasons.join(', ')} (got ${describeValue(path, error.value)})`];
  });
}

/**
 * Builds the configuration from config/default.json and the environment and validates it.
 * A bad value throws a ConfigurationError naming the key, so the service stops at boot.
 */
export function loadAppConfig(
  environment: NodeJS.ProcessEnv = process.env,
  defaultsFile = 'config/default.json',
): AppConfig {
  const tree = readDefaults(defaultsFile);
  for (const name of Object.keys(ENVIRONMENT_KEYS)) {
    const raw = environment[name];
    if (raw !== undefined && raw !== '') setPath(tree, ENVIRONMENT_KEYS[name].path, parseEnvironmentValue(name, raw));
  }
  const config = plainToInstance(AppConfig, tree);
  const errors = validateSync(config, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new ConfigurationError(`invalid configuration: ${describeErrors(errors).join('; ')}`);
  }
  return config;
}
