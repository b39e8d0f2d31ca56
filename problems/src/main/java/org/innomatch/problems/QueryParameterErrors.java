package org.innomatch.problems;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestQuery;

import io.vertx.core.MultiMap;

/**
 * Finds the query parameters whose values a resource method could not convert to their Java types.
 *
 * <p>JAX-RS answers such a value with 404, as if the resource did not exist, and its exception does not say which
 * parameter failed. This converts each value again the way JAX-RS does (primitive, {@code fromString} or
 * {@code valueOf}, a String constructor), so that the client is told which parameter to fix.
 */
final class QueryParameterErrors {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private QueryParameterErrors() {
    }

    /** One error per query parameter of {@code method} with a value in {@code query} that does not convert. */
    static List<FieldError> of(Method method, MultiMap query) {
        List<FieldError> errors = new ArrayList<>();
        if (method == null) {
            return errors;
        }
        for (Parameter parameter : method.getParameters()) {
            String name = queryName(parameter);
            if (name == null) {
                continue;
            }
            Class<?> type = valueType(parameter);
            for (String value : query.getAll(name)) {
                if (!converts(type, value)) {
                    errors.add(errorFor(name, type, value));
                    break;
                }
            }
        }
        return errors;
    }

    private static String queryName(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation instanceof QueryParam a) {
                return a.value();
            }
            if (annotation instanceof RestQuery a) {
                return a.value().isEmpty() ? parameter.getName() : a.value();
            }
        }
        return null;
    }

    /** The type of one value: the element type of a {@code List<T>}, {@code Set<T>} and the like. */
    private static Class<?> valueType(Parameter parameter) {
        Class<?> type = parameter.getType();
        if (Collection.class.isAssignableFrom(type)
                && parameter.getParameterizedType() instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            return element instanceof Class<?> c ? c : Object.class;
        }
        return WRAPPERS.getOrDefault(type, type);
    }

    private static boolean converts(Class<?> type, String value) {
        if (type == String.class || type == Object.class || type == Boolean.class || type == Character.class) {
            return true;
        }
        try {
            if (!type.isEnum()) {
                Constructor<?> constructor = stringConstructor(type);
                if (constructor != null) {
                    constructor.newInstance(value);
                    return true;
                }
            }
            Method factory = stringFactory(type);
            if (factory != null) {
                return factory.invoke(null, value) != null || value.isEmpty();
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Constructor<?> stringConstructor(Class<?> type) {
        try {
            Constructor<?> constructor = type.getConstructor(String.class);
            return Modifier.isPublic(constructor.getModifiers()) ? constructor : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method stringFactory(Class<?> type) {
        for (String name : new String[] {"fromString", "valueOf"}) {
            try {
                Method method = type.getMethod(name, String.class);
                if (Modifier.isStatic(method.getModifiers())) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next one
            }
        }
        return null;
    }

    private static FieldError errorFor(String name, Class<?> type, String value) {
        if (type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return FieldError.unknownCode(name, value, allowed);
        }
        String message;
        if (type == Integer.class) {
            message = "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        } else if (type == Long.class) {
            message = "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        } else if (type == Short.class) {
            message = "must be an integer from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        } else if (type == Byte.class) {
            message = "must be an integer from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
        } else if (type == Double.class || type == Float.class) {
            message = "must be a number";
        } else if (type == UUID.class) {
            message = "must be a UUID";
        } else {
            message = "is not a valid value";
        }
        return FieldError.of(name, message, value);
    }
}
