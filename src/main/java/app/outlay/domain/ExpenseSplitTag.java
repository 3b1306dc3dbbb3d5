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

    /** The composite key the table's primary key is. */
    public static class Key implements Serializable {
        private Long splitId;
        private Long tagId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(splitId, key.splitId)
                    && java.util.Objects.equals(tagId, key.tagId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(splitId, tagId);
        }
    }

    @Id
    @Column(name = "split_id", nullable = false)
    private Long splitId;

    @Id
    @Column(name = "tag_id", nullable = false)
    private Long tagId;

    protected ExpenseSplitTag() {
    }

    public Long getSplitId() {
        return splitId;
    }

    public Long getTagId() {
        return tagId;
    }
}
