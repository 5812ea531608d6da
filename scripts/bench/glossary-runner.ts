/**
 * The glossary bench's child process (glossary-worker.ts): jobs run there so that one that exceeds its
 * time budget can be killed without stalling the benchmark; restarted after a kill.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { WorkerReply, WorkerRequest } from './glossary-worker.ts';

/** The glossary child process; restarted after a kill. */
export class Runner {
  private child: ChildProcess | null = null;
  private waiting: ((m: WorkerReply) => void) | null = null;
  /** the hand dictionary's cold load in the first child (CPU ms) */
  handColdLoadMs: number | null = null;
  constructor(private texts: { vi: string[]; en: string[] }) {}

  private next(): Promise<WorkerReply> {
    return new Promise((resolve) => { this.waiting = resolve; });
  }

  private async start(): Promise<ChildProcess> {
    const child = fork(fileURLToPath(new URL('./glossary-worker.ts', import.meta.url)), [], {
      // the tsx loader this process runs under (npm run bench = tsx …)
      execArgv: [...(process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : ['--import', 'tsx']), '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (m: WorkerReply) => { const w = this.waiting; this.waiting = null; w?.(m); });
    child.on('exit', () => { if (this.child === child) this.child = null; });
    this.child = child;
    await this.next(); // module loaded
    const ready = this.next();
    child.send({ type: 'texts', ...this.texts } satisfies WorkerRequest);
    const r = await ready;
    if (r.type === 'ready' && r.handColdLoadMs !== undefined) this.handColdLoadMs ??= r.handColdLoadMs;
    return child;
  }

  /** One job; null when it ran past `timeoutMs` (the child is killed). */
  async run(job: Extract<WorkerRequest, { type: 'run' }>, timeoutMs: number) {
    const child = this.child ?? (await this.start());
    const reply = this.next();
    child.send(job);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), timeoutMs); });
    const result = await Promise.race([reply, timeout]);
    clearTimeout(timer);
    if (result === null) {
      this.waiting = null;
      this.child = null;
      child.kill('SIGKILL');
      return null;
    }
    return result.type === 'result' ? result : null;
  }

  close() {
    this.child?.kill();
    this.child = null;
  }
}
