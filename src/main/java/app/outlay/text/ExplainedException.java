package app.outlay.text;

/**
 * A failure whose explanation is for the user: what went wrong and what they can do. Its message is the English
 * text (logs, the command line); the window shows the explanation in its own language. It is an
 * {@link IllegalStateException}: what was asked cannot be done as things are (the record changed elsewhere, the
 * target already holds data…).
 */
public class ExplainedException extends IllegalStateException implements Explained {

    private final transient UserText explanation;

    public ExplainedException(UserText explanation) {
        this(explanation, null);
    }

    public ExplainedException(UserText explanation, Throwable cause) {
        super(explanation.english(), cause);
        this.explanation = explanation;
    }

    @Override
    public UserText explanation() {
        return explanation;
    }
}
