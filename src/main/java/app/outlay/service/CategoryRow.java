package app.outlay.service;

/** A category as the screens see it. */
public record CategoryRow(long id, String name, String colour) {

    @Override
    public String toString() {
        return name;
    }
}
