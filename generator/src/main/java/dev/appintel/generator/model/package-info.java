/**
 * The generator's own immutable model of an API: the second stage of the pipeline
 * (load, <b>model</b>, render, write). Nothing here refers to Swagger Parser's types; every name
 * a target needs (Java types, members, constants) is decided when the model is built, so targets
 * only arrange text.
 */
package dev.appintel.generator.model;
