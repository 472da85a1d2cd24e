import { readdirSync, readFileSync } from 'node:fs';

/** Busy and total CPU ticks of the whole machine since boot, and its CPU count (Linux /proc/stat); else undefined. */
function machineTicks(): { busy: number; total: number; cpus: number } | undefined {
  try {
    const lines = readFileSync('/proc/stat', 'utf8').split('\n');
    const fields = (lines[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0); // user .. steal (guest time is within user)
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle, iowait
    return { busy: total - idle, total, cpus: lines.filter((l) => /^cpu\d/.test(l)).length };
  } catch {
    return undefined;
  }
}

/** CPU ticks used so far by this process's direct children (the API, the baseline), per child; Linux only. */
function childTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  try {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      for (const pid of readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/)) {
        if (!pid) continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // after "pid (name) "
        ticks.set(pid, Number(fields[11]) + Number(fields[12])); // utime, stime
      }
    }
  } catch {
    // not Linux, or a child just exited
  }
  return ticks;
}

export interface CpuUse {
  /** Cores this process kept busy on average (1 = one core fully). */
  readonly self: number;
  /** Cores its child processes (the servers under test) kept busy; undefined where unknown. */
  readonly children: number | undefined;
  /** Cores the whole machine kept busy on average, and how many it has; undefined where unknown. */
  readonly machine: { readonly busy: number; readonly cpus: number } | undefined;
}

/** Starts measuring; the returned function tells the CPU used since. */
export function startCpuMeter(): () => CpuUse {
  const started = performance.now();
  const self = process.cpuUsage();
  const before = machineTicks();
  const childrenBefore = childTicks();
  return () => {
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(self);
    const after = machineTicks();
    let childTicksUsed = 0;
    for (const [pid, ticks] of childTicks()) childTicksUsed += ticks - (childrenBefore.get(pid) ?? 0);
    const machine =
      before && after && after.total > before.total
        ? { busy: ((after.busy - before.busy) / (after.total - before.total)) * after.cpus, cpus: after.cpus }
        : undefined;
    return {
      self: (used.user + used.system) / 1000 / wallMs,
      // /proc counts in USER_HZ ticks, 100 a second on Linux
      children: machine ? childTicksUsed / 100 / (wallMs / 1000) : undefined,
      machine,
    };
  };
}
