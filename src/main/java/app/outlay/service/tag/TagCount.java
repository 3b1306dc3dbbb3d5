package app.outlay.service.tag;

/** A tag with the number of expenses that carry it, for the tags screen and completion. */
public record TagCount(long id, String name, long expenses) {
}
