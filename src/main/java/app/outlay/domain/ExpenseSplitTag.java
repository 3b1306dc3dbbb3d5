package app.outlay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/**
 * One link of a split payment's part to a tag (table expense_split_tag, V22), mapped only so that the tag filter of the
 * expense list can name it (a split payment carries its tags in its parts). Hibernate never writes this table.
 */
@Entity
@Immutable
@Table(name = "expense_split_tag")
@IdClass(ExpenseSplitTag.Key.class)
public class ExpenseSplitTag {

    /** The composite key the table's primary key is (a record: Jakarta Persistence 3.2 takes one as an id class). */
    public record Key(Long splitId, Long tagId) implements Serializable {
    }

    @Id
    @Column(name = "split_id", nullable = false)
    private Long splitId;

    @Id
    @Column(name = "tag_id", nullable = false)
    private Long tagId;

    protected ExpenseSplitTag() {
    }
}
