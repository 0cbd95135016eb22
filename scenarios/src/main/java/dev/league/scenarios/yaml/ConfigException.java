package dev.league.scenarios.yaml;

/**
 * A configuration file that cannot be used. The message is meant for a person and is complete on
 * its own: file, line, field, what is wrong and what is allowed.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
