package org.innomatch.gateway.routing;

/**
 * A public path template and the service that owns it.
 *
 * @param publicPath the template under {@code /api/v1}
 * @param service    the owning upstream's name
 */
public record Route(PathPattern publicPath, String service) {

    public static Route of(String template, String service) {
        return new Route(PathPattern.parse(template), service);
    }
}
