package dev.appintel.mock.data;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words the server makes names, texts and codes of. */
final class Vocabulary {

    static final List<String> ADJECTIVES = List.of("Happy", "Brave", "Swift", "Cosmic", "Tiny", "Golden", "Silent",
            "Lucky", "Wild", "Clever", "Bright", "Mighty", "Frozen", "Hidden", "Royal", "Pocket", "Super", "Magic");
    static final List<String> NOUNS = List.of("Farm", "Quest", "Chat", "Puzzle", "Runner", "Kingdom", "Camera",
            "Wallet", "Notes", "Tiles", "Heroes", "Garden", "Radio", "Fitness", "Maps", "Arena", "Bakery", "Stories");
    /** The nouns in lower case, in the same order: picked as often as the nouns themselves. */
    static final List<String> LOWER_NOUNS = NOUNS.stream().map(noun -> noun.toLowerCase(Locale.ROOT)).toList();
    static final List<String> PUBLISHER_SUFFIXES = List.of("Games", "Labs", "Studios", "Inc.", "Interactive",
            "Software", "Media", "Apps");
    static final List<Long> IOS_CATEGORIES = List.of(6014L, 7003L, 7012L, 6005L, 6007L, 6016L, 6015L, 6008L);
    static final List<String> ANDROID_CATEGORIES = List.of("game_puzzle", "game_casual", "game_action", "social",
            "productivity", "entertainment", "finance", "photography");
    static final Map<String, String> CATEGORY_NAMES = Map.ofEntries(Map.entry("6014", "Games"),
            Map.entry("7003", "Games/Casual"), Map.entry("7012", "Games/Puzzle"), Map.entry("6005", "Social Networking"),
            Map.entry("6007", "Productivity"), Map.entry("6016", "Entertainment"), Map.entry("6015", "Finance"),
            Map.entry("6008", "Photo & Video"));
    static final List<String> COHORT_NAMES = List.of("Mobile gamers", "Streaming subscribers", "Online shoppers",
            "Fitness enthusiasts", "News readers", "Food delivery users");
    static final List<String> PURCHASES = List.of("Pile of Gems", "Season Pass", "Starter Pack", "Remove Ads",
            "Premium Monthly", "Chest of Coins", "VIP Membership");
    static final List<String> SENTENCES = List.of("Bug fixes and performance improvements.",
            "New levels and a brand-new season.", "Share moments with friends in a new way.",
            "Faster start-up and a refreshed design.", "Join millions of players today.");
    static final List<String> ADVISORIES = List.of("Infrequent/Mild Cartoon or Fantasy Violence",
            "Infrequent/Mild Mature/Suggestive Themes", "Infrequent/Mild Simulated Gambling",
            "Unrestricted Web Access");
    static final List<String> PERMISSIONS = List.of("INTERNET", "ACCESS_NETWORK_STATE", "CAMERA", "VIBRATE",
            "POST_NOTIFICATIONS", "ACCESS_COARSE_LOCATION");
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "ja", "ko", "pt", "zh");
    static final List<String> COUNTRIES = List.of("US", "GB", "DE", "FR", "JP", "BR", "IN", "CA", "AU", "KR");

    /** Each country's share of worldwide volume; other countries get {@link #OTHER_COUNTRY_SHARE}. */
    static final Map<String, Double> COUNTRY_SHARES = Map.ofEntries(Map.entry("WW", 1.0), Map.entry("US", 0.22),
            Map.entry("CN", 0.15), Map.entry("IN", 0.10), Map.entry("JP", 0.07), Map.entry("BR", 0.05),
            Map.entry("GB", 0.04), Map.entry("DE", 0.04), Map.entry("FR", 0.03), Map.entry("KR", 0.03),
            Map.entry("CA", 0.02), Map.entry("AU", 0.015), Map.entry("TIER_1", 0.45), Map.entry("LATIN_AM", 0.12),
            Map.entry("SE_ASIA", 0.10));
    static final double OTHER_COUNTRY_SHARE = 0.005;

    private Vocabulary() {
    }
}
