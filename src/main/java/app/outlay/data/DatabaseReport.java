package app.outlay.data;

/** What {@code outlay db info} prints: which database, its schema, and how much it holds. */
public record DatabaseReport(String displayName, String product, SchemaStatus schema, Long expenses, Long categories) {
}
