import type { ForumPulse, NodePulse } from '../../api/generated/contracts';

/** How a node or the store is doing: "down" is what an operator must act on, "slow" what to keep an eye on. */
export type Health = 'ok' | 'slow' | 'down';

/** A store round trip above this is slow: the forum's writes wait on it (a healthy one takes a few milliseconds). */
export const slowStoreMs = 250;

/** A node's report older than this (it reports every second) means the node is struggling to keep up. */
export const lateReportMs = 3_000;

/** No pulse for this long while watching: the figures shown are out of date. */
export const stalePulseMs = 5_000;

/** One row of the health table. */
export interface NodeHealth {
  readonly node: NodePulse;
  readonly health: Health;
}

/** What the health panel says in one line, and what is announced (politely) when it changes. */
export interface HealthSummary {
  readonly health: Health;
  readonly nodes: number;
  /** The nodes (or "store") that are not ok, worst first. */
  readonly troubled: readonly string[];
}

/**
 * The operations dashboard's state: the latest pulse the server pushed, and what the panels show of it. A pulse
 * older than the one held (a late answer to a watch crossing a push) is ignored. No DOM, so it is tested on its own.
 */
export class OperationsState {
  private current: ForumPulse | null = null;
  private receivedAt = 0;

  /** Keeps `pulse` unless it is older than the one held; true when kept. */
  apply(pulse: ForumPulse, now: number = Date.now()): boolean {
    if (this.current && Date.parse(pulse.at) < Date.parse(this.current.at)) {
      return false;
    }
    this.current = pulse;
    this.receivedAt = now;
    return true;
  }

  get pulse(): ForumPulse | null {
    return this.current;
  }

  /** Whether the last pulse came too long ago (the connection dropped, or the server stopped pushing). */
  isStale(now: number = Date.now()): boolean {
    return this.current !== null && now - this.receivedAt > stalePulseMs;
  }

  get nodes(): readonly NodeHealth[] {
    const pulse = this.current;
    if (!pulse) {
      return [];
    }
    const at = Date.parse(pulse.at);
    return pulse.nodes.map((node) => ({ node, health: nodeHealth(node, at) }));
  }

  /** The store is down when any node could not reach it, slow when any round trip was slow. */
  get store(): Health {
    const pulse = this.current;
    if (!pulse || !pulse.storeHealthy || pulse.nodes.length === 0) {
      return 'down';
    }
    return pulse.nodes.some((n) => n.storeMilliseconds > slowStoreMs) ? 'slow' : 'ok';
  }

  get summary(): HealthSummary {
    const nodes = this.nodes;
    const store = this.store;
    const parts: { name: string; health: Health }[] = [
      ...(store === 'ok' ? [] : [{ name: 'store', health: store }]),
      ...nodes.filter((n) => n.health !== 'ok').map((n) => ({ name: n.node.node, health: n.health })),
    ];
    const health: Health = nodes.length === 0 || parts.some((p) => p.health === 'down') ? 'down' : parts.length > 0 ? 'slow' : 'ok';
    parts.sort((a, b) => rank(b.health) - rank(a.health));
    return { health, nodes: nodes.length, troubled: parts.map((p) => p.name) };
  }
}

function nodeHealth(node: NodePulse, pulseAt: number): Health {
  if (node.storeMilliseconds < 0) {
    return 'down';
  }
  return node.storeMilliseconds > slowStoreMs || pulseAt - Date.parse(node.reportedAt) > lateReportMs ? 'slow' : 'ok';
}

function rank(health: Health): number {
  return health === 'down' ? 2 : health === 'slow' ? 1 : 0;
}
