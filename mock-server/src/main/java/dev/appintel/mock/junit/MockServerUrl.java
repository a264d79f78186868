package dev.appintel.mock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test or lifecycle method parameter of type {@code URI} or {@code String} that
 * {@link MockServerExtension} fills with the running server's base URL.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface MockServerUrl {
}
