/** Records one measured queue-mode finding in .runtime/queue-findings.json and prints it. */
export declare function recordQueueFinding(name: string, finding: Record<string, unknown>): void;
