-- Kept totals (issue 17): the count and the sum of the amounts of the entries per month, category and kind, so the
-- list's count and totals are read from a few hundred rows instead of summed over every entry on every change.
-- Outlay keeps it in the same transaction as each change of expense rows (app.outlay.totals.KeptTotals: one upsert
-- per month, category and kind a change touches), not by a trigger per row (which grew the H2 file of a million-row
-- import from 365 to 620 MiB). Same script on H2 and PostgreSQL. (Version 28, not the 23 first reserved for it:
-- ledgers already at V24-V26 would refuse a lower version added after them.)
--
-- category_id 0 (no category has it: their ids start at 1): every entry once, with its whole amount, whatever its
-- category: the unfiltered list and any filter without a category. Otherwise what a filter by that category counts
-- and sums: the entries in it (a payment split between categories in each of its parts' categories, once), with
-- their amounts in it (a split payment's parts there, else the whole amount). spent_month: year * 100 + month.
create table expense_summary (
    category_id bigint         not null,
    spent_month integer        not null,
    kind        varchar(10)    not null,
    entries     bigint         not null,
    amount      numeric(25, 2) not null,
    constraint pk_expense_summary primary key (category_id, spent_month, kind)
);

-- An upgraded ledger is summed once, here; the statements are KeptTotals.rebuild's.
insert into expense_summary (category_id, spent_month, kind, entries, amount)
select 0, m, kind, count(*), sum(amount)
  from (select extract(year from e.spent_on) * 100 + extract(month from e.spent_on) as m, e.kind as kind, e.amount as amount
          from expense e) r
 group by m, kind;

insert into expense_summary (category_id, spent_month, kind, entries, amount)
select category_id, m, kind, count(*), sum(amount)
  from (select e.category_id as category_id, extract(year from e.spent_on) * 100 + extract(month from e.spent_on) as m,
               e.kind as kind, e.amount as amount
          from expense e
         where e.split = false and e.category_id is not null
        union all
        select s.category_id, extract(year from e.spent_on) * 100 + extract(month from e.spent_on), e.kind, sum(s.amount)
          from expense e join expense_split s on s.expense_id = e.id
         where e.split = true and s.category_id is not null
         group by e.id, s.category_id, e.spent_on, e.kind
        union all
        select e.category_id, extract(year from e.spent_on) * 100 + extract(month from e.spent_on), e.kind, 0
          from expense e
         where e.split = true and e.category_id is not null
           and not exists (select 1 from expense_split s where s.expense_id = e.id and s.category_id = e.category_id)) r
 group by category_id, m, kind;

-- Sorting the list by amount or by description (ExpenseOrder: the column, then the id, either direction) reads
-- these instead of sorting every entry for one page.
create index ix_expense_amount on expense (amount, id);
create index ix_expense_description on expense (description, id);
