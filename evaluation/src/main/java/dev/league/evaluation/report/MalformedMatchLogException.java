package dev.league.evaluation.report;

import java.nio.file.Path;

/** A match log line that is not one of the accepted shapes; the message names the file and line. */
public final class MalformedMatchLogException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    MalformedMatchLogException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line number of the bad line. */
    public int line() {
        return line;
    }
}
