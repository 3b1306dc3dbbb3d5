-- PostgreSQL only: every change to the ledger is announced on the channel 'outlay_changes', so every Outlay
-- connected to this database can refresh what changed within a second (LISTEN/NOTIFY). The notification is
-- sent when the transaction commits, and only then.

create or replace function outlay_notify_change() returns trigger as $$
begin
    perform pg_notify('outlay_changes', json_build_object(
        'table', TG_TABLE_NAME,
        'id', case when TG_OP = 'DELETE' then OLD.id else NEW.id end,
        'kind', TG_OP)::text);
    return null;
end;
$$ language plpgsql;

create trigger expense_notify_change after insert or update or delete on expense
    for each row execute function outlay_notify_change();
create trigger category_notify_change after insert or update or delete on category
    for each row execute function outlay_notify_change();
create trigger recurrence_notify_change after insert or update or delete on recurrence
    for each row execute function outlay_notify_change();
