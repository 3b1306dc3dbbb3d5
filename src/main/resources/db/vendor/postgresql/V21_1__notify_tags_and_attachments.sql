-- PostgreSQL only: changes to tags and attachments (V20, V21) are announced on 'outlay_changes' like those of
-- expenses (V5), so every Outlay on a shared ledger shows new chips and paperclips within a second.
-- Version 21.1: V21 is shared with H2 and Flyway versions are unique across locations.

create trigger tag_notify_change after insert or update or delete on tag
    for each row execute function outlay_notify_change();
create trigger attachment_notify_change after insert or update or delete on attachment
    for each row execute function outlay_notify_change();

-- A link has no id of its own: it is announced as a change of its expense.
create or replace function outlay_notify_expense_tag() returns trigger as $$
begin
    perform pg_notify('outlay_changes', json_build_object(
        'table', 'expense',
        'id', case when TG_OP = 'DELETE' then OLD.expense_id else NEW.expense_id end,
        'kind', 'UPDATE')::text);
    return null;
end;
$$ language plpgsql;

create trigger expense_tag_notify_change after insert or update or delete on expense_tag
    for each row execute function outlay_notify_expense_tag();
