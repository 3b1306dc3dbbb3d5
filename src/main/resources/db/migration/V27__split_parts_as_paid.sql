-- Spending abroad (issue 22): a split payment paid in another currency keeps each part's amount as paid, in the
-- payment's currency and that currency's own minor units (like expense.original_amount, V25), beside the part's
-- amount in the ledger's currency that totals sum. Null for the parts of a payment in the ledger's currency, as every
-- existing part is. Same script on H2 and PostgreSQL.
alter table expense_split add column original_amount numeric(21, 4);
alter table expense_split add constraint ck_expense_split_original_positive check (original_amount is null or original_amount > 0);
