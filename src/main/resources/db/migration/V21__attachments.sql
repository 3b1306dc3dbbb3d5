-- Receipts (issue 21): files attached to expenses, kept IN the database so that a shared PostgreSQL ledger shares
-- them and backup, restore and database copy carry them. Same script on H2 and PostgreSQL: "bytea" is PostgreSQL's
-- byte string and an H2 name for BINARY VARYING.
--
-- The bytes live in a table of their own, keyed by their SHA-256: the same file attached twice (to one expense or
-- to several) is stored once, and nothing that lists expenses or their attachments ever reads a byte of them.
create table attachment_content (
    sha256      char(64)  not null,
    size_bytes  bigint    not null,
    bytes       bytea     not null,
    constraint pk_attachment_content primary key (sha256),
    constraint ck_attachment_content_size check (size_bytes >= 0)
);

create sequence attachment_seq start with 1000 increment by 1;

create table attachment (
    id          bigint                   not null,
    expense_id  bigint                   not null,
    sha256      char(64)                 not null,
    -- The file's name as the user had it (for "save as" and the export), its media type and size.
    name        varchar(255)             not null,
    media_type  varchar(100)             not null,
    size_bytes  bigint                   not null,
    added_at    timestamp with time zone not null,
    constraint pk_attachment primary key (id),
    constraint fk_attachment_expense foreign key (expense_id) references expense (id) on delete cascade,
    constraint fk_attachment_content foreign key (sha256) references attachment_content (sha256),
    -- The same file attached to the same expense twice is one attachment.
    constraint uq_attachment_file unique (expense_id, sha256)
);
