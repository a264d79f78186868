/**
 * The {@code mock-server} target: the API as data for a stub server. It writes the route table
 * (paths, parameters with the spec's limits, operational rules, declared responses and their
 * examples), the shape of every named schema, and the support types both are made of, including
 * the binder that checks a request's parameters exactly as the spec says. A hand-written runtime
 * serves them.
 */
package dev.appintel.generator.render.mock;
