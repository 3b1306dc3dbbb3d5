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

    /** The composite key the table's primary key is (a record: Jakarta Persistence 3.2 takes one as an id class). */
    public record Key(Long expenseId, Long tagId) implements Serializable {
    }

    @Id
    @Column(name = "expense_id", nullable = false)
    private Long expenseId;

    @Id
    @Column(name = "tag_id", nullable = false)
    private Long tagId;

    protected ExpenseTag() {
    }
}
