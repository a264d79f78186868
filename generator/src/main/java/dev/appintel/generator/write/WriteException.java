package dev.appintel.generator.write;

/** The output could not be written; the message names the file and the reason. */
public class WriteException extends RuntimeException {

    public WriteException(String message) {
        super(message);
    }

    public WriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
