-- Tags (issue 21): labels that cut across categories ("trip to Rome", "tax-deductible"), any number per expense.
-- Same script on H2 and PostgreSQL.

-- Increment 1: tags are few and get their ids one at a time (native SQL, no Hibernate block of ids).
create sequence tag_seq start with 1000 increment by 1;

create table tag (
    id        bigint       not null,
    name      varchar(60)  not null,
    -- lower(name): "Rome" and "rome" are one tag, as with categories (V1)
    name_key  varchar(60)  not null,
    version   bigint       default 0 not null,
    constraint pk_tag primary key (id),
    constraint uq_tag_name_key unique (name_key)
);

-- Which expense carries which tag. Deleting an expense or a tag takes its links with it (the history keeps an
-- expense's tags, so undoing its deletion puts them back).
create table expense_tag (
    expense_id  bigint  not null,
    tag_id      bigint  not null,
    constraint pk_expense_tag primary key (expense_id, tag_id),
    constraint fk_expense_tag_expense foreign key (expense_id) references expense (id) on delete cascade,
    constraint fk_expense_tag_tag foreign key (tag_id) references tag (id) on delete cascade
);

-- The primary key serves "the tags of these expenses"; this one serves the tag filter and the report by tag.
create index ix_expense_tag_tag on expense_tag (tag_id, expense_id);
