package dev.appintel.mock.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of numbers that mean something as a whole, chosen by property name: retention curves
 * that decrease from day 1 on, histograms whose shares add up to 1, and the hours of a day.
 */
final class SeriesValues {

    private SeriesValues() {
    }

    /** Whether the slot holds a series this class makes. */
    static boolean handles(Slot slot) {
        String name = slot.name();
        return name.contains("retention") || name.contains("baseline") || name.contains("histogram")
                || name.contains("hourly");
    }

    /** {@code count} numbers for the slot. */
    static List<BigDecimal> of(Slot slot, int count, Hash hash) {
        String name = slot.name();
        if (name.contains("histogram")) {
            return histogram(count, hash);
        }
        if (name.contains("hourly")) {
            return hourly(count, hash);
        }
        return decreasing(count, name.contains("baseline") ? hash.between(0.02, 0.04) : hash.between(0.25, 0.7), hash);
    }

    /** A curve {@code first / day^decay}, rounded to six decimals: it never increases. */
    static List<BigDecimal> decreasing(int count, double first, Hash hash) {
        double decay = hash.between(0.25, 0.5);
        List<BigDecimal> values = new ArrayList<>();
        for (int day = 1; day <= count; day++) {
            values.add(round(first / Math.pow(day, decay)));
        }
        return values;
    }

    /** U-shaped shares (many use an app once, many every day) that add up to 1. */
    static List<BigDecimal> histogram(int count, Hash hash) {
        List<Double> weights = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < count; i++) {
            double position = count == 1 ? 0 : (double) i / (count - 1);
            double weight = 0.2 + Math.pow(1 - position, 4) + 0.6 * Math.pow(position, 6)
                    + hash.then(i).between(0, 0.05);
            weights.add(weight);
            total += weight;
        }
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            BigDecimal share = i == count - 1 ? BigDecimal.ONE.subtract(sum).max(BigDecimal.ZERO)
                    : round(weights.get(i) / total);
            shares.add(share);
            sum = sum.add(share);
        }
        return shares;
    }

    private static List<BigDecimal> hourly(int count, Hash hash) {
        List<BigDecimal> values = new ArrayList<>();
        double peak = hash.between(150, 300);
        for (int hour = 0; hour < count; hour++) {
            double daylight = Math.max(0.1, Math.sin(Math.PI * (hour - 5) / 19.0));
            values.add(BigDecimal.valueOf(peak * daylight).setScale(1, RoundingMode.HALF_UP));
        }
        return values;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
