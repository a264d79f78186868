package dev.appintel.mock.data;

import java.time.LocalDate;
import java.util.List;

/**
 * What the universe says about one app, the same in every response.
 *
 * @param id                 the app id as requested
 * @param os                 {@code ios}, {@code android} or {@code unified}
 * @param name               the store name
 * @param shortName          the name without its tagline
 * @param publisherName      the publisher's name
 * @param publisherId        the publisher's id: digits on iOS, a name on Android, hex when unified
 * @param publisherEmail     the publisher's support address, at a domain named after the publisher
 * @param unifiedPublisherId the unified publisher's id
 * @param categories         category ids: digits on iOS, names on Android
 * @param unifiedAppId       the unified app's id
 * @param bundleId           the bundle id; on Android the package name, the app's id
 * @param dailyDownloads     worldwide downloads on an average day
 * @param centsPerDownload   revenue per download, in cents
 * @param releaseDate        the first release
 * @param updatedDate        the latest update
 * @param version            the latest version
 */
public record AppFacts(
        String id,
        String os,
        String name,
        String shortName,
        String publisherName,
        String publisherId,
        String publisherEmail,
        String unifiedPublisherId,
        List<String> categories,
        String unifiedAppId,
        String bundleId,
        double dailyDownloads,
        double centsPerDownload,
        LocalDate releaseDate,
        LocalDate updatedDate,
        String version) {

    public AppFacts {
        categories = List.copyOf(categories);
    }

    /** @return whether the app is an iOS app */
    public boolean ios() {
        return os.equals("ios");
    }
}
