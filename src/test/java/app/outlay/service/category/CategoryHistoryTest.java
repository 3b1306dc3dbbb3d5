package app.outlay.service.category;

import app.outlay.data.DatabaseHolder;
import app.outlay.service.history.ChangeRow;
import app.outlay.service.history.HistoryService;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Each change of a category is one entry of the history, with the category as it was and as it is. */
class CategoryHistoryTest {

    @Test
    void renameRecolourAndBudgetAreEachOneChangeWithBeforeAndAfter() {
        DatabaseHolder holder = TestDatabases.emptyLedger(TestDatabases.h2());
        CategoryService categories = new CategoryService(holder);
        long pets = categories.create("Pets", "#112233").id();

        assertThat(categories.rename(pets, "Pet care")).isEqualTo(new CategoryRow(pets, "Pet care", "#112233", false));
        assertThat(categories.recolour(pets, "#445566")).isEqualTo(new CategoryRow(pets, "Pet care", "#445566", false));
        categories.setBudget(pets, new BigDecimal("40.00"));

        List<ChangeRow> history = new HistoryService(holder).ofLedger(4);
        assertThat(history).extracting(ChangeRow::entity, ChangeRow::entityId, ChangeRow::action).containsExactly(
                tuple("category", pets, "UPDATE"), tuple("category", pets, "UPDATE"), tuple("category", pets, "UPDATE"),
                tuple("category", pets, "INSERT"));
        assertThat(history.subList(0, 3)).extracting(row -> row.before().get("monthlyBudget"), row -> row.after().get("monthlyBudget"),
                        row -> row.before().get("colour"), row -> row.after().get("colour"),
                        row -> row.before().get("name"), row -> row.after().get("name"))
                .containsExactly(tuple(null, "40.00", "#445566", "#445566", "Pet care", "Pet care"),
                        tuple(null, null, "#112233", "#445566", "Pet care", "Pet care"),
                        tuple(null, null, "#112233", "#112233", "Pets", "Pet care"));
    }
}
