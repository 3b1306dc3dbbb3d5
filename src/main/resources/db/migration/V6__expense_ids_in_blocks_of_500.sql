-- Expense ids are handed out in blocks of 500 (Hibernate's pooled optimizer, Expense.ID_BLOCK): a
-- 200,000-line import asks the database for ids 400 times instead of 4,000. Hibernate refuses to start
-- when this increment and the entity's allocationSize differ, so the two always change together.
alter sequence expense_seq increment by 500;
