/**
 * How the generator names things in Java: {@link dev.appintel.generator.naming.JavaNames} turns
 * spec names and values into identifiers, and {@link dev.appintel.generator.naming.NameAllocator}
 * keeps the names of one scope unique.
 */
package dev.appintel.generator.naming;
