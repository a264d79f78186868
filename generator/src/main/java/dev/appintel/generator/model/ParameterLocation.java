package dev.appintel.generator.model;

/** Where a parameter travels in the request. */
public enum ParameterLocation {
    PATH, QUERY, HEADER, COOKIE
}
