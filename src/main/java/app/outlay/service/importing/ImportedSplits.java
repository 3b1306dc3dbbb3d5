package app.outlay.service.importing;

import app.outlay.service.split.SplitLinks;
import app.outlay.domain.SplitPart;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an import's split payments (issue 21): gathered while the expenses are inserted, written in the
 * import's transaction once they are all in (like {@link ImportedTags}). Only split payments cost anything.
 */
final class ImportedSplits {

    private final List<Long> expenseIds = new ArrayList<>();
    private final List<List<SplitPart>> parts = new ArrayList<>();

    void add(long expenseId, List<SplitPart> payment) {
        expenseIds.add(expenseId);
        parts.add(payment);
    }

    void link(StatelessSession session) {
        if (expenseIds.isEmpty()) {
            return;
        }
        // The expenses wait in Hibernate's JDBC batch: written first, so the parts' foreign keys find them.
        session.unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator().executeBatch();
        session.doWork(connection -> {
            for (int i = 0; i < expenseIds.size(); i++) {
                SplitLinks.set(connection, expenseIds.get(i), parts.get(i));
            }
        });
    }
}
