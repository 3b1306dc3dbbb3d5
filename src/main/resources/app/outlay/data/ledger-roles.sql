-- The statements of LedgerRoles, one section per use. {names} are replaced by identifiers quoted as PostgreSQL
-- reads them exactly (never by values typed into SQL); statements end with ';' at the end of a line.

-- [create] a missing group role of the ledger
create role {group} nologin;

-- [privileges] given by the tables' owner; safe to repeat (it also covers tables a later migration added)
grant {viewer} to {editor};
grant {editor} to {owner};
grant select on all tables in schema {schema} to {viewer};
-- SELECT on a sequence reads it (Hibernate's schema check needs to see it); taking ids needs USAGE.
grant select on all sequences in schema {schema} to {viewer};
grant insert, update, delete on all tables in schema {schema} to {editor};
-- History is insert-only for editors; Flyway's is the owner's alone.
revoke insert, update, delete on change_log, flyway_schema_history from {editor};
grant insert on change_log to {editor};
grant update, delete on change_log to {owner};
grant usage, select on all sequences in schema {schema} to {editor};
-- Undo's mark for those who may not UPDATE change_log (V16).
revoke execute on function outlay_mark_undone(bigint) from public;
grant execute on function outlay_mark_undone(bigint) to {editor};
-- Tables and sequences later migrations add (run by this role) are readable and writable the same way.
alter default privileges in schema {schema} grant select on tables to {viewer};
alter default privileges in schema {schema} grant select on sequences to {viewer};
alter default privileges in schema {schema} grant insert, update, delete on tables to {editor};
alter default privileges in schema {schema} grant usage, select on sequences to {editor};

-- [member] a viewer or an editor
grant {group} to {user};

-- [owner] an owner manages members as the first one does: ADMIN OPTION on all three groups
grant {owner}, {editor}, {viewer} to {user} with admin option;

-- [leave] one membership taken away
revoke {group} from {user};

-- [administrator] what the server's administrator runs when the ledger's owner may not create roles
CREATE ROLE {owner} NOLOGIN;
CREATE ROLE {editor} NOLOGIN;
CREATE ROLE {viewer} NOLOGIN;
GRANT {owner}, {editor}, {viewer} TO {user} WITH ADMIN OPTION;
