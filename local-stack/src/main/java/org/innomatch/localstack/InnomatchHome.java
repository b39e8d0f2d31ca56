package org.innomatch.localstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/** Finds the Innomatch checkout: the nearest folder above this code that contains {@code local-stack/pom.xml}. */
final class InnomatchHome {

    private InnomatchHome() {
    }

    static Optional<Path> locate() {
        CodeSource source = InnomatchHome.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            return locateAbove(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<Path> locateAbove(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("local-stack/pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
