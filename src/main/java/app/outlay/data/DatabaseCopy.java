package app.outlay.data;

/** Placeholder until the dbcopy branch lands (same API). */
public final class DatabaseCopy {
    public record Contents(long expenses, long categories, java.math.BigDecimal total) { }

    public static Contents contents(Database database) {
        throw new UnsupportedOperationException();
    }

    public static Contents copy(Database source, Database target, boolean replaceExisting) {
        throw new UnsupportedOperationException();
    }
}
