package dev.appintel.mock.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.runtime.Limits;
import dev.appintel.runtime.Shape;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Plans are kept per shape (by identity), platform and present properties, up to a bound. */
class ObjectPlansTest {

    private final ObjectPlans plans = new ObjectPlans();
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void keepsOnePlanPerShapePlatformAndProperties() {
        Shape.ObjectShape shape = shape("App");
        ObjectPlan first = plan(shape, "ios", 0);
        assertThat(plan(shape, "ios", 0)).isSameAs(first);
        assertThat(made).hasValue(1);

        assertThat(plan(shape, "android", 0)).isNotSameAs(first);
        assertThat(plan(shape, "ios", 1)).isNotSameAs(first);
        assertThat(plan(shape("App"), "ios", 0)).as("an equal shape that is another instance").isNotSameAs(first);
        assertThat(made).hasValue(4);
    }

    @Test
    void stopsKeepingPlansBeyondItsBound() {
        Shape.ObjectShape shape = shape("App");
        for (int i = 0; i < ObjectPlans.MAX_PLANS + 10; i++) {
            plan(shape, "ios", i);
        }
        assertThat(plans.size()).isEqualTo(ObjectPlans.MAX_PLANS);
        plan(shape, "ios", ObjectPlans.MAX_PLANS + 5);
        assertThat(made).as("a plan not kept is made again").hasValue(ObjectPlans.MAX_PLANS + 11);
    }

    private ObjectPlan plan(Shape.ObjectShape shape, String os, int presentBit) {
        BitSet present = new BitSet();
        present.set(presentBit);
        return plans.get(shape, os, present, () -> {
            made.incrementAndGet();
            return new ObjectPlan(new ObjectPlan.FieldPlan[0], List.of(), Optional.empty(),
                    new Slot(shape.schemaName(), Limits.NONE, shape.schemaName()), null, false, Optional.empty());
        });
    }

    private static Shape.ObjectShape shape(String name) {
        return new Shape.ObjectShape(name, List.of(), Optional.empty());
    }
}
