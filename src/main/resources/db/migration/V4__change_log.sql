-- The ledger's history: one row per change, written in the same transaction as the change itself, never
-- updated except to mark it undone. Same script on H2 and PostgreSQL.

create sequence change_log_seq start with 1 increment by 50;

create table change_log (
    id          bigint                   not null,
    -- Changes made together (e.g. deleting several expenses at once) share a batch and are undone together.
    batch_id    bigint                   not null,
    changed_at  timestamp with time zone not null,
    changed_by  varchar(100)             not null,
    computer    varchar(100)             not null,
    entity      varchar(20)              not null,
    entity_id   bigint                   not null,
    action      varchar(10)              not null,
    old_values  varchar(10000),
    new_values  varchar(10000),
    undone      boolean                  default false not null,
    constraint pk_change_log primary key (id),
    constraint ck_change_log_action check (action in ('INSERT', 'UPDATE', 'DELETE'))
);

create index ix_change_log_entity on change_log (entity, entity_id, id);
create index ix_change_log_batch on change_log (batch_id);
