/**
 * Running a stage's independent parts on all cores, with the outcome of running them one after
 * another: results in order, and the first failure in that order.
 */
package dev.appintel.generator.concurrent;
