package dev.appintel.mock.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers chosen by property name and unit: volumes (downloads, users) that follow the app's
 * popularity, the country's size and the period's length; revenues in cents from those volumes;
 * shares in [0, 1]; durations in seconds; ranks, ratings and counts in their usual ranges. Every
 * number respects the property's minimum and maximum.
 */
final class NumberValues {

    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

    /** Scaled values below this are whole numbers a double and a long both hold exactly. */
    private static final double EXACT_LONG_LIMIT = 0x1.0p52;

    private final Universe universe;
    /** The recipes of this body's slots, by slot: a body's rows share their slots. */
    private final Map<Slot, Recipe> recipes = new IdentityHashMap<>();
    /** The country of the last volume and its share: a row's volumes are all about one country. */
    private String lastCountry;
    private double lastShare;

    NumberValues(Universe universe) {
        this.universe = universe;
    }

    /** A whole number for the slot, rounded half away from zero. */
    long integer(Slot slot, Scope scope, AppFacts app) {
        return roundHalfUp(value(slot, scope, app));
    }

    /** A decimal number for the slot, with as many places as the property's size calls for. */
    BigDecimal decimal(Slot slot, Scope scope, AppFacts app) {
        double value = value(slot, scope, app);
        int scale = recipe(slot).ratio() || Math.abs(value) < 1 ? 6 : Math.abs(value) < 100 ? 2 : 1;
        double scaled = value * POWERS_OF_TEN[scale];
        if (Math.abs(scaled) >= EXACT_LONG_LIMIT) {
            return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        // rounding the scaled double skips Double.toString, the costliest step of a made-up body
        return BigDecimal.valueOf(roundHalfUp(scaled), scale).stripTrailingZeros();
    }

    private double value(Slot slot, Scope scope, AppFacts app) {
        Hash hash = universe.hash(scope, slot.owner(), slot.name());
        Recipe recipe = recipe(slot);
        return Math.min(recipe.high(), Math.max(recipe.low(), raw(recipe, slot, scope, app, hash)));
    }

    private Recipe recipe(Slot slot) {
        Recipe recipe = recipes.get(slot);
        if (recipe == null) {
            recipe = Recipe.of(slot);
            recipes.put(slot, recipe);
        }
        return recipe;
    }

    private static long roundHalfUp(double value) {
        return value < 0 ? -Math.round(-value) : Math.round(value);
    }

    /**
     * Downloads in the scope's country and period: the app's daily downloads, times the country's
     * share, times the period's days, with some noise.
     */
    double volume(Scope scope, AppFacts app, Hash hash) {
        Object bound = scope.value(Dimension.COUNTRY);
        String country = bound == null ? "WW" : bound.toString();
        if (country != lastCountry) {
            lastShare = Universe.countryShare(country);
            lastCountry = country;
        }
        double share = lastShare;
        DatePeriod period = (DatePeriod) scope.value(Dimension.PERIOD);
        long days = period == null ? 30L : period.days();
        return Math.max(1, app.dailyDownloads() * share * days * hash.then("noise").between(0.8, 1.2));
    }

    private double raw(Recipe recipe, Slot slot, Scope scope, AppFacts app, Hash hash) {
        String name = slot.name();
        return switch (recipe.kind()) {
            case CENTS -> volume(scope, app, hash) * app.centsPerDownload() * recipe.platformShare();
            case RATIO -> ratio(name, hash);
            case SECONDS -> seconds(name, hash);
            case VOLUME -> volume(scope, app, hash) * recipe.platformShare() * (name.contains("users") ? 4 : 1);
            case OTHER -> other(name, scope, app, hash);
        };
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

    private static double ratio(String name, Hash hash) {
        if (name.contains("share") || name.equals("sov")) {
            return hash.between(0.001, 0.08);
        }
        if (name.startsWith("churned") || name.startsWith("new_")) {
            return hash.between(0.05, 0.2);
        }
        if (name.startsWith("retained")) {
            return hash.between(0.6, 0.9);
        }
        if (name.equals("female") || name.equals("male")) {
            return hash.between(0.42, 0.58);
        }
        return hash.between(0.02, 0.6);
    }

    private static double seconds(String name, Hash hash) {
        if (name.startsWith("total")) {
            return hash.between(1e6, 1e8);
        }
        if (name.equals("session_duration")) {
            return hash.between(60, 400);
        }
        if (name.equals("video_duration")) {
            return hash.range(6, 60);
        }
        return hash.between(300, 3600);
    }

    private double other(String name, Scope scope, AppFacts app, Hash hash) {
        return switch (name) {
            case "rank", "todays_rank" -> hash.range(1, 300);
            case "confidence" -> hash.range(1, 20);
            case "width" -> hash.unit() < 0.5 ? 1080 : 320;
            case "height" -> hash.unit() < 0.5 ? 1920 : 50;
            case "total_days" -> scope.period().map(DatePeriod::days).orElse(30L);
            case "downloads" -> app.dailyDownloads() * 30;
            case "revenue" -> app.dailyDownloads() * 30 * app.centsPerDownload() / 100;
            case "rating", "rating_for_current_version" -> hash.between(3.5, 4.9);
            case "price" -> hash.unit() < 0.8 ? 0 : hash.pick(List.of(0.99, 2.99, 4.99));
            case "average_age_total" -> hash.between(26, 42);
            case "session_count", "avg_session_count" -> hash.between(2, 15);
            case "total_session_count" -> hash.between(1e5, 1e7);
            case "pct_dau_growth", "app_a_users_using_app_b_share_previous_period_diff" -> hash.between(-0.03, 0.03);
            default -> otherByPattern(name, app, hash);
        };
    }

    private static double otherByPattern(String name, AppFacts app, Hash hash) {
        if (name.endsWith("_rounded")) {
            return hash.range(1, 99);
        }
        if (name.contains("rating_count")) {
            return app.dailyDownloads() * hash.between(10, 200);
        }
        if (name.endsWith("multiplier")) {
            return hash.between(1, 30);
        }
        if (name.endsWith("_id")) {
            return hash.range(100_000_000L, 1_900_000_000L);
        }
        return hash.range(1, 1000);
    }

    /** What kind of number a slot holds. */
    private enum Kind { CENTS, RATIO, SECONDS, VOLUME, OTHER }

    /** What a slot's numbers are made of, read once from its name, unit and limits. */
    private record Recipe(Kind kind, boolean ratio, double platformShare, double low, double high) {

        static Recipe of(Slot slot) {
            String name = slot.name();
            Kind kind = slot.unit().equals("cents") ? Kind.CENTS : slot.ratio() ? Kind.RATIO
                    : slot.unit().equals("seconds") ? Kind.SECONDS : isVolume(name) ? Kind.VOLUME : Kind.OTHER;
            return new Recipe(kind, slot.ratio(), NumberValues.platformShare(name),
                    slot.limits().minimum().map(BigDecimal::doubleValue).orElse(-Double.MAX_VALUE),
                    slot.limits().maximum().map(BigDecimal::doubleValue).orElse(Double.MAX_VALUE));
        }
    }
}
