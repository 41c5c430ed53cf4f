import type { Condition } from '@cascade/journey';
import type { SqlParams } from './sql-params';
import type { SqlSubject } from './subject-sql';

/** What every part of a compilation shares. */
export interface CompileContext {
  params: SqlParams;
  subject: SqlSubject;
  now: string;
  /** `$n` bound to the workspace id. */
  workspace: string;
  /** Quoted name of the membership table inSegment reads. */
  membershipTable: string;
  /** A fresh table alias for a subquery (e1, m2…), so nested subqueries never shadow each other. */
  alias(prefix: string): string;
  compile(condition: Condition, subject?: SqlSubject): string;
}
