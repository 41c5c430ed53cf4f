/**
 * The definitions the reports implement, in the words the API docs show. A purchase is an event named
 * by the workspace's purchase event setting (default "purchase"); its order value is the property named
 * by the amount setting (default "amount").
 */
export const METRIC_DEFINITIONS: Record<string, string> = {
  period:
    'The report period is half-open: it includes purchases at or after `from` and before `to`. Only purchases before `to` are ever counted, so a report for a past period does not change later.',
  previousPeriod:
    'The period of the same length just before the report period: from `from` minus (`to` minus `from`) up to `from`.',
  orders: 'The number of purchases in the period.',
  revenue:
    'The sum of the order values of the purchases in the period. An order value is the amount property as a JSON number or as numeric text such as "12.50"; any other value, or none, counts as 0 revenue while the purchase still counts as an order. Rounded to 2 decimals.',
  customers: 'The number of distinct customers with at least one purchase in the period.',
  newCustomers: 'The number of customers whose first purchase ever falls in the period.',
  aov: 'Average order value (AOV): revenue in the period ÷ orders in the period, rounded to 2 decimals. Null when there are no orders.',
  ltv:
    'Historical lifetime value (LTV): the total revenue of all purchases before `to` made by the customers who bought in the period ÷ the number of those customers (average lifetime revenue per active customer), rounded to 2 decimals. Null when no one bought in the period.',
  repeatPurchaseRate:
    'Repeat purchase rate (RPR): customers who bought in the period and have at least 2 purchases in total before `to` ÷ customers who bought in the period. Null when no one bought in the period.',
  previousCustomers: 'S: the number of distinct customers with at least one purchase in the previous period.',
  retainedCustomers:
    'E − N: customers of the previous period who bought again in the period. E is the customers of the period; N is those of them who did not buy in the previous period (new or reactivated customers).',
  retentionRate:
    'Customer retention rate (CRR) = (E − N) ÷ S: customers of the previous period who bought again in the period ÷ customers of the previous period. A reactivated customer (bought before the previous period, not in it, and again now) counts in N, not in E − N. Null when no one bought in the previous period.',
  churnRate:
    'Churn rate = 1 − CRR: customers of the previous period who did not buy in the period ÷ customers of the previous period. Null when no one bought in the previous period.',
  cohort:
    'A cohort is the customers whose first purchase ever (before `to`) falls in one calendar month, in the requested time zone. Cohorts are listed for the months whose first day is in the report period; months without new customers are left out.',
  cohortRetention:
    'Month k of a cohort counts its customers with at least one purchase in the calendar month k months after the cohort month (month 0 is the cohort month itself, so its rate is 1); rate = those customers ÷ the cohort size. Months run up to the month of the last instant before `to`; purchases at or after `to` are not counted, so that last month may be partial.',
};
