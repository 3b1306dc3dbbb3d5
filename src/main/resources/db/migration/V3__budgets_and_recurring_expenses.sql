-- Budgets and recurring expenses. Same script on H2 and PostgreSQL.

-- An optional monthly budget per category (null: no budget).
alter table category add column monthly_budget numeric(19, 2);
alter table category add constraint ck_category_budget_positive check (monthly_budget is null or monthly_budget > 0);

create sequence recurrence_seq start with 1000 increment by 50;

-- A series: "repeat monthly until ...". The details of the next occurrences are kept here, so editing the
-- series changes what is created next without touching expenses already recorded.
create table recurrence (
    id           bigint          not null,
    frequency    varchar(10)     not null,
    starts_on    date            not null,
    until_on     date,
    description  varchar(200)    not null,
    amount       numeric(19, 2)  not null,
    category_id  bigint,
    notes        varchar(2000),
    -- Occurrences up to this date have been created (or were deleted by the user and must not come back).
    generated_through date       not null,
    version      bigint          default 0 not null,
    constraint pk_recurrence primary key (id),
    constraint ck_recurrence_frequency check (frequency in ('WEEKLY', 'MONTHLY', 'YEARLY')),
    constraint ck_recurrence_amount_positive check (amount > 0),
    constraint fk_recurrence_category foreign key (category_id) references category (id)
);

-- Each occurrence of a series is one expense, at most once per scheduled date: the unique key makes creating
-- due occurrences safe to repeat after a crash and safe to run from two Outlay instances at once.
alter table expense add column recurrence_id bigint;
alter table expense add column occurrence_on date;
alter table expense add constraint fk_expense_recurrence foreign key (recurrence_id) references recurrence (id);
alter table expense add constraint uq_expense_occurrence unique (recurrence_id, occurrence_on);
