-- The bank's own id of the transaction an expense was imported from (OFX FITID, CAMT.053 AcctSvcrRef or
-- NtryRef/EndToEndId, MT940 reference), so importing the same or an overlapping statement again adds nothing.
-- Null for expenses typed in, imported from CSV or QIF (which have no ids), and for all expenses before V18.
-- Same script on H2 and PostgreSQL.
alter table expense add column bank_transaction_id varchar(255);

-- The duplicate check looks an imported line up by its id, whatever its date.
create index ix_expense_bank_transaction_id on expense (bank_transaction_id);
