import { statusesSatisfying, type MessageCondition } from '@cascade/journey';
import type { CompileContext } from './compile-context';
import { countOpSql } from './count-op-sql';
import { timeWindowSql } from './time-window-sql';

/** How many of the contact's sent messages match, by channel, furthest status and send time. */
export function messageConditionSql({ message }: MessageCondition, context: CompileContext): string {
  const { params } = context;
  const m = context.alias('m');
  const filters = [`${m}.contact_id = c.id`, `${m}.sent_at IS NOT NULL`, timeWindowSql(`${m}.sent_at`, message, context.now, params)];
  if (message.channel) filters.push(`${m}.channel = ${params.add(message.channel)}::text`);
  if (message.status) filters.push(`${m}.status = ANY(${params.add(statusesSatisfying(message.status))}::text[])`);
  const count = message.count ?? { op: 'gte', value: 1 };
  return `(SELECT count(*) ${countOpSql(count.op)} ${params.add(count.value)}::bigint FROM messages ${m} WHERE ${filters.join(' AND ')})`;
}
