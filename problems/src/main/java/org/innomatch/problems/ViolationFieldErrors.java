package org.innomatch.problems;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestMatrix;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Turns Bean Validation violations into {@link FieldError}s named as the client knows the input: the JSON path
 * into the body ({@code sectors[1]}, {@code fundingSought.currency}) without the Java method and parameter
 * names, or the name of the query/path/header parameter ({@code limit}).
 */
final class ViolationFieldErrors {

    private static final Comparator<FieldError> BY_FIELD = Comparator
            .comparing((FieldError e) -> e.field() == null ? "" : e.field())
            .thenComparing(FieldError::message);

    private ViolationFieldErrors() {
    }

    /**
     * @param resourceMethod the JAX-RS method whose parameters were validated, to read the request names of its
     *                       parameters; {@code null} when unknown
     */
    static List<FieldError> of(Collection<? extends ConstraintViolation<?>> violations, Method resourceMethod) {
        List<FieldError> errors = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath(), resourceMethod), violation.getMessage(),
                    rejectedValueOf(violation.getInvalidValue()), null));
        }
        errors.sort(BY_FIELD);
        return errors;
    }

    static boolean concernsReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The client's name of the validated element, or {@code null} for a constraint on the body as a whole. */
    static String fieldOf(Path path, Method resourceMethod) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable()) {
                // The index belongs to the collection named by the previous node: "sectors" + "[1]".
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            switch (node.getKind()) {
                case PROPERTY -> appendName(field, node.getName());
                case PARAMETER -> {
                    String requestName = requestParameterName(node, resourceMethod);
                    if (requestName != null) {
                        appendName(field, requestName);
                    }
                }
                default -> {
                    // METHOD, CONSTRUCTOR and CROSS_PARAMETER are Java names; BEAN and CONTAINER_ELEMENT
                    // ("<list element>") have no name in the JSON.
                }
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static void appendName(StringBuilder field, String name) {
        if (name == null || name.isEmpty()) {
            return;
        }
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(name);
    }

    /**
     * The name of a parameter in the request ({@code @QueryParam("limit")} → {@code limit}), or {@code null}
     * for the body, whose name means nothing to the client.
     */
    private static String requestParameterName(Path.Node node, Method resourceMethod) {
        int index = node.as(Path.ParameterNode.class).getParameterIndex();
        if (resourceMethod == null || index < 0 || index >= resourceMethod.getParameterCount()) {
            // No resource method to ask (e.g. a @Valid parameter of a CDI bean): keep the Java name.
            return node.getName();
        }
        Parameter parameter = resourceMethod.getParameters()[index];
        for (Annotation annotation : parameter.getAnnotations()) {
            String declared = declaredName(annotation);
            if (declared != null) {
                return declared.isEmpty() ? node.getName() : declared;
            }
            if (annotation instanceof BeanParam) {
                return null;
            }
        }
        return null;
    }

    /** The name given by a JAX-RS or RESTEasy Reactive parameter annotation, "" for "the Java name", else null. */
    private static String declaredName(Annotation annotation) {
        if (annotation instanceof QueryParam a) {
            return a.value();
        } else if (annotation instanceof PathParam a) {
            return a.value();
        } else if (annotation instanceof HeaderParam a) {
            return a.value();
        } else if (annotation instanceof CookieParam a) {
            return a.value();
        } else if (annotation instanceof FormParam a) {
            return a.value();
        } else if (annotation instanceof MatrixParam a) {
            return a.value();
        } else if (annotation instanceof RestQuery a) {
            return a.value();
        } else if (annotation instanceof RestPath a) {
            return a.value();
        } else if (annotation instanceof RestHeader a) {
            return a.value();
        } else if (annotation instanceof RestCookie a) {
            return a.value();
        } else if (annotation instanceof RestForm a) {
            return a.value();
        } else if (annotation instanceof RestMatrix a) {
            return a.value();
        }
        return null;
    }

    /** Simple values as text; objects and collections are left out, their text would not help the client. */
    static String rejectedValueOf(Object value) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof UUID
                || value instanceof TemporalAccessor) {
            return String.valueOf(value);
        }
        return null;
    }
}
