/**
 * The fourth stage of the pipeline (load, model, render, <b>write</b>): puts rendered files on
 * disk. Only changed files are touched, files of the previous run that are no longer produced are
 * removed (they are known from a manifest kept in the output directory), and a failure before the
 * files are moved into place leaves the previous output exactly as it was.
 */
package dev.appintel.generator.write;
