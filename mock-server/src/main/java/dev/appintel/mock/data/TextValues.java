package dev.appintel.mock.data;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Strings, dates and date-times chosen by property name: app facts for an app's properties,
 * bound values for dimensions, the request's own value for a property named like a parameter,
 * and plausible made-up text otherwise.
 */
final class TextValues {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /** The end of an asset URL by property name ({@code screenshot_urls}: {@code screenshot-urls/}); the spec bounds the names. */
    private static final Map<String, String> URL_TAILS = new ConcurrentHashMap<>();

    private final Universe universe;
    private final RequestFacts request;
    private String lastOwner;
    private String lastLowerOwner;

    TextValues(Universe universe, RequestFacts request) {
        this.universe = universe;
        this.request = request;
    }

    /** A string for the slot; never null. */
    String text(Slot slot, Scope scope, AppFacts app) {
        Hash hash = universe.hash(scope, slot.owner(), slot.name());
        String name = slot.name();
        if (request.request().given(name)) {
            Optional<String> echoed = request.request().text(name);
            if (echoed.isPresent()) {
                return echoed.get();
            }
        }
        if (name.equals("id")) {
            return lowerOwner(slot).contains("cohort") ? "cohort_" + hash.hex(24) : hash.hex(24);
        }
        if (name.endsWith("urls")) {
            // an item of a list of URLs (screenshots): each its own image
            return "https://assets.appintel.invalid/" + app.os() + "/" + app.id() + "/" + name.replace('_', '-') + "/"
                    + hash.hex(8) + ".png";
        }
        if (name.endsWith("url") || name.equals("icon") || name.equals("feature_graphic") || name.endsWith("_icon")) {
            return "https://assets.appintel.invalid/" + app.os() + "/" + app.id() + "/" + URL_TAILS.computeIfAbsent(name,
                    key -> key.replace('_', '-') + (key.contains("icon") || key.contains("screenshot")
                            || key.contains("graphic") ? ".png" : "/"));
        }
        String named = named(name, slot, hash, app);
        return named != null ? named : hash.pick(Vocabulary.LOWER_NOUNS) + "-" + hash.hex(6);
    }

    /** The owner's schema name in lower case; the objects of a body share a few owners, so the last is kept. */
    private String lowerOwner(Slot slot) {
        if (slot.owner() != lastOwner) {
            lastOwner = slot.owner();
            lastLowerOwner = lastOwner.toLowerCase(Locale.ROOT);
        }
        return lastLowerOwner;
    }

    /** A string chosen by the property's name, or null when the name says nothing. */
    private String named(String name, Slot slot, Hash hash, AppFacts app) {
        // the owner's name in lower case is asked for by few properties: made only for them
        Supplier<String> owner = () -> lowerOwner(slot);
        return switch (name) {
            case "name" -> owner.get().contains("cohort") ? hash.pick(Vocabulary.COHORT_NAMES)
                    : owner.get().contains("purchase") ? hash.pick(Vocabulary.PURCHASES) : app.name();
            case "humanized_name", "humanized_app_name" -> app.shortName();
            case "publisher_name" -> app.publisherName();
            case "publisher_email" -> "support@" + secondLabel(app.bundleId()) + ".invalid";
            case "publisher_address" -> hash.range(1, 999) + " Market Street, San Francisco";
            case "publisher_country", "canonical_country" -> "US";
            case "unified_app_id" -> app.unifiedAppId();
            case "bundle_id" -> app.bundleId();
            case "version", "after" -> app.version();
            case "before" -> previousVersion(app.version());
            case "description", "version_summary", "subtitle", "promo_text", "short_description", "message", "title" ->
                    hash.pick(Vocabulary.SENTENCES);
            case "button_text" -> "Install";
            case "content_rating" -> hash.pick(List.of("4+", "9+", "12+", "17+"));
            case "category_name" -> Vocabulary.CATEGORY_NAMES.getOrDefault(app.categories().get(0), "Games");
            case "phashion_group" -> hash.hex(10);
            case "price" -> "$" + hash.pick(List.of("0.99", "4.99", "9.99", "19.99"));
            case "duration" -> hash.pick(List.of("P1W", "P1M", "P1Y"));
            case "string" -> hash.range(1, 99) + "k";
            case "units" -> "k";
            case "prefix" -> owner.get().contains("revenue") ? "$" : "~";
            case "type" -> owner.get().contains("cohort") ? (hash.unit() < 0.7 ? "selection" : "filter") : "default";
            case "update_type" -> "version";
            case "country", "cc", "c", "region" -> "US";
            default -> null;
        };
    }

    /** The second dot-separated label of a bundle id ({@code com.fitness.mightykingdom}: {@code fitness}). */
    private static String secondLabel(String bundleId) {
        int first = bundleId.indexOf('.');
        int second = bundleId.indexOf('.', first + 1);
        return bundleId.substring(first + 1, second < 0 ? bundleId.length() : second);
    }

    /** A date for the slot: the bound period, the app's history or the requested range. */
    LocalDate date(Slot slot, Scope scope, AppFacts app) {
        Hash hash = universe.hash(scope, slot.owner(), slot.name());
        DatePeriod period = scope.period().orElse(null);
        LocalDate rangeStart = request.start().orElse(universe.today().minusDays(30));
        return switch (slot.name()) {
            case "date", "d" -> period == null ? universe.today() : period.start();
            case "end_date" -> period == null ? universe.today() : period.end();
            case "start_date" -> rangeStart;
            case "release_date", "country_release_date" -> app.releaseDate();
            case "updated_date" -> app.updatedDate();
            case "first_seen_at" -> rangeStart.plusDays(hash.range(0, 10));
            case "last_seen_at" -> rangeStart.plusDays(hash.range(11, 40));
            default -> universe.today().minusDays(hash.range(0, 30));
        };
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
