/**
 * The check of a spec before it is merged (lint, then comparison with a baseline), shared by the
 * command line and the Maven plugin, and the baseline read from git.
 */
package dev.appintel.generator.verify;
