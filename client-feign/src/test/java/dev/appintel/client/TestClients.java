package dev.appintel.client;

/** Clients of a {@link RecordingServer}, with a token full of characters that need encoding. */
final class TestClients {

    /** The token: a plus, a slash, an equals sign, an ampersand, a space and a non-ASCII letter. */
    static final String TOKEN = "s3cr3t+tok/en=&x ü";

    /** The token as the query carries it. */
    static final String ENCODED_TOKEN = "s3cr3t%2Btok%2Fen%3D%26x%20%C3%BC";

    private TestClients() {
    }

    /** A builder for the server, with fake time and retries without jitter. */
    static AppIntelligenceBuilder builder(RecordingServer server, FakeTime time) {
        return AppIntelligence.builder().token(TOKEN).baseUrl(server.url()).clock(time).sleeper(time)
                .retryPolicy(RetryPolicy.defaults().withJitter(0));
    }
}
