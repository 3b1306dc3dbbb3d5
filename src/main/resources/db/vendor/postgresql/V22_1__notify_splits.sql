-- PostgreSQL only: a change to the parts of a split payment (V22) is announced on 'outlay_changes' as a change of
-- its expense, so every Outlay on a shared ledger shows the new parts and totals within a second.
-- Version 22.1: V22 is shared with H2 and Flyway versions are unique across locations.

create or replace function outlay_notify_expense_split() returns trigger as $$
begin
    perform pg_notify('outlay_changes', json_build_object(
        'table', 'expense',
        'id', case when TG_OP = 'DELETE' then OLD.expense_id else NEW.expense_id end,
        'kind', 'UPDATE')::text);
    return null;
end;
$$ language plpgsql;

create trigger expense_split_notify_change after insert or update or delete on expense_split
    for each row execute function outlay_notify_expense_split();

-- A part's tag link names its part, not its expense: the expense is looked up (it is gone when the whole payment
-- was deleted, and then the expense's own deletion was announced already).
create or replace function outlay_notify_expense_split_tag() returns trigger as $$
declare
    owner_id bigint;
begin
    select expense_id into owner_id from expense_split
     where id = case when TG_OP = 'DELETE' then OLD.split_id else NEW.split_id end;
    if owner_id is not null then
        perform pg_notify('outlay_changes', json_build_object('table', 'expense', 'id', owner_id, 'kind', 'UPDATE')::text);
    end if;
    return null;
end;
$$ language plpgsql;

create trigger expense_split_tag_notify_change after insert or update or delete on expense_split_tag
    for each row execute function outlay_notify_expense_split_tag();
