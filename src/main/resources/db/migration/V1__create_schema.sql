-- Outlay schema, version 1. Runs unchanged on H2 2.x and PostgreSQL 12+.
-- Unquoted lower-case names (DESIGN §3); money is NUMERIC(19,2), never floating point.

create sequence category_seq start with 1000 increment by 50;
create sequence expense_seq start with 1000 increment by 50;

create table category (
    id        bigint       not null,
    name      varchar(60)  not null,
    -- lower(name): makes "Food" and "food" the same name, on both databases without expression indexes
    name_key  varchar(60)  not null,
    colour    varchar(7)   not null,
    version   bigint       default 0 not null,
    constraint pk_category primary key (id),
    constraint uq_category_name_key unique (name_key)
);

create table expense (
    id           bigint                   not null,
    spent_on     date                     not null,
    description  varchar(200)             not null,
    amount       numeric(19, 2)           not null,
    category_id  bigint,
    notes        varchar(2000),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint                   default 0 not null,
    constraint pk_expense primary key (id),
    constraint ck_expense_amount_positive check (amount > 0),
    constraint fk_expense_category foreign key (category_id) references category (id)
);

-- Newest first is the main table's order; the id breaks ties so paging by (spent_on, id) is stable.
create index ix_expense_spent_on on expense (spent_on, id);
create index ix_expense_category on expense (category_id, spent_on);
