-- Rules that fill in expenses (issue "Categories that fill themselves"): ledger data, so a shared ledger shares
-- them and a copy or backup carries them. Same script on H2 and PostgreSQL.
--
-- Rules are tried in order of position; the first enabled rule whose every condition holds wins. A condition left
-- null does not restrict. Text conditions ignore case; a regular expression is checked by Outlay (bounded in
-- length and in the steps one match may take) before it is saved.
create sequence expense_rule_seq start with 1000 increment by 50;

create table expense_rule (
    id               bigint          not null,
    position         integer         not null,
    enabled          boolean         default true not null,
    name             varchar(100),
    -- on the description (the payee as the bank writes it): CONTAINS, STARTS_WITH, EQUALS or REGEX
    match_type       varchar(12),
    match_text       varchar(500),
    amount_min       numeric(19, 2),
    amount_max       numeric(19, 2),
    -- EXPENSE, REFUND or INCOME (entry kinds); null: any
    kind             varchar(10),
    -- actions: a category, a new description, a note added to the notes
    set_category_id  bigint,
    set_description  varchar(200),
    add_note         varchar(2000),
    version          bigint          default 0 not null,
    constraint pk_expense_rule primary key (id),
    constraint ck_expense_rule_match check (match_type is null and match_text is null
        or match_type in ('CONTAINS', 'STARTS_WITH', 'EQUALS', 'REGEX') and match_text is not null),
    constraint ck_expense_rule_amounts check (amount_min is null or amount_max is null or amount_min <= amount_max),
    -- a rule whose category is deleted keeps its other actions
    constraint fk_expense_rule_category foreign key (set_category_id) references category (id) on delete set null
);

create index ix_expense_rule_position on expense_rule (position, id);
