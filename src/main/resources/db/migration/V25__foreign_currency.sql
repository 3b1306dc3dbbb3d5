-- Spending abroad (issue 22): an entry may have been paid in another currency. Same script on H2 and PostgreSQL.
--
-- expense.amount stays what it was: the value in the LEDGER's currency, which every total, budget and report sums.
-- Beside it, the amount as paid: its currency (ISO 4217 code; null = the ledger's currency, as every existing row
-- is), the amount in that currency's own minor units (JPY 0 decimals, EUR 2, KWD 3; four decimals cover every
-- ISO currency, CLF included) and the rate used (ledger units per unit of the currency). A rate derived from two
-- amounts (what the bank booked in EUR for a purchase in USD) rarely ends; sixteen decimals keep it as exact as
-- matters while the ledger amount itself is stored as booked.
--
-- expense.amount keeps NUMERIC(19,2): ledger amounts have two decimals whatever the ledger's currency
-- (MoneyFormat), so no existing value changes.
alter table expense add column currency char(3);
alter table expense add column original_amount numeric(21, 4);
alter table expense add column rate numeric(28, 16);

-- All three or none; codes in upper case as the ledger's own (V7); amount and rate above zero like V1's amount.
alter table expense add constraint ck_expense_paid_complete check (
    (currency is null and original_amount is null and rate is null)
    or (currency is not null and original_amount is not null and rate is not null));
alter table expense add constraint ck_expense_currency_code check (currency is null or upper(currency) = currency);
alter table expense add constraint ck_expense_original_positive check (original_amount is null or original_amount > 0);
alter table expense add constraint ck_expense_rate_positive check (rate is null or rate > 0);

-- The breakdown by original currency reads (currency, spent_on) of the few foreign rows only.
create index ix_expense_currency on expense (currency, spent_on);
