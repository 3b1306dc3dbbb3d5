-- PostgreSQL only: a change to the rules (V19) is announced on 'outlay_changes' like any other change (V5), so
-- every Outlay on a shared ledger shows the same rules within a second.
-- Version 19.1: V19 is shared with H2 and Flyway versions are unique across locations.

create trigger expense_rule_notify_change after insert or update or delete on expense_rule
    for each row execute function outlay_notify_change();
