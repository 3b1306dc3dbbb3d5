package app.outlay.service.category;

import app.outlay.data.Database;
import app.outlay.domain.Category;
import app.outlay.text.Texts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The categories a new ledger starts with, in the language of the person who created it. The seed migration (V2)
 * writes them in English, the same on H2 and PostgreSQL; when that migration ran in this very start-up, the names are
 * put into the user's language. A ledger that existed before keeps its names whatever the language: renaming what
 * someone may have chosen or shares with others would be wrong. The income categories (V17) are new to every ledger
 * that V17 upgrades, so they are named in the language of whoever opens it first with this version.
 */
public final class DefaultCategories {

    /** The seeded categories by id, and their key in the messages bundle, whose English text is the name V2 writes. */
    private static final Map<Long, String> SEEDED = Map.of(
            1L, "category.default.groceries",
            2L, "category.default.eatingOut",
            3L, "category.default.housing",
            4L, "category.default.utilities",
            5L, "category.default.transport",
            6L, "category.default.health",
            7L, "category.default.shopping",
            8L, "category.default.entertainment",
            9L, "category.default.travel",
            10L, "category.default.other");

    /** The income categories V17 seeds (money coming in), by id: named in the user's language when V17 runs. */
    private static final Map<Long, String> SEEDED_INCOME = Map.of(
            11L, "category.default.salary",
            12L, "category.default.interest",
            13L, "category.default.giftsReceived");
    private static final String INCOME_VERSION = "17";

    private DefaultCategories() {
    }

    /**
     * Names the seeded categories in {@code locale}'s language when {@code database} was created by this open;
     * otherwise changes nothing. A seeded category already renamed keeps its name. Returns the database.
     */
    public static Database nameInLanguage(Database database, Locale locale) {
        Map<Long, String> seeds = new java.util.HashMap<>();
        if (database.createdByThisOpen()) {
            seeds.putAll(SEEDED);
        }
        if (database.migratedThisOpen(INCOME_VERSION)) {
            seeds.putAll(SEEDED_INCOME);
        }
        if (seeds.isEmpty()) {
            return database;
        }
        Texts texts = Texts.of(locale);
        Texts english = Texts.english();
        // A name some other category already has stays as it was: names are unique ignoring case.
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement rename = connection.prepareStatement(
                     "update category set name = ?, name_key = ?, version = version + 1 where id = ? and name = ?"
                             + " and not exists (select 1 from category other where other.name_key = ? and other.id <> ?)")) {
            connection.setAutoCommit(false);
            for (Map.Entry<Long, String> seed : seeds.entrySet()) {
                String name = texts.get(seed.getValue());
                String seeded = english.get(seed.getValue());
                if (!name.equals(seeded)) {
                    rename.setString(1, name);
                    rename.setString(2, Category.keyOf(name));
                    rename.setLong(3, seed.getKey());
                    rename.setString(4, seeded);
                    rename.setString(5, Category.keyOf(name));
                    rename.setLong(6, seed.getKey());
                    rename.addBatch();
                }
            }
            rename.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return database;
    }
}
