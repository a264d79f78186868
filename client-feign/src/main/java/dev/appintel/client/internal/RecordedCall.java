package dev.appintel.client.internal;

import dev.appintel.client.api.Apis;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * The one operation a lambda calls on an {@link Apis}, recorded instead of sent: how the client
 * learns which paged call to repeat page after page.
 *
 * @param api    the generated interface
 * @param method the operation's method (a request-record overload is resolved to it)
 * @param args   the arguments
 */
public record RecordedCall(Class<?> api, Method method, Object[] args) {

    /**
     * Runs {@code call} against recording proxies.
     *
     * @param call calls exactly one operation
     * @return the recorded call
     * @throws IllegalArgumentException when the lambda calls no operation or more than one
     */
    public static RecordedCall of(Function<? super Apis, ?> call) {
        Recorder recorder = new Recorder();
        call.apply(recorder);
        if (recorder.recorded == null) {
            throw new IllegalArgumentException("the lambda called no operation; call exactly one, "
                    + "e.g. apis -> apis.creativeGallery().getCreatives(request)");
        }
        return recorder.recorded;
    }

    private static final class Recorder implements Apis, InvocationHandler {

        private RecordedCall recorded;

        @Override
        public <T> T api(Class<T> type) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                throw new UnsupportedOperationException("only operations can be recorded, not " + method.getName());
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (recorded != null) {
                throw new IllegalArgumentException("the lambda called more than one operation: "
                        + recorded.method().getName() + " and " + method.getName());
            }
            recorded = new RecordedCall(method.getDeclaringClass(), method, args == null ? new Object[0] : args.clone());
            return null;
        }
    }
}
