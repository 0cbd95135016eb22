package dev.league.ignite;

import org.apache.ignite.IgniteLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes Ignite's logging into SLF4J (ignite-slf4j stops at 2.17; this is all it takes). */
final class Slf4jIgniteLogger implements IgniteLogger {

    private final Logger logger;

    Slf4jIgniteLogger() {
        this(LoggerFactory.getLogger("org.apache.ignite"));
    }

    private Slf4jIgniteLogger(Logger logger) {
        this.logger = logger;
    }

    @Override
    public IgniteLogger getLogger(Object category) {
        String name = category == null ? "org.apache.ignite"
                : category instanceof Class<?> type ? type.getName() : String.valueOf(category);
        return new Slf4jIgniteLogger(LoggerFactory.getLogger(name));
    }

    @Override
    public void trace(String message) {
        logger.trace(message);
    }

    @Override
    public void debug(String message) {
        logger.debug(message);
    }

    @Override
    public void info(String message) {
        logger.info(message);
    }

    @Override
    public void warning(String message, Throwable error) {
        logger.warn(message, error);
    }

    @Override
    public void error(String message, Throwable error) {
        logger.error(message, error);
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isQuiet() {
        // quiet mode makes Ignite print its own banner to stdout; we want everything through SLF4J
        return false;
    }

    @Override
    public String fileName() {
        return null;
    }
}
