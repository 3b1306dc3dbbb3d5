-- Split expenses (issue 21): one payment split into parts, each with its own category, amount, note and tags. The
-- parts add up to the payment's amount exactly (checked by Outlay before it saves). Same script on H2 and PostgreSQL.

-- True while the expense has parts. Totals by category read the parts of split payments and the expense itself for
-- all others; the flag lets the million unsplit rows be summed without a look into expense_split each.
alter table expense add column split boolean default false not null;

-- Increment 1: parts are written with plain SQL and get their ids one at a time (no Hibernate block of ids).
create sequence expense_split_seq start with 1000 increment by 1;

create table expense_split (
    id           bigint          not null,
    expense_id   bigint          not null,
    -- The part's place in the payment, from 1, as the user ordered them.
    position     integer         not null,
    category_id  bigint,
    -- In the ledger currency, like expense.amount: what totals and budgets sum.
    amount       numeric(19, 2)  not null,
    note         varchar(2000),
    constraint pk_expense_split primary key (id),
    constraint fk_expense_split_expense foreign key (expense_id) references expense (id) on delete cascade,
    constraint fk_expense_split_category foreign key (category_id) references category (id),
    constraint ck_expense_split_amount_positive check (amount > 0),
    constraint uq_expense_split_position unique (expense_id, position)
);

-- The unique constraint serves "the parts of these expenses"; this one serves totals and budgets by category.
create index ix_expense_split_category on expense_split (category_id, expense_id);

-- A part's tags, like an expense's (V20).
create table expense_split_tag (
    split_id  bigint  not null,
    tag_id    bigint  not null,
    constraint pk_expense_split_tag primary key (split_id, tag_id),
    constraint fk_expense_split_tag_split foreign key (split_id) references expense_split (id) on delete cascade,
    constraint fk_expense_split_tag_tag foreign key (tag_id) references tag (id) on delete cascade
);

create index ix_expense_split_tag_tag on expense_split_tag (tag_id, split_id);
