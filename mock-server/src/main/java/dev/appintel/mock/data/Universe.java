package dev.appintel.mock.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one consistent world the server answers from: every app id, whether known or not, has a
 * name, publisher, categories, unified id and popularity derived from the seed and the id alone,
 * so an app looks the same in every endpoint; another seed gives another world. The facts of
 * recently seen apps are kept, up to ten thousand; why is measured in
 * {@code docs/benchmarks.md} ("The mock's memos").
 */
public final class Universe {

    /** The most app facts kept; beyond it they are all dropped and kept again as seen. */
    static final int KEPT_APPS = 10_000;

    private final long seed;
    private final LocalDate today;
    private final Map<String, AppFacts> apps = new ConcurrentHashMap<>();

    /**
     * A universe.
     *
     * @param seed  what everything is derived from
     * @param today the date "today" stands for: the default end of date ranges
     */
    public Universe(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the date "today" stands for */
    public LocalDate today() {
        return today;
    }

    /**
     * A hash under this universe's seed.
     *
     * @param parts what the value is about
     * @return the hash
     */
    public Hash hash(Object... parts) {
        return Hash.of(seed, parts);
    }

    /**
     * A hash about a value in a scope: the same as {@code hash(key, parts...)} with the scope's
     * key (see {@link Scope}).
     *
     * @param scope where the value is, made under this universe's seed
     * @param parts what the value is about within the scope
     * @return the hash
     */
    public Hash hash(Scope scope, Object... parts) {
        if (scope.seed() != seed) {
            throw new IllegalArgumentException("a scope made under seed " + scope.seed() + ", not " + seed);
        }
        return Hash.continued(scope.keyState(), parts);
    }

    /**
     * A hash about a property of an object in a scope: the same as {@code hash(scope, owner, name)}.
     *
     * @param scope where the value is, made under this universe's seed
     * @param owner the schema name of the object that owns the property
     * @param name  the property name
     * @return the hash
     */
    public Hash hash(Scope scope, String owner, String name) {
        if (scope.seed() != seed) {
            throw new IllegalArgumentException("a scope made under seed " + scope.seed() + ", not " + seed);
        }
        return Hash.continued(scope.ownerState(owner), name);
    }

    /** @return the scope of a response body in this universe */
    public Scope root() {
        return Scope.root(seed);
    }

    /**
     * The facts of an app.
     *
     * @param id the app id as requested
     * @param os the platform of the request, or empty to infer it from the id
     * @return the facts
     */
    public AppFacts app(String id, String os) {
        String platform = os.isEmpty() || os.equals("unified") && !isHex(id) ? osOf(id) : os;
        if (apps.size() > KEPT_APPS) {
            apps.clear();
        }
        return apps.computeIfAbsent(platform + ":" + id, key -> create(id, platform));
    }

    /**
     * Apps of a publisher or a category, for requests that name no app.
     *
     * @param owner a publisher or category id
     * @param os    the platform of the request
     * @return two or three app ids
     */
    public List<String> appsOf(String owner, String os) {
        Hash hash = hash("apps-of", owner);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < hash.range(2, 3); i++) {
            Hash app = hash.then(i);
            ids.add(switch (os) {
                case "ios" -> Long.toString(app.range(300_000_000L, 1_700_000_000L));
                case "android" -> "com." + app.pick(Vocabulary.LOWER_NOUNS) + "." + app.hex(6);
                default -> app.hex(24);
            });
        }
        return ids;
    }

    /**
     * The apps whose users also use an app, most related first.
     *
     * @param id an app id
     * @return five to ten ids of the same platform
     */
    public List<String> relatedApps(String id) {
        String os = osOf(id);
        Hash hash = hash("related", id);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < hash.range(5, 10); i++) {
            ids.addAll(appsOf(id + "#" + i, os).subList(0, 1));
        }
        return ids;
    }

    /**
     * The share of worldwide volume a country or region has; 1 for {@code WW}.
     *
     * @param country a country or region code
     * @return the share
     */
    public static double countryShare(String country) {
        return Vocabulary.COUNTRY_SHARES.getOrDefault(country, Vocabulary.OTHER_COUNTRY_SHARE);
    }

    /**
     * The platform an id belongs to: digits are iOS, 24 hexadecimal digits unified, the rest Android.
     *
     * @param id an app id
     * @return {@code ios}, {@code unified} or {@code android}
     */
    public static String osOf(String id) {
        if (!id.isEmpty() && all(id, 10)) {
            return "ios";
        }
        return isHex(id) ? "unified" : "android";
    }

    private static boolean isHex(String id) {
        return id.length() == 24 && all(id, 16);
    }

    /** Whether every character of {@code text} is a digit in {@code radix}. */
    private static boolean all(String text, int radix) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), radix) < 0) {
                return false;
            }
        }
        return true;
    }

    private AppFacts create(String id, String os) {
        Hash hash = hash("app", id);
        String shortName = hash.then("adjective").pick(Vocabulary.ADJECTIVES) + " " + hash.then("noun").pick(Vocabulary.NOUNS);
        // a publisher named after its app, as small publishers are, so that name, publisher, bundle id
        // and e-mail tell one story
        String publisherWord = shortName.replace(" ", "");
        String publisherName = shortName + " " + hash.then("suffix").pick(Vocabulary.PUBLISHER_SUFFIXES);
        String publisherId = switch (os) {
            case "ios" -> Long.toString(hash.then("publisher-id").range(280_000_000L, 1_600_000_000L));
            case "android" -> publisherName.replace(' ', '+');
            default -> hash.then("publisher-id").hex(24);
        };
        LocalDate release = today.minusDays(hash.then("release").range(200, 5000));
        String tagline = hash.then("tagline").pick(Vocabulary.NOUNS);
        String domain = publisherWord.toLowerCase(Locale.ROOT);
        // an Android app's id is its package name
        String bundleId = os.equals("android") ? id : "com." + domain + "." + tagline.toLowerCase(Locale.ROOT);
        return new AppFacts(id, os, shortName + ": " + tagline, shortName,
                publisherName, publisherId, "support@" + domain + ".invalid", hash.then("unified-publisher").hex(24),
                categories(hash, os), os.equals("unified") ? id : hash.then("unified").hex(24), bundleId,
                Math.exp(hash.then("popularity").between(Math.log(200), Math.log(400_000))),
                hash.then("arpu").between(2, 90), release, today.minusDays(hash.then("updated").range(1, 60)),
                hash.then("major").range(1, 400) + "." + hash.then("minor").range(0, 20) + "." + hash.then("patch").range(0, 9));
    }

    private static List<String> categories(Hash hash, String os) {
        if (os.equals("android")) {
            return List.of(hash.then("category").pick(Vocabulary.ANDROID_CATEGORIES), "application");
        }
        Long first = hash.then("category").pick(Vocabulary.IOS_CATEGORIES);
        return first == 6014L ? List.of("6014", "7003") : List.of(first.toString());
    }
}
