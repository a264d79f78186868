package dev.appintel.mock.data;

import dev.appintel.runtime.Shape;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The plans of object shapes, kept across requests: a plan depends only on the shape, the
 * request's platform and which properties appear. Bounded: beyond {@link #MAX_PLANS} (requests
 * may ask for any combination of metrics), plans are made per body and not kept. Why it is kept
 * at all is measured in {@code docs/benchmarks.md} ("The mock's memos").
 */
final class ObjectPlans {

    static final int MAX_PLANS = 4_096;

    private final Map<Key, ObjectPlan> plans = new ConcurrentHashMap<>();

    /**
     * The plan for objects of a shape.
     *
     * @param object  the object shape
     * @param os      the request's platform
     * @param present the properties that appear, by position
     * @param make    makes the plan when it is not kept
     * @return the plan
     */
    ObjectPlan get(Shape.ObjectShape object, String os, BitSet present, Supplier<ObjectPlan> make) {
        Key key = new Key(object, os, present);
        ObjectPlan plan = plans.get(key);
        if (plan == null) {
            plan = make.get();
            if (plans.size() < MAX_PLANS) {
                plans.putIfAbsent(key, plan);
            }
        }
        return plan;
    }

    /** @return how many plans are kept */
    int size() {
        return plans.size();
    }

    /** A shape by identity (shapes are records whose equality walks every nested shape), a platform and properties. */
    private static final class Key {
        private final Shape.ObjectShape object;
        private final String os;
        private final BitSet present;
        private final int hash;

        Key(Shape.ObjectShape object, String os, BitSet present) {
            this.object = object;
            this.os = os;
            this.present = present;
            // the platform is left out: its text is new in every request, so its hash would be computed every time
            this.hash = System.identityHashCode(object) * 31 + present.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.object == object && key.os.equals(os) && key.present.equals(present);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
