package org.innomatch.localstack;

import java.nio.file.Path;

/** Where each part keeps its data and logs inside the working directory. */
public record StackLayout(Path dir) {

    public StackLayout {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path pidFile() {
        return dir.resolve("stack.pid");
    }

    public Path logsDir() {
        return dir.resolve("logs");
    }

    public Path postgresDataDir() {
        return dir.resolve("postgres");
    }

    public Path mongoFile() {
        return dir.resolve("mongo/innomatch.h2");
    }

    public Path kafkaDir() {
        return dir.resolve("kafka");
    }

    public Path postgresLog() {
        return logsDir().resolve("postgres.log");
    }

    public Path mongoLog() {
        return logsDir().resolve("mongo.log");
    }

    public Path kafkaLog() {
        return logsDir().resolve("kafka.log");
    }

    public Path serviceLog(ServiceModule module) {
        return logsDir().resolve(module.moduleName() + ".log");
    }

    /** The working directory of a service process (Quarkus may write files relative to it). */
    public Path serviceRunDir(ServiceModule module) {
        return dir.resolve("run").resolve(module.moduleName());
    }
}
