package dev.league.scenarios;

/** Argument checks whose messages name the field, the value and the rule. */
public final class Checks {

    private Checks() {}

    /**
     * Throws {@link IllegalArgumentException} with the formatted message unless {@code condition}.
     *
     * @param template a {@link String#format} template such as {@code "units[%s].health must be > 0, was %s"}
     */
    public static void require(boolean condition, String template, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(template, args));
        }
    }
}
