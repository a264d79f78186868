/**
 * The runtime behind {@link dev.appintel.client.AppIntelligence}; not an API, it may change in any
 * release. It acts on the generated {@code OperationCatalog} and names no endpoint: validation,
 * splitting by batching and segmentation rules, merging, paging, retries, the token, redaction,
 * typed errors and metrics.
 */
package dev.appintel.client.internal;
