package app.outlay.text;

/** A failure that says in words what went wrong, in whatever language the reader uses (see {@link UserText}). */
public interface Explained {

    UserText explanation();
}
