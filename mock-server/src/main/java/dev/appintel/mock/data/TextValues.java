package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.appintel.mock.data.ValueRules.FromFacts;
import dev.appintel.mock.data.ValueRules.Target;
import dev.appintel.mock.data.ValueRules.ValueRule;
import dev.appintel.runtime.ScalarKind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rows of {@link ValueRules} for strings and dates: app facts for an app's properties, the
 * request's own value for a property named like a parameter, URLs of the app's assets, and
 * plausible made-up text otherwise.
 */
final class TextValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final String ASSETS = "https://assets.appintel.invalid/";

    private TextValues() {
    }

    /** Adds the string rows, in precedence order, the last a default for any string. */
    static void rules(List<ValueRule> rules) {
        rules.add(string("an entry of a lookup table: the app's unified id, publisher or unified publisher",
                target -> target.name().contains("lookup"), target -> {
                    String name = target.name();
                    return (request, scope, app, hash) -> name.contains("unified_publisher") ? app.unifiedPublisherId()
                            : name.contains("publisher") ? app.publisherId() : app.unifiedAppId();
                }));
        rules.add(new ValueRule("a property named like a parameter the request gives: the request's value",
                Target::string, target -> {
                    String name = target.name();
                    return (request, scope) -> request.request().given(name) && request.request().text(name).isPresent();
                }, target -> {
                    String name = target.name();
                    return (request, scope) -> JSON.textNode(request.request().text(name).orElseThrow());
                }));
        rules.add(string("a cohort's id", target -> target.name().equals("id") && target.lowerOwner().contains("cohort"),
                target -> (request, scope, app, hash) -> "cohort_" + hash.hex(24)));
        rules.add(string("an id", target -> target.name().equals("id"), target -> (request, scope, app, hash) -> hash.hex(24)));
        rules.add(string("an item of a list of URLs: an image of the app's, each its own",
                target -> target.name().endsWith("urls"), target -> {
                    String folder = target.name().replace('_', '-') + "/";
                    return (request, scope, app, hash) -> ASSETS + app.os() + "/" + app.id() + "/" + folder + hash.hex(8) + ".png";
                }));
        rules.add(string("a URL, icon or graphic of the app's: a page, or an image for icons and graphics",
                target -> target.name().endsWith("url") || target.name().equals("icon")
                        || target.name().equals("feature_graphic") || target.name().endsWith("_icon"), target -> {
                    String name = target.name();
                    String tail = name.replace('_', '-') + (name.contains("icon") || name.contains("screenshot")
                            || name.contains("graphic") ? ".png" : "/");
                    return (request, scope, app, hash) -> ASSETS + app.os() + "/" + app.id() + "/" + tail;
                }));
        rules.add(string("a cohort's name", target -> target.name().equals("name") && target.lowerOwner().contains("cohort"),
                target -> (request, scope, app, hash) -> hash.pick(Vocabulary.COHORT_NAMES)));
        rules.add(string("an in-app purchase's name",
                target -> target.name().equals("name") && target.lowerOwner().contains("purchase"),
                target -> (request, scope, app, hash) -> hash.pick(Vocabulary.PURCHASES)));
        rules.add(fact("an app's name", "name", AppFacts::name));
        rules.add(fact("an app's name without its tagline", List.of("humanized_name", "humanized_app_name"), AppFacts::shortName));
        rules.add(fact("the app's publisher", "publisher_name", AppFacts::publisherName));
        rules.add(fact("the publisher's e-mail", "publisher_email", AppFacts::publisherEmail));
        rules.add(string("the publisher's address", ValueRules.named("publisher_address"),
                target -> (request, scope, app, hash) -> hash.range(1, 999) + " Market Street, San Francisco"));
        rules.add(fact("the app's unified id", "unified_app_id", AppFacts::unifiedAppId));
        rules.add(fact("the app's bundle id", "bundle_id", AppFacts::bundleId));
        rules.add(fact("the app's latest version", List.of("version", "after"), AppFacts::version));
        rules.add(fact("the version before the latest", "before", app -> previousVersion(app.version())));
        rules.add(string("a sentence", ValueRules.named("description", "version_summary", "subtitle", "promo_text",
                "short_description", "message", "title"), target -> (request, scope, app, hash) -> hash.pick(Vocabulary.SENTENCES)));
        rules.add(constant("an install button's text", "button_text", "Install"));
        rules.add(string("a content rating", ValueRules.named("content_rating"),
                target -> (request, scope, app, hash) -> hash.pick(List.of("4+", "9+", "12+", "17+"))));
        rules.add(fact("the name of the app's first category", "category_name",
                app -> Vocabulary.CATEGORY_NAMES.getOrDefault(app.categories().get(0), "Games")));
        rules.add(string("a creative's group", ValueRules.named("phashion_group"), target -> (request, scope, app, hash) -> hash.hex(10)));
        rules.add(string("a price as text", ValueRules.named("price"),
                target -> (request, scope, app, hash) -> "$" + hash.pick(List.of("0.99", "4.99", "9.99", "19.99"))));
        rules.add(string("a subscription's duration", ValueRules.named("duration"),
                target -> (request, scope, app, hash) -> hash.pick(List.of("P1W", "P1M", "P1Y"))));
        rules.add(string("a cohort's type", target -> target.name().equals("type") && target.lowerOwner().contains("cohort"),
                target -> (request, scope, app, hash) -> hash.unit() < 0.7 ? "selection" : "filter"));
        rules.add(constant("a type", "type", "default"));
        rules.add(constant("an update's type", "update_type", "version"));
        rules.add(string("a country: the publisher's, the canonical one, or one no row binds",
                ValueRules.named("publisher_country", "canonical_country", "country", "cc", "c", "region"),
                target -> (request, scope, app, hash) -> "US"));
        rules.add(string("any other string: a word and hexadecimal digits", target -> true,
                target -> (request, scope, app, hash) -> hash.pick(Vocabulary.LOWER_NOUNS) + "-" + hash.hex(6)));
    }

    /** Adds the date rows, in precedence order, the last a default for any date or date-time. */
    static void dateRules(List<ValueRule> rules) {
        rules.add(date("a period's start, else today", ValueRules.named("date", "d"),
                (request, scope, app, hash) -> scope.period().map(DatePeriod::start).orElse(request.universe().today())));
        rules.add(date("a period's end, else today", ValueRules.named("end_date"),
                (request, scope, app, hash) -> scope.period().map(DatePeriod::end).orElse(request.universe().today())));
        rules.add(date("the requested range's start", ValueRules.named("start_date"), (request, scope, app, hash) -> rangeStart(request)));
        rules.add(date("the app's release", ValueRules.named("release_date", "country_release_date"),
                (request, scope, app, hash) -> app.releaseDate()));
        rules.add(date("the app's latest update", ValueRules.named("updated_date"), (request, scope, app, hash) -> app.updatedDate()));
        rules.add(date("first seen: early in the requested range", ValueRules.named("first_seen_at"),
                (request, scope, app, hash) -> rangeStart(request).plusDays(hash.range(0, 10))));
        rules.add(date("last seen: later in the requested range", ValueRules.named("last_seen_at"),
                (request, scope, app, hash) -> rangeStart(request).plusDays(hash.range(11, 40))));
        rules.add(date("any other date: in the last 30 days", target -> true,
                (request, scope, app, hash) -> request.universe().today().minusDays(hash.range(0, 30))));
    }

    private static ValueRule string(String what, Predicate<Target> applies, java.util.function.Function<Target, FromFacts<String>> text) {
        return ValueRules.always(what, target -> target.string() && applies.test(target),
                target -> ValueRules.text(target, text.apply(target)));
    }

    private static ValueRule fact(String what, String name, java.util.function.Function<AppFacts, String> fact) {
        return fact(what, List.of(name), fact);
    }

    private static ValueRule fact(String what, List<String> names, java.util.function.Function<AppFacts, String> fact) {
        return ValueRules.always(what, target -> target.string() && names.contains(target.name()),
                target -> (request, scope) -> JSON.textNode(fact.apply(request.app(scope))));
    }

    private static ValueRule constant(String what, String name, String value) {
        return ValueRules.always(what, target -> target.string() && target.name().equals(name),
                target -> (request, scope) -> JSON.textNode(value));
    }

    private static ValueRule date(String what, Predicate<Target> applies, FromFacts<LocalDate> date) {
        return ValueRules.always(what, target -> target.kind(ScalarKind.DATE, ScalarKind.DATE_TIME) && applies.test(target),
                target -> {
                    String owner = target.slot().owner();
                    String name = target.name();
                    return (request, scope) -> ValueRules.dateNode(target, date.make(request, scope, request.app(scope),
                            request.universe().hash(scope, owner, name)));
                });
    }

    private static LocalDate rangeStart(RequestFacts request) {
        Optional<LocalDate> start = request.start();
        return start.orElse(request.universe().today().minusDays(30));
    }

    /** A date-time at midnight UTC, or the last second of the day for an end. */
    static String dateTime(LocalDate date, boolean end) {
        if (date.getYear() >= 1000 && date.getYear() <= 9999) {
            // written by hand: the formatter costs more than the rest of a row's values
            char[] text = (end ? "0000-00-00T23:59:59Z" : "0000-00-00T00:00:00Z").toCharArray();
            digits(text, 0, 4, date.getYear());
            digits(text, 5, 2, date.getMonthValue());
            digits(text, 8, 2, date.getDayOfMonth());
            return new String(text);
        }
        return (end ? date.atTime(23, 59, 59) : date.atStartOfDay()).atOffset(ZoneOffset.UTC).format(DATE_TIME);
    }

    private static void digits(char[] text, int at, int count, int value) {
        int rest = value;
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }

    private static String previousVersion(String version) {
        String[] parts = version.split("\\.");
        int major = Integer.parseInt(parts[0]);
        return Math.max(1, major - 1) + ".0.0";
    }
}
