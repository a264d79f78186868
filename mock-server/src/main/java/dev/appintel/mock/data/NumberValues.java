package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.appintel.mock.data.ValueRules.Target;
import dev.appintel.mock.data.ValueRules.ValueRule;
import dev.appintel.runtime.ScalarKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rows of {@link ValueRules} for numbers, by unit and then by name: revenues in cents from
 * volumes; shares in [0, 1]; durations in seconds; volumes (downloads, users) that follow the
 * app's popularity, the country's size and the period's length; ranks, ratings and counts in
 * their usual ranges. Every number is kept within the property's minimum and maximum, and
 * written as a whole number or with as many places as its size calls for.
 */
final class NumberValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

    /** Scaled values below this are whole numbers a double and a long both hold exactly. */
    private static final double EXACT_LONG_LIMIT = 0x1.0p52;

    private NumberValues() {
    }

    /** Adds the number rows, in precedence order, the last a default for any number. */
    static void rules(List<ValueRule> rules) {
        rules.add(number("money in cents: the volume times the app's revenue per download", target -> target.slot().unit().equals("cents"),
                target -> {
                    double share = platformShare(target.name());
                    return (request, scope, app, hash) -> volume(scope, app, hash) * app.centsPerDownload() * share;
                }));
        rules.add(number("a share in [0, 1]", target -> target.slot().ratio(), target -> ratio(target.name())));
        rules.add(number("a duration in seconds", target -> target.slot().unit().equals("seconds"), target -> seconds(target.name())));
        rules.add(number("a volume: downloads or users in the place's country and period", target -> isVolume(target.name()),
                target -> {
                    double share = platformShare(target.name()) * (target.name().contains("users") ? 4 : 1);
                    return (request, scope, app, hash) -> volume(scope, app, hash) * share;
                }));
        rules.add(number("a rank", ValueRules.named("rank", "todays_rank"), target -> (request, scope, app, hash) -> hash.range(1, 300)));
        rules.add(number("a confidence", ValueRules.named("confidence"), target -> (request, scope, app, hash) -> hash.range(1, 20)));
        rules.add(number("a creative's width", ValueRules.named("width"),
                target -> (request, scope, app, hash) -> hash.unit() < 0.5 ? 1080 : 320));
        rules.add(number("a creative's height", ValueRules.named("height"),
                target -> (request, scope, app, hash) -> hash.unit() < 0.5 ? 1920 : 50));
        rules.add(number("the days of the period", ValueRules.named("total_days"),
                target -> (request, scope, app, hash) -> scope.period().map(DatePeriod::days).orElse(30L)));
        rules.add(number("the app's worldwide downloads last month", ValueRules.named("downloads"),
                target -> (request, scope, app, hash) -> app.dailyDownloads() * 30));
        rules.add(number("the app's worldwide revenue last month, in dollars", ValueRules.named("revenue"),
                target -> (request, scope, app, hash) -> app.dailyDownloads() * 30 * app.centsPerDownload() / 100));
        rules.add(number("a rating", ValueRules.named("rating", "rating_for_current_version"),
                target -> (request, scope, app, hash) -> hash.between(3.5, 4.9)));
        rules.add(number("a price: mostly free", ValueRules.named("price"),
                target -> (request, scope, app, hash) -> hash.unit() < 0.8 ? 0 : hash.pick(List.of(0.99, 2.99, 4.99))));
        rules.add(number("an average age", ValueRules.named("average_age_total"), target -> (request, scope, app, hash) -> hash.between(26, 42)));
        rules.add(number("sessions per user", ValueRules.named("session_count", "avg_session_count"),
                target -> (request, scope, app, hash) -> hash.between(2, 15)));
        rules.add(number("all sessions", ValueRules.named("total_session_count"), target -> (request, scope, app, hash) -> hash.between(1e5, 1e7)));
        rules.add(number("a small change", ValueRules.named("pct_dau_growth", "app_a_users_using_app_b_share_previous_period_diff"),
                target -> (request, scope, app, hash) -> hash.between(-0.03, 0.03)));
        rules.add(number("a count of ratings: follows the app's popularity", target -> target.name().contains("rating_count"),
                target -> (request, scope, app, hash) -> app.dailyDownloads() * hash.between(10, 200)));
        rules.add(number("a multiplier", target -> target.name().endsWith("multiplier"), target -> (request, scope, app, hash) -> hash.between(1, 30)));
        rules.add(number("a numeric id", target -> target.name().endsWith("_id"),
                target -> (request, scope, app, hash) -> hash.range(100_000_000L, 1_900_000_000L)));
        rules.add(number("any other number: 1 to 1000", target -> true, target -> (request, scope, app, hash) -> hash.range(1, 1000)));
    }

    /**
     * A number row: the figure, hashed by the scope, owner and name, kept within the property's
     * limits and written as its kind wants.
     */
    private static ValueRule number(String what, Predicate<Target> applies, Function<Target, Figure> figure) {
        return ValueRules.always(what, target -> target.number() && applies.test(target), target -> {
            Figure made = figure.apply(target);
            String owner = target.slot().owner();
            String name = target.name();
            double low = target.slot().limits().minimum().map(BigDecimal::doubleValue).orElse(-Double.MAX_VALUE);
            double high = target.slot().limits().maximum().map(BigDecimal::doubleValue).orElse(Double.MAX_VALUE);
            boolean whole = !target.kind(ScalarKind.NUMBER);
            boolean ratio = target.slot().ratio();
            return (request, scope) -> {
                Hash hash = request.universe().hash(scope, owner, name);
                double value = Math.min(high, Math.max(low, made.make(request, scope, request.app(scope), hash)));
                return whole ? JSON.numberNode(roundHalfUp(value)) : JSON.numberNode(decimal(value, ratio));
            };
        });
    }

    /** How a number is made from its place's facts and hash. */
    @FunctionalInterface
    private interface Figure {
        double make(RequestFacts request, Scope scope, AppFacts app, Hash hash);
    }

    /** A decimal number with as many places as its size calls for: six for shares and small values. */
    static BigDecimal decimal(double value, boolean ratio) {
        int scale = ratio || Math.abs(value) < 1 ? 6 : Math.abs(value) < 100 ? 2 : 1;
        double scaled = value * POWERS_OF_TEN[scale];
        if (Math.abs(scaled) >= EXACT_LONG_LIMIT) {
            return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        // rounding the scaled double gives the same digits as BigDecimal's rounding, without writing the double out
        return BigDecimal.valueOf(roundHalfUp(scaled), scale).stripTrailingZeros();
    }

    static long roundHalfUp(double value) {
        return value < 0 ? -Math.round(-value) : Math.round(value);
    }

    /**
     * Downloads in the scope's country and period: the app's daily downloads, times the country's
     * share, times the period's days, with some noise.
     */
    static double volume(Scope scope, AppFacts app, Hash hash) {
        Object bound = scope.value(Dimension.COUNTRY);
        double share = Universe.countryShare(bound == null ? "WW" : bound.toString());
        DatePeriod period = (DatePeriod) scope.value(Dimension.PERIOD);
        long days = period == null ? 30L : period.days();
        return Math.max(1, app.dailyDownloads() * share * days * hash.then("noise").between(0.8, 1.2));
    }

    private static boolean isVolume(String name) {
        return name.equals("iu") || name.equals("au") || name.equals("u") || name.endsWith("_units")
                || name.endsWith("users") || name.endsWith("_abs");
    }

    /** iPad and browser figures are a small part of the whole; the rest are the whole. */
    private static double platformShare(String name) {
        return name.startsWith("ipad") || name.equals("au") || name.equals("ar") ? 0.1
                : name.startsWith("browser") || name.startsWith("paid") ? 0.15 : 1;
    }

    private static Figure ratio(String name) {
        if (name.contains("share") || name.equals("sov")) {
            return (request, scope, app, hash) -> hash.between(0.001, 0.08);
        }
        if (name.startsWith("churned") || name.startsWith("new_")) {
            return (request, scope, app, hash) -> hash.between(0.05, 0.2);
        }
        if (name.startsWith("retained")) {
            return (request, scope, app, hash) -> hash.between(0.6, 0.9);
        }
        if (name.equals("female") || name.equals("male")) {
            return (request, scope, app, hash) -> hash.between(0.42, 0.58);
        }
        return (request, scope, app, hash) -> hash.between(0.02, 0.6);
    }

    private static Figure seconds(String name) {
        if (name.startsWith("total")) {
            return (request, scope, app, hash) -> hash.between(1e6, 1e8);
        }
        if (name.equals("session_duration")) {
            return (request, scope, app, hash) -> hash.between(60, 400);
        }
        if (name.equals("video_duration")) {
            return (request, scope, app, hash) -> hash.range(6, 60);
        }
        return (request, scope, app, hash) -> hash.between(300, 3600);
    }
}
