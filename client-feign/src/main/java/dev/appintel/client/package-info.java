/**
 * The client of the App Intelligence API: {@link dev.appintel.client.AppIntelligence} and its
 * builder, the {@link dev.appintel.client.RetryPolicy}, and paging. The generated interfaces are in
 * {@code dev.appintel.client.api}, the models in {@code dev.appintel.client.model}; the exceptions
 * in {@code dev.appintel.client.error}. {@code dev.appintel.client.internal} is not an API.
 */
package dev.appintel.client;
