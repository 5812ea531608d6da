/**
 * CPU time of this process (user + system, ms). Unlike wall time it does not count the waits for a core
 * that other processes on the machine hold; it includes V8's helper threads (GC, compiler), which are real cost.
 */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
