package app.outlay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/**
 * One link of an expense to a tag (table expense_tag, V20), mapped only so that queries can name it: the tag filter
 * of the expense list ({@code e.id in (select l.expenseId from ExpenseTag l where l.tagId in :tags)}). Links are
 * written with plain SQL (service.tag.TagLinks); Hibernate never writes this table.
 */
@Entity
@Immutable
@Table(name = "expense_tag")
@IdClass(ExpenseTag.Key.class)
public class ExpenseTag {

    /** The composite key the table's primary key is. */
    public static class Key implements Serializable {
        private Long expenseId;
        private Long tagId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(expenseId, key.expenseId)
                    && java.util.Objects.equals(tagId, key.tagId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(expenseId, tagId);
        }
    }

    @Id
    @Column(name = "expense_id", nullable = false)
    private Long expenseId;

    @Id
    @Column(name = "tag_id", nullable = false)
    private Long tagId;

    protected ExpenseTag() {
    }

    public Long getExpenseId() {
        return expenseId;
    }

    public Long getTagId() {
        return tagId;
    }
}
