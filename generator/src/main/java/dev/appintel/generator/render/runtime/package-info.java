/**
 * Java expressions over the API runtime's types ({@code OperationSpec}, {@code Param}, {@code Rules},
 * {@code Shape}), written from the model: both targets build their generated data with them, so
 * that the client and the mock read an operation the same way.
 */
package dev.appintel.generator.render.runtime;
