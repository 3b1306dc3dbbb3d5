-- PostgreSQL only: on a ledger shared with roles (LedgerRoles), editors may only INSERT into change_log: the
-- history of who changed what is not theirs to rewrite. Undo still marks the reversed entries as undone; for
-- someone without UPDATE on change_log that mark goes through this function, which runs with its owner's rights
-- (the role that migrated the ledger) and can do exactly one thing: set "undone" on the caller's own entries of
-- one batch that are not undone yet. It cannot change what an entry says, delete one, or touch anyone else's.
-- The roles themselves are made by the owner's command (outlay db grant), not here: a migration runs as whoever
-- opens the ledger first, who may not be allowed to create roles, and a failing migration would lock everyone out.

create or replace function outlay_mark_undone(batch bigint) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    marked integer;
begin
    update change_log set undone = true
     where batch_id = batch and undone = false and changed_by = session_user;
    get diagnostics marked = row_count;
    return marked;
end;
$$;
