package app.outlay.service;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Category;
import app.outlay.domain.Colours;

import java.util.List;

/** Categories: listing and creating them. Names are unique ignoring case. */
public final class CategoryService {

    private final DatabaseHolder database;

    public CategoryService(DatabaseHolder database) {
        this.database = database;
    }

    public List<CategoryRow> list() {
        return database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                "select new app.outlay.service.CategoryRow(c.id, c.name, c.colour) from Category c order by c.nameKey",
                CategoryRow.class).getResultList());
    }

    /** Creates a category; with no colour given, the next palette colour. */
    public CategoryRow create(String name, String colour) {
        return database.sessionFactory().fromTransaction(session -> {
            String key = Category.keyOf(name);
            boolean taken = session.createSelectionQuery("select count(c) from Category c where c.nameKey = :key", Long.class)
                    .setParameter("key", key).getSingleResult() > 0;
            if (taken) {
                throw new DuplicateNameException("A category named '" + name.strip() + "' already exists (names ignore case).");
            }
            long existing = session.createSelectionQuery("select count(c) from Category c", Long.class).getSingleResult();
            Category category = new Category(name, colour != null ? colour : Colours.forIndex(existing));
            session.persist(category);
            session.flush();
            return new CategoryRow(category.getId(), category.getName(), category.getColour());
        });
    }
}
