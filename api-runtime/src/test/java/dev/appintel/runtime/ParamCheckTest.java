package dev.appintel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestBinder#check}: one parameter's items as a client holds them, checked as the binder
 * checks a request, worded to follow the parameter's name.
 */
class ParamCheckTest {

    private static final Param IDS = Param.of("ids", Param.Location.QUERY, ScalarKind.STRING)
            .encodedAs(Param.Encoding.COMMA_JOINED).asRequired()
            .withLimits(Limits.NONE.withPattern("^[a-z.,]+$").withMaxItems(2));

    @Test
    void aCommaInsideAnItemStaysInIt() {
        assertThat(RequestBinder.check(IDS, List.of("com.a.b,c", "com.d.e"))).isEmpty();
    }

    @Test
    void aMissingRequiredParameterAndAnAbsentOptionalOne() {
        assertThat(RequestBinder.check(IDS, List.of())).contains("is missing");
        assertThat(RequestBinder.check(Param.of("flag", Param.Location.QUERY, ScalarKind.BOOLEAN), List.of())).isEmpty();
    }

    @Test
    void theFirstProblemIsWordedAsTheBinderWordsIt() {
        assertThat(RequestBinder.check(IDS, List.of("a", "b", "c"))).contains("takes at most 2 values (got 3)");
        assertThat(RequestBinder.check(IDS, List.of("a", "B"))).contains("must match ^[a-z.,]+$ (got 'B')");
        assertThat(RequestBinder.check(Param.of("day", Param.Location.QUERY, ScalarKind.DATE)
                .alignedTo(Param.Alignment.MONTH_START), List.of("2024-01-02")))
                .contains("must be the first day of a month (got '2024-01-02')");
    }
}
