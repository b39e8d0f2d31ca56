package org.innomatch.problems;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods the application's JAX-RS resources serve at a path, for the {@code Allow} header a 405 must carry
 * (RFC 9110, 15.5.6). Quarkus REST answers OPTIONS with one but leaves it off its own 405.
 *
 * <p>Read once from the resource classes' annotations: each resource method's {@code @Path} template (class and
 * method joined) becomes a pattern, {@code {name}} matching one segment and {@code {name: regex}} the regex.
 */
@Singleton
public class AllowedMethods {

    private final List<Endpoint> endpoints;

    /** A path template and the methods declared for it. */
    record Endpoint(String template, Pattern pattern, Set<String> methods) {
    }

    @Inject
    public AllowedMethods(BeanManager beans) {
        this(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass)
                // Not REST client interfaces, nor the classes Quarkus generates for them and for other beans.
                .filter(type -> !type.isInterface() && !type.getName().contains("$$")
                        && type.isAnnotationPresent(Path.class))
                .distinct().toList());
    }

    AllowedMethods(List<Class<?>> resources) {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path path = method.getAnnotation(Path.class);
                String template = join(base, path == null ? "" : path.value());
                byTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(httpMethod);
            }
        }
        List<Endpoint> list = new ArrayList<>();
        byTemplate.forEach((template, methods) -> list.add(new Endpoint(template, pattern(template), methods)));
        this.endpoints = List.copyOf(list);
    }

    /**
     * The methods allowed at {@code path} (the application's own path, as JAX-RS matched it), with HEAD where GET
     * is (JAX-RS serves it) and OPTIONS (Quarkus REST answers it); empty when no resource has the path.
     */
    public Set<String> at(String path) {
        Set<String> allowed = new TreeSet<>();
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Endpoint endpoint : endpoints) {
            if (endpoint.pattern().matcher(normalized).matches()) {
                allowed.addAll(endpoint.methods());
            }
        }
        if (allowed.isEmpty()) {
            return allowed;
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        allowed.add(HttpMethod.OPTIONS);
        return allowed;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    static String join(String base, String sub) {
        String first = strip(base);
        String second = strip(sub);
        return "/" + first + (!first.isEmpty() && !second.isEmpty() ? "/" : "") + second;
    }

    private static String strip(String segment) {
        String s = segment;
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** {@code /profiles/{id}/photo} → {@code \Q/profiles/\E[^/]+\Q/photo\E}; a variable's own regex is kept. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            if (open > i) {
                regex.append(Pattern.quote(template.substring(i, open)));
            }
            int close = closingBrace(template, open);
            String variable = template.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).trim() + ")");
            i = close + 1;
        }
        return Pattern.compile(regex.toString());
    }

    /** The brace closing the one at {@code open}; a variable's regex may hold braces of its own ({@code \d{4}}). */
    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced braces in path template " + template);
    }
}
