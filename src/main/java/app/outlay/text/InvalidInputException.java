package app.outlay.text;

/**
 * A value a person typed or chose breaks a rule (an amount of zero, a name too long…). It stays an
 * {@link IllegalArgumentException}, as callers and the command line expect, and explains itself like
 * {@link ExplainedException}.
 */
public class InvalidInputException extends IllegalArgumentException implements Explained {

    private final transient UserText explanation;

    public InvalidInputException(UserText explanation) {
        this(explanation, null);
    }

    public InvalidInputException(UserText explanation, Throwable cause) {
        super(explanation.english(), cause);
        this.explanation = explanation;
    }

    public static InvalidInputException of(String key, Object... arguments) {
        return new InvalidInputException(UserText.of(key, arguments));
    }

    @Override
    public UserText explanation() {
        return explanation;
    }
}
