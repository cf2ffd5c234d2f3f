import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A server this harness started as a child process, reachable on 127.0.0.1:port. */
export interface ChildServer {
  name: string;
  port: number;
  pid: number;
  /** Milliseconds from spawn to the first 200 on the ready path. */
  startupMs: number;
  /** Peak resident set size so far (VmHWM), in MiB; null where /proc is missing. */
  peakRssMiB(): number | null;
  /** CPU seconds (user + system) the process has used so far; null where /proc is missing. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

const POLL_MS = 50;

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Spawns `node script` with `env`, and resolves once GET `readyPath` answers 200 (rejects if
 * the process exits first or `timeoutMs` passes, after killing it). Its stderr is kept for the
 * error message; stdout is dropped.
 */
export async function startChildServer(options: {
  name: string;
  script: string;
  nodeArguments?: string[];
  port: number;
  env: NodeJS.ProcessEnv;
  readyPath: string;
  timeoutMs: number;
}): Promise<ChildServer> {
  const started = Date.now();
  const child = spawn(process.execPath, [...(options.nodeArguments ?? []), options.script], {
    env: options.env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 10_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
  const readyUrl = `http://127.0.0.1:${options.port}${options.readyPath}`;
  while (!(await isReady(readyUrl))) {
    if (child.exitCode !== null)
      throw new Error(`${options.name} exited with code ${child.exitCode} before it was ready:\n${stderr}`);
    if (Date.now() - started > options.timeoutMs) {
      await stop();
      throw new Error(`${options.name} was not ready within ${options.timeoutMs} ms:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const startupMs = Date.now() - started;
  const pid = child.pid!;
  const peakRssMiB = () => {
    try {
      const line = readFileSync(`/proc/${pid}/status`, 'utf8')
        .split('\n')
        .find((entry) => entry.startsWith('VmHWM:'));
      return line ? Number(line.split(/\s+/)[1]) / 1024 : null;
    } catch {
      return null;
    }
  };
  const cpuSeconds = () => {
    try {
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime and stime, in clock ticks (100 a second).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return null;
    }
  };
  return { name: options.name, port: options.port, pid, startupMs, peakRssMiB, cpuSeconds, stop };
}
