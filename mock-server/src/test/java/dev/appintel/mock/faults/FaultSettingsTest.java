package dev.appintel.mock.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.faults.FaultSettings.Fault;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultSettingsTest {

    private static final int DRAWS = 100_000;

    /** The share of evenly spread draws that get each fault. */
    private static Map<Fault, Double> shares(FaultSettings faults) {
        Map<Fault, Double> shares = new EnumMap<>(Fault.class);
        for (int i = 0; i < DRAWS; i++) {
            shares.merge(faults.faultAt((i + 0.5) / DRAWS), 1.0 / DRAWS, Double::sum);
        }
        return shares;
    }

    @Test
    void eachRateIsItsShareOfAllRequests() {
        Map<Fault, Double> shares = shares(new FaultSettings(0, 0, 0.3, 0.1, 0.2, 0, 1));

        assertThat(shares.get(Fault.DROP)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shares.get(Fault.ERROR)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shares.get(Fault.THROTTLE)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shares.get(Fault.NONE)).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void ratesAddingUpToMoreThanOneServeDropsThenErrorsThen429s() {
        Map<Fault, Double> shares = shares(new FaultSettings(0, 0, 0.5, 0.5, 0.7, 0, 1));

        assertThat(shares.get(Fault.DROP)).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shares.get(Fault.ERROR)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shares).doesNotContainKeys(Fault.THROTTLE, Fault.NONE);
    }

    @Test
    void noRatesNoFaults() {
        assertThat(shares(FaultSettings.NONE)).containsOnlyKeys(Fault.NONE);
    }
}
