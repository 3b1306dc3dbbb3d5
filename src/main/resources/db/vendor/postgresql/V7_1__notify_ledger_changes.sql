-- PostgreSQL only: a change of the ledger's currency (V7) is announced on 'outlay_changes' like any other change
-- (V5), so every Outlay connected to this database shows the new currency within a second.
-- Version 7.1: V7 is shared with H2 and Flyway versions are unique across locations.

create trigger ledger_notify_change after insert or update or delete on ledger
    for each row execute function outlay_notify_change();
