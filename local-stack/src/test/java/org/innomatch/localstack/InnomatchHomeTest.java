package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InnomatchHomeTest {

    @TempDir
    Path checkout;

    @Test
    void theCheckoutIsTheNearestFolderAboveWithTheLocalStackModule() throws IOException {
        Files.createDirectories(checkout.resolve("local-stack"));
        Files.writeString(checkout.resolve("local-stack/pom.xml"), "<project/>");
        Path jar = Files.createDirectories(checkout.resolve("local-stack/target")).resolve("local-stack.jar");

        assertEquals(Optional.of(checkout.toAbsolutePath().normalize()), InnomatchHome.locateAbove(jar));
    }

    @Test
    void withoutTheModuleAboveThereIsNoCheckout() {
        assertEquals(Optional.empty(), InnomatchHome.locateAbove(checkout.resolve("somewhere/else.jar")));
    }

    @Test
    void thisModuleIsFoundFromItsOwnClasses() {
        Path home = InnomatchHome.locate().orElseThrow();

        assertEquals(true, Files.isRegularFile(home.resolve("local-stack/pom.xml")));
    }
}
