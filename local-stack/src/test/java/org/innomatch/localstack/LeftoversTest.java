package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {

    @TempDir
    Path temp;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        started.forEach(Process::destroyForcibly);
    }

    /** A long-running process whose command line names {@code file}, as the services name the stack's dir. */
    private Process running(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        Process process = new ProcessBuilder("tail", "-f", file.toString()).start();
        started.add(process);
        return process;
    }

    @Test
    void killsTheServicesAndPostgresOfADeadRunInTheSameDirectoryOnly() throws Exception {
        StackLayout layout = new StackLayout(temp.resolve("stack"));
        Process profile = running(layout.dir().resolve("keys/internal-public.pem"));
        Process postmaster = running(layout.postgresDataDir().resolve("PG_VERSION"));
        Process foreign = running(temp.resolve("other-stack/keys/internal-public.pem"));
        Leftovers.record(layout, ServiceModule.values()[0], profile.pid());
        Leftovers.record(layout, ServiceModule.values()[1], foreign.pid());
        Files.writeString(layout.postgresDataDir().resolve("postmaster.pid"), postmaster.pid() + "\n"
                + layout.postgresDataDir() + "\n");

        List<String> killed = Leftovers.clean(layout);

        assertEquals(2, killed.size(), killed.toString());
        assertTrue(profile.waitFor(10, TimeUnit.SECONDS), "the service of the dead run is killed");
        assertTrue(postmaster.waitFor(10, TimeUnit.SECONDS), "its PostgreSQL is killed");
        assertTrue(foreign.isAlive(), "a process that does not name the directory is left alone");
        assertFalse(Files.exists(layout.serviceRunDir(ServiceModule.values()[0]).resolve(Leftovers.SERVICE_PID_FILE)));
    }

    @Test
    void findsNothingInAFreshDirectory() {
        assertTrue(Leftovers.clean(new StackLayout(temp.resolve("fresh"))).isEmpty());
    }
}
