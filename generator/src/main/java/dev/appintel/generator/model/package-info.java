/**
 * The generator's own immutable model of an API: the second stage of the pipeline
 * (load, <b>model</b>, render, write). The records refer to nothing of Swagger Parser; only
 * {@link dev.appintel.generator.model.ModelBuilder} and its package-private readers look at the
 * parsed document. Every name a target needs (Java types, members, constants) is decided when the
 * model is built, so targets only arrange text.
 */
package dev.appintel.generator.model;
