package org.innomatch.gateway.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;

import io.smallrye.jwt.util.KeyUtils;

/** Reads a PEM private key from {@code file:/path}, {@code classpath:name}, a file path or a class-path resource. */
public final class PemKeys {

    private PemKeys() {
    }

    public static PrivateKey privateKey(String location) {
        try {
            return KeyUtils.decodePrivateKey(read(location));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a PEM private key: " + location, e);
        }
    }

    private static String read(String location) {
        try {
            if (location.startsWith("file:")) {
                return Files.readString(Path.of(location.substring("file:".length())));
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            Path file = Path.of(resource);
            if (!location.startsWith("classpath:") && Files.isRegularFile(file)) {
                return Files.readString(file);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no key at " + location);
                }
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key at " + location, e);
        }
    }
}
