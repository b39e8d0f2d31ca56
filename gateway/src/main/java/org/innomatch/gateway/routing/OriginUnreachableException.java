package org.innomatch.gateway.routing;

/** No connection to the service could be had: refused, timed out, unknown host or pool exhausted. */
final class OriginUnreachableException extends RuntimeException {

    OriginUnreachableException(String service, Throwable cause) {
        super(service + " unreachable: " + cause, cause, false, false);
    }
}
