/**
 * The exceptions of the client: {@link dev.appintel.client.error.AppIntelligenceException} and its
 * subclasses for failed calls (one per kind of status, I/O errors and timeouts, unreadable bodies),
 * {@link dev.appintel.client.error.PartialResultException} for a split or paged call that failed in one
 * of its requests ({@link dev.appintel.client.error.CallPart}), with what the others returned,
 * and {@link dev.appintel.client.error.InvalidRequestException} for calls rejected before sending.
 */
package dev.appintel.client.error;
