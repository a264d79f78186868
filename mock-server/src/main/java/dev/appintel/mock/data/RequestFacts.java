package dev.appintel.mock.data;

import dev.appintel.runtime.BoundRequest;
import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.Param;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a valid request asks for, read generically from parameter names and the route's rules: the
 * platform, the values of each {@link Dimension} (with defaults where the request gives none), the
 * date periods stepped by the requested granularity, the page asked for, and the facts of the
 * apps it names. Immutable.
 */
public final class RequestFacts {

    /** The most periods one series has; a longer range is refused ({@link TooLargeException}), so that memory stays bounded. */
    public static final int MAX_PERIODS = 1_000;

    private static final List<String> GRANULARITY_PARAMETERS = List.of("date_granularity", "granularity",
            "time_period", "period");

    private final OperationSpec route;
    private final BoundRequest request;
    /** The platform in the path, or empty. */
    private final String os;
    private final Universe universe;
    private final Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);
    private final List<DatePeriod> periods;
    /** Whether the range spans more than {@link #MAX_PERIODS}: refused only if the answer reads the periods. */
    private final boolean tooManyPeriods;
    /** The apps rows about apps take, when they are not the requested ones (see {@link #rowValues}). */
    private final List<String> relatedApps;
    /** The app a value is about when no row binds one: the first requested. */
    private final String defaultAppId;
    /** The facts of the apps the request names, its related apps and its default app, by id. */
    private final Map<String, AppFacts> apps = new HashMap<>();
    /** The request's values as text: an enum takes the request's own value when it allows it. */
    private final List<String> texts;

    /**
     * The facts of one request.
     *
     * @param route    the matched operation
     * @param request  its valid, bound parameters
     * @param universe the data universe
     */
    public RequestFacts(OperationSpec route, BoundRequest request, Universe universe) {
        this.route = route;
        this.request = request;
        this.os = request.text("os").orElse("");
        this.universe = universe;
        for (Dimension dimension : Dimension.values()) {
            if (dimension != Dimension.PERIOD) {
                values.put(dimension, List.copyOf(valuesOf(dimension)));
            }
        }
        if (!hasParameter(Dimension.CATEGORY) && !values(Dimension.APP).isEmpty()) {
            values.put(Dimension.CATEGORY, universe.app(values(Dimension.APP).get(0), os()).categories());
        }
        List<DatePeriod> stepped = stepPeriods();
        this.tooManyPeriods = stepped.size() > MAX_PERIODS;
        this.periods = List.copyOf(tooManyPeriods ? stepped.subList(0, MAX_PERIODS) : stepped);
        this.relatedApps = request.given("app_id") && !request.has("app_ids")
                ? universe.relatedApps(request.text("app_id").orElseThrow()) : null;
        this.defaultAppId = values(Dimension.APP).stream().findFirst().or(() -> request.text("app_id")).orElse("0");
        List<String> ids = new ArrayList<>(values(Dimension.APP));
        ids.add(defaultAppId);
        if (relatedApps != null) {
            ids.addAll(relatedApps);
        }
        for (String id : ids) {
            apps.computeIfAbsent(id, key -> universe.app(key, os));
        }
        this.texts = request.values().values().stream().map(String::valueOf).toList();
    }

    /** @return the data universe */
    public Universe universe() {
        return universe;
    }

    /**
     * The facts of the app a value is about: the app an enclosing row binds, else the first
     * requested one.
     *
     * @param scope where the value is
     * @return the facts
     */
    public AppFacts app(Scope scope) {
        Object bound = scope.value(Dimension.APP);
        String id = bound != null ? bound.toString() : defaultAppId;
        AppFacts facts = apps.get(id);
        return facts != null ? facts : universe.app(id, os);
    }

    /** @return the request's parameter values as text, in parameter order */
    public List<String> texts() {
        return texts;
    }

    /** @return the matched operation */
    public OperationSpec route() {
        return route;
    }

    /** @return the bound parameters */
    public BoundRequest request() {
        return request;
    }

    /** @return the platform in the path, or empty when the route has none */
    public String os() {
        return os;
    }

    /**
     * The requested (or default) values of a dimension other than {@link Dimension#PERIOD}.
     *
     * @param dimension the dimension
     * @return the values in request order
     */
    public List<String> values(Dimension dimension) {
        return values.getOrDefault(dimension, List.of());
    }

    /**
     * The values a list of rows takes for a dimension. When the request names one app by a
     * single-valued parameter ({@code app_id}), that app is the subject, and rows about apps are
     * other apps: those related to it in the universe.
     *
     * @param dimension the dimension
     * @return the values in order
     */
    public List<String> rowValues(Dimension dimension) {
        if (dimension == Dimension.APP && relatedApps != null) {
            return relatedApps;
        }
        return values(dimension);
    }

    /**
     * Whether a required parameter of the route gives the dimension's values: such dimensions key
     * the maps of a response.
     *
     * @param dimension the dimension
     * @return true when a required parameter gives them
     */
    public boolean requiredBy(Dimension dimension) {
        return dimension.parameters().stream().map(route::param).flatMap(Optional::stream).anyMatch(Param::required);
    }

    /**
     * @return the date periods of the request, in order
     * @throws TooLargeException when the range spans more than {@link #MAX_PERIODS} of them
     */
    public List<DatePeriod> periods() {
        if (tooManyPeriods) {
            throw new TooLargeException("The answer would be too large: " + dateRange() + " spans more than " + MAX_PERIODS
                    + " periods, the most one answer holds; ask for a shorter date range or a coarser granularity");
        }
        return periods;
    }

    /**
     * What drives the size of an answer: how many values each list parameter gives and the date
     * range with its granularity, e.g. {@code app_ids: 4000 values, countries: 10 values,
     * start_date..end_date: 365 daily periods}.
     *
     * @return the parameters, each with its count
     */
    public String sizeDrivers() {
        List<String> drivers = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            for (String name : dimension.parameters()) {
                if (request.has(name) && request.texts(name).size() > 1) {
                    drivers.add(name + ": " + request.texts(name).size() + " values");
                    break;
                }
            }
        }
        if (periods.size() > 1 || tooManyPeriods) {
            drivers.add(dateRange() + ": " + (tooManyPeriods ? "more than " + MAX_PERIODS : periods.size()) + " periods");
        }
        return drivers.isEmpty() ? "no list parameter" : String.join(", ", drivers);
    }

    private String dateRange() {
        String start = route.rules().dateRange().map(range -> range.start()).orElse("start_date");
        String end = route.rules().dateRange().map(range -> range.end()).orElse("end_date");
        return start + ".." + end + " at " + granularity().name().toLowerCase(java.util.Locale.ROOT) + " granularity";
    }

    /** @return the start of the requested date range, moved to the start of its period */
    public Optional<LocalDate> start() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(0).start());
    }

    private boolean hasParameter(Dimension dimension) {
        return dimension.parameters().stream().anyMatch(request::has);
    }

    private List<String> valuesOf(Dimension dimension) {
        for (String name : dimension.parameters()) {
            if (request.has(name)) {
                return request.texts(name);
            }
        }
        return defaults(dimension);
    }

    private List<String> defaults(Dimension dimension) {
        return switch (dimension) {
            case APP -> appsOfOwners();
            case COUNTRY -> defaultCountries();
            case NETWORK -> allowedOrElse("networks", List.of("Admob", "Applovin", "Unity"));
            case AD_TYPE -> allowedOrElse("ad_types", List.of("video", "banner", "playable"));
            case CHART -> List.of(os().equals("android") ? "topselling_free" : "topfreeapplications");
            case CATEGORY -> List.of(os().equals("android") ? "game_puzzle" : "6014");
            case COHORT -> List.of();
            case PERIOD -> List.of();
        };
    }

    private List<String> appsOfOwners() {
        List<String> apps = new ArrayList<>();
        for (String owner : List.of("publisher_ids", "publisher_ids[]", "unified_publisher_ids", "categories")) {
            request.texts(owner).forEach(id -> apps.addAll(universe.appsOf(id, os())));
        }
        return apps;
    }

    private List<String> defaultCountries() {
        boolean list = Dimension.COUNTRY.parameters().stream().map(route::param).flatMap(Optional::stream)
                .anyMatch(Param::isList);
        boolean single = route.param("country").isPresent();
        return list ? List.of("US", "GB", "DE") : single ? List.of("WW") : List.of("US");
    }

    private List<String> allowedOrElse(String parameter, List<String> fallback) {
        return route.param(parameter).map(Param::allowedValues).filter(values -> values.size() >= 3)
                .map(values -> values.subList(0, 3)).orElse(fallback);
    }

    private List<DatePeriod> stepPeriods() {
        String startName = route.rules().dateRange().map(range -> range.start()).orElse("start_date");
        String endName = route.rules().dateRange().map(range -> range.end()).orElse("end_date");
        LocalDate end = request.date(endName).orElse(universe.today());
        LocalDate start = request.date(startName).orElse(end.minusDays(request.has(endName) ? 30 : 6));
        if (end.isBefore(start)) {
            end = start;
        }
        Granularity granularity = granularity();
        if (granularity == Granularity.ALL) {
            return List.of(new DatePeriod(start, end, Granularity.ALL));
        }
        List<DatePeriod> stepped = new ArrayList<>();
        for (LocalDate from = granularity.start(start); !from.isAfter(end); from = granularity.next(from)) {
            if (stepped.size() > MAX_PERIODS) {
                break;
            }
            stepped.add(new DatePeriod(from, granularity.next(from).minusDays(1), granularity));
        }
        return stepped;
    }

    private Granularity granularity() {
        List<String> names = new ArrayList<>();
        route.rules().granularity().ifPresent(names::add);
        names.addAll(GRANULARITY_PARAMETERS);
        for (String name : names) {
            Optional<Granularity> found = request.text(name).flatMap(Granularity::of);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Granularity.DAY;
    }
}
