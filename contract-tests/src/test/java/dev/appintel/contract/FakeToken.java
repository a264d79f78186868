package dev.appintel.contract;

/** The fake token every contract test sends, and the one the pacts hold; never a real one. */
final class FakeToken {

    static final String VALUE = "contract-test-token";

    private FakeToken() {
    }
}
