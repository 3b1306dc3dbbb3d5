package app.outlay.service.rules;

import app.outlay.service.category.CategoryService;
import app.outlay.data.LiveChanges;
import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.testing.TestDatabases;
import app.outlay.testing.HeardChanges;
import app.outlay.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules are the ledger's: a copy (and so a backup and a restore) carries them, and a shared ledger announces them. */
class RulesAsLedgerDataTest {

    @Test
    void rulesTravelWithTheLedgerBothWays() {
        try (Database source = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-rules-copy").resolve("outlay")));
             Database postgres = Database.open(TestPostgres.freshDatabase());
             Database back = Database.open(DatabaseSettings.h2(TestDatabases.tempDir("outlay-rules-back").resolve("outlay")))) {
            RuleService rules = new RuleService(new DatabaseHolder(source));
            long pets = new CategoryService(new DatabaseHolder(source)).create("Pets", "#123abc").id();
            rules.add(Rule.draft("Vet", MatchType.REGEX, "tierarzt|vet\\b", new BigDecimal("10.00"), new BigDecimal("500.00"),
                    "EXPENSE", pets, "Vet", "dog", List.of("dog", "tax-deductible")));
            Rule off = rules.add(Rule.draft(null, MatchType.STARTS_WITH, "paypal", null, null, null, null, null, "via PayPal"));
            rules.setEnabled(off.id(), false);
            List<Rule> expected = rules.list();

            DatabaseCopy.copy(source, postgres, true);
            DatabaseCopy.copy(postgres, back, true);

            assertThat(new RuleService(new DatabaseHolder(postgres)).list()).isEqualTo(expected);
            assertThat(new RuleService(new DatabaseHolder(back)).list()).isEqualTo(expected);
            // The sequence moved past the copied ids: a rule added after the copy gets a new one.
            Rule added = new RuleService(new DatabaseHolder(postgres)).add(Rule.draft("New", MatchType.EQUALS, "x", null, null,
                    null, null, "y", null));
            assertThat(expected).extracting(Rule::id).doesNotContain(added.id());
        }
    }

    @Test
    void aChangedRuleReachesTheOtherClientWithinASecond() throws Exception {
        DatabaseSettings target = TestPostgres.freshDatabaseWithPassword();
        try (Database clientA = Database.open(target); Database clientB = Database.open(target)) {
            HeardChanges heard = new HeardChanges();
            try (LiveChanges listener = LiveChanges.start(clientB.settings(), heard)) {
                heard.awaitListening();
                Rule added = new RuleService(new DatabaseHolder(clientA)).add(Rule.draft("Rewe", MatchType.CONTAINS, "rewe",
                        null, null, null, 1L, null, null));

                assertThat(heard.changes.poll(1, TimeUnit.SECONDS)).isEqualTo(new LiveChanges.Change("expense_rule", added.id(), "INSERT"));
            }
        }
    }
}
