package app.outlay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to the ledger, as the history shows it: what, before and after, when, who and from which computer. */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry {

    public static final int VALUES_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
    @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "computer", nullable = false, length = 100)
    private String computer;

    @Column(name = "entity", nullable = false, length = 20)
    private String entity;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "action", nullable = false, length = 10)
    private String action;

    @Column(name = "old_values", length = VALUES_MAX)
    private String oldValues;

    @Column(name = "new_values", length = VALUES_MAX)
    private String newValues;

    @Column(name = "undone", nullable = false)
    private boolean undone;

    /** The running Outlay that made the change (V10); null for changes recorded before it. */
    @Column(name = "session_id", length = 40)
    private String sessionId;

    protected ChangeLogEntry() {
    }

    public ChangeLogEntry(long batchId, Instant changedAt, String changedBy, String computer, String entity, long entityId,
                          String action, String oldValues, String newValues, String sessionId) {
        this.batchId = batchId;
        this.changedAt = changedAt;
        this.changedBy = truncate(changedBy, 100);
        this.computer = truncate(computer, 100);
        this.entity = entity;
        this.entityId = entityId;
        this.action = action;
        this.oldValues = oldValues;
        this.newValues = newValues;
        this.sessionId = sessionId;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public void markUndone() {
        this.undone = true;
    }

    public boolean isUndone() {
        return undone;
    }

    public String getSessionId() {
        return sessionId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getComputer() {
        return computer;
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public String getEntity() {
        return entity;
    }

    public long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getOldValues() {
        return oldValues;
    }

    public String getNewValues() {
        return newValues;
    }
}
