-- Money coming in (issue 18): every entry has a kind. Same script on H2 and PostgreSQL.
--
-- EXPENSE: money spent. REFUND: money back on spending; it belongs to a spending category and reduces its totals.
-- INCOME: money earned, in income categories, never mixed into spending. Amounts stay above zero (V1's check):
-- the kind says the direction. Every existing row is an expense, which the default makes it.
alter table expense add column kind varchar(10) default 'EXPENSE' not null;
alter table expense add constraint ck_expense_kind check (kind in ('EXPENSE', 'REFUND', 'INCOME'));

-- A refund may name the expense it gives money back on. Deleting that expense keeps the refund, unlinked.
alter table expense add column refund_of bigint;
alter table expense add constraint fk_expense_refund_of foreign key (refund_of) references expense (id) on delete set null;
create index ix_expense_refund_of on expense (refund_of);

-- Totals by kind and month read (kind, spent_on) without touching rows of the other kinds.
create index ix_expense_kind_spent_on on expense (kind, spent_on);

-- Income categories (Salary, ...) are kept apart from spending ones: a refund goes to a spending category, income
-- to an income one.
alter table category add column income boolean default false not null;

-- A starting set of income categories, in English like V2's seeds (DefaultCategories names them in the user's
-- language when this upgrade runs). Ids below the sequence's start; a ledger that already has a category of that
-- name keeps its own and gets no second one (names are unique ignoring case). The ledger table has exactly one row.
insert into category (id, name, name_key, colour, version, income)
    select 11, 'Salary', 'salary', '#2e8b57', 0, true from ledger
     where id = 1 and not exists (select 1 from category where name_key = 'salary' or id = 11);
insert into category (id, name, name_key, colour, version, income)
    select 12, 'Interest', 'interest', '#3a9d8f', 0, true from ledger
     where id = 1 and not exists (select 1 from category where name_key = 'interest' or id = 12);
insert into category (id, name, name_key, colour, version, income)
    select 13, 'Gifts received', 'gifts received', '#6a994e', 0, true from ledger
     where id = 1 and not exists (select 1 from category where name_key = 'gifts received' or id = 13);
