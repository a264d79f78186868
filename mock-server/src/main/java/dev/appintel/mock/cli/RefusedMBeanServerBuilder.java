package dev.appintel.mock.cli;

import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerDelegate;

/**
 * An MBean server builder that makes none, named by the {@code javax.management.builder.initial}
 * system property while the command line starts the server. XNIO and jboss-threads register their
 * MBeans with the platform MBean server, and creating that server (every platform MXBean, JFR's
 * included) loaded about 450 classes during start-up; with this builder their registration fails,
 * which both ignore, and XNIO does not try again. The JVM's own management (jcmd, an attached
 * JConsole) creates the platform server later as usual, once the property is cleared.
 */
public final class RefusedMBeanServerBuilder extends MBeanServerBuilder {

    /** Called by {@link javax.management.MBeanServerFactory} by reflection. */
    public RefusedMBeanServerBuilder() {
    }

    @Override
    public MBeanServerDelegate newMBeanServerDelegate() {
        throw new UnsupportedOperationException("no MBean server while the mock server starts");
    }
}
