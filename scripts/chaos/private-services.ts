/**
 * The chaos run's own PostgreSQL cluster and Redis server, which it may stop and start at will
 * (the shared ones stay untouched). The cluster is initdb'd into a temporary folder; PostgreSQL
 * refuses to run as root, so as root every PostgreSQL command runs as the `postgres` OS user.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const isRoot = process.getuid?.() === 0;

function pgBin(name: string): string {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    return path.join(dir, name);
  } catch {
    return name;
  }
}

const commandFor = (tool: string, args: string[]): [string, string[]] =>
  isRoot ? ['runuser', ['-u', 'postgres', '--', pgBin(tool), ...args]] : [pgBin(tool), args];

/** Runs a PostgreSQL tool, as the `postgres` user when this process is root. */
function pg(tool: string, args: string[]): void {
  const [cmd, full] = commandFor(tool, args);
  execFileSync(cmd, full, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The same without blocking this process: the writers share its event loop. */
async function pgAsync(tool: string, args: string[]): Promise<void> {
  const [cmd, full] = commandFor(tool, args);
  await promisify(execFile)(cmd, full);
}

export interface PrivatePostgres {
  url(database: string): string;
  start(): Promise<void>;
  /** A fast shutdown: open sessions are ended, as in a restart for maintenance. */
  stop(): Promise<void>;
  /** Stops it if running and deletes the cluster. */
  destroy(): void;
}

export function createPrivatePostgres(port: number): PrivatePostgres {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chaos-pg-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  let running = false;
  const ctl = (args: string[]) => pgAsync('pg_ctl', ['-D', data, '-w', '-t', '60', ...args]);
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await ctl([
        '-l',
        path.join(dir, 'server.log'),
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`,
        'start',
      ]);
      running = true;
    },
    async stop() {
      await ctl(['-m', 'fast', 'stop']);
      running = false;
    },
    destroy() {
      try {
        if (running) pg('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']);
      } catch {
        // already down
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** redis-server in the foreground as a child (no persistence): stop kills it, start spawns anew. */
export function createPrivateRedis(port: number): PrivateRedis {
  let child: ChildProcess | null = null;
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    async start() {
      const started = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      );
      child = started;
      for (let i = 0; i < 100; i++) {
        if (started.exitCode !== null) throw new Error(`redis-server exited (${started.exitCode})`);
        try {
          execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'ignore' });
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error('redis-server did not answer');
    },
    stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
}
