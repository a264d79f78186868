package dev.appintel.maven;

/** A stand-in server for {@link MockServerProcessTest}: {@code exit N} exits with N, {@code sleep} runs on. */
public final class ExitingMain {

    private ExitingMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args[0].equals("exit")) {
            System.exit(Integer.parseInt(args[1]));
        }
        Thread.sleep(60_000);
    }
}
