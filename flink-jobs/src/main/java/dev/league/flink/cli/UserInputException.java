package dev.league.flink.cli;

/** Bad input from the user: reported as one line on stderr with exit code 2. */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
