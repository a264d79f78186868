package dev.appintel.generator.verify;

/** Where a verification reports as it goes: the console of the command line, or Maven's log. */
public interface VerificationLog {

    /** Progress and safe changes. */
    void info(String line);

    /** Breaking changes, accepted ones included. */
    void warn(String line);

    /** Lint problems. */
    void error(String line);
}
