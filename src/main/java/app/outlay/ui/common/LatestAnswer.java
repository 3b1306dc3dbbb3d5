package app.outlay.ui.common;

import java.util.function.Consumer;

/**
 * Questions whose answers replace each other (the list for a filter, the totals for a period): only an answer to
 * the newest question is delivered, so a slow answer to an older one never overwrites a newer one on screen.
 * Used on the FX thread only.
 */
public final class LatestAnswer {

    private long newest;

    /** A new question: answers to every earlier one are dropped from now on. */
    public Question ask() {
        return new Question(++newest);
    }

    /** The newest question, for follow-ups that belong to it (the next page of the same list). */
    public Question current() {
        return new Question(newest);
    }

    /** False until the first question: nothing has been asked for yet. */
    public boolean askedYet() {
        return newest != 0;
    }

    /** One question; its answers are delivered only while it is the newest. */
    public final class Question {

        private final long number;

        private Question(long number) {
            this.number = number;
        }

        public boolean isLatest() {
            return number == newest;
        }

        /** {@code then}, called only while this is still the newest question. */
        public <T> Consumer<T> ifLatest(Consumer<T> then) {
            return answer -> {
                if (isLatest()) {
                    then.accept(answer);
                }
            };
        }
    }
}
