package dev.appintel.mock.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A scope is immutable, and its hashes depend on what it binds and its row, not on how it was made. */
class ScopeTest {

    private static final Universe UNIVERSE = new Universe(7, LocalDate.of(2025, 6, 30));
    private static final DatePeriod DAY = new DatePeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1), Granularity.DAY);

    @Test
    void everyFieldIsFinal() {
        for (Class<?> type : new Class<?>[] {Scope.class, DatePeriod.class}) {
            assertThat(Arrays.stream(type.getDeclaredFields()).filter(field -> !field.isSynthetic())
                    .filter(field -> !Modifier.isFinal(field.getModifiers())).map(Field::getName))
                    .as(type.getSimpleName()).isEmpty();
        }
    }

    @Test
    void bindingChildrenAndRowsLeaveTheScopeAsItWas() {
        Scope root = UNIVERSE.root();
        long before = UNIVERSE.hash(root, "x").range(0, Long.MAX_VALUE - 1);

        Scope bound = root.bind(Dimension.APP, "284882215");
        root.child("apps");
        root.row(3);

        assertThat(root.binds(Dimension.APP)).isFalse();
        assertThat(root.pointer()).isEmpty();
        assertThat(root.index()).isZero();
        assertThat(UNIVERSE.hash(root, "x").range(0, Long.MAX_VALUE - 1)).isEqualTo(before);
        assertThat(bound.value(Dimension.APP)).isEqualTo("284882215");
    }

    @Test
    void theKeyIsTheBoundValuesInDimensionOrderWhateverTheOrderOfBinding() {
        Scope appFirst = UNIVERSE.root().bind(Dimension.APP, "1").bind(Dimension.COUNTRY, "US").bind(Dimension.PERIOD, DAY);
        Scope periodFirst = UNIVERSE.root().bind(Dimension.PERIOD, DAY).bind(Dimension.COUNTRY, "US").bind(Dimension.APP, "1");
        assertThat(UNIVERSE.hash(periodFirst, "downloads").hex(16)).isEqualTo(UNIVERSE.hash(appFirst, "downloads").hex(16));
        assertThat(UNIVERSE.hash(appFirst, "downloads").hex(16))
                .isEqualTo(UNIVERSE.hash("APP=1,COUNTRY=US,PERIOD=" + DAY + ",#0", "downloads").hex(16));
    }

    @Test
    void aChildSharesItsParentsHashesAndARowHasItsOwn() {
        Scope scope = UNIVERSE.root().bind(Dimension.APP, "1");
        Scope child = scope.child("apps").child(0);
        assertThat(child.pointer()).isEqualTo("/apps/0");
        assertThat(UNIVERSE.hash(child, "name").hex(16)).isEqualTo(UNIVERSE.hash(scope, "name").hex(16));
        assertThat(UNIVERSE.hash(scope.row(1), "name").hex(16)).isNotEqualTo(UNIVERSE.hash(scope, "name").hex(16));
        assertThat(scope.row(1).pointer()).isEqualTo("/1");
    }

    @Test
    void anObjectsScopeHashesItsPropertiesAsAnyScopeOfTheSamePlace() {
        Scope scope = UNIVERSE.root().bind(Dimension.APP, "1").child("apps").child(0);
        Scope owned = scope.ownedBy("App");
        assertThat(owned.pointer()).isEqualTo(scope.pointer());
        assertThat(UNIVERSE.hash(owned, "App", "name").hex(16)).isEqualTo(UNIVERSE.hash(scope, "App", "name").hex(16))
                .isEqualTo(UNIVERSE.hash(scope, (Object) "App", "name").hex(16));
        assertThat(UNIVERSE.hash(owned, "Other", "name").hex(16)).isEqualTo(UNIVERSE.hash(scope, "Other", "name").hex(16));
    }

    @Test
    void aScopeOfAnotherSeedIsRefused() {
        Universe other = new Universe(8, LocalDate.of(2025, 6, 30));
        assertThatThrownBy(() -> UNIVERSE.hash(other.root(), "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
