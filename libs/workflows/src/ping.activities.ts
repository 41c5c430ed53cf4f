/** Activities the skeleton workflow needs; apps/worker implements them. */
export interface PingActivities {
  completePing(input: { pingId: string }): Promise<{ completedAt: string }>;
}
