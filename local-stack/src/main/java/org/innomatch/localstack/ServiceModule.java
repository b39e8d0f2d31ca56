package org.innomatch.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The five Quarkus services the stack runs, with what each one needs from the infrastructure. */
public enum ServiceModule {
    PROFILE_SERVICE("profile-service", StackPort.PROFILE, Store.POSTGRESQL, "innomatch_profiles", true),
    PROJECT_SERVICE("project-service", StackPort.PROJECT, Store.POSTGRESQL, "innomatch_projects", true),
    MATCHING_SERVICE("matching-service", StackPort.MATCHING, Store.MONGODB, "innomatch_matching", true),
    NOTIFICATION_SERVICE("notification-service", StackPort.NOTIFICATION, Store.MONGODB, "innomatch_notifications", true),
    GATEWAY("gateway", StackPort.GATEWAY, Store.NONE, null, true);

    public enum Store { POSTGRESQL, MONGODB, NONE }

    private final String moduleName;
    private final StackPort port;
    private final Store store;
    private final String database;
    private final boolean usesKafka;

    ServiceModule(String moduleName, StackPort port, Store store, String database, boolean usesKafka) {
        this.moduleName = moduleName;
        this.port = port;
        this.store = store;
        this.database = database;
        this.usesKafka = usesKafka;
    }

    /** The Maven module's directory name, which is also the service's name. */
    public String moduleName() {
        return moduleName;
    }

    public StackPort port() {
        return port;
    }

    public Store store() {
        return store;
    }

    /** The PostgreSQL or MongoDB database of this service; {@code null} for the gateway. */
    public String database() {
        return database;
    }

    public boolean usesKafka() {
        return usesKafka;
    }

    /** Where {@code ./mvnw package} leaves the runnable jar of this service. */
    public Path runnerJar(Path home) {
        return home.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The services the gateway routes to. */
    public static List<ServiceModule> backends() {
        return List.of(PROFILE_SERVICE, PROJECT_SERVICE, MATCHING_SERVICE, NOTIFICATION_SERVICE);
    }

    public static List<String> databasesIn(Store store) {
        return Arrays.stream(values()).filter(m -> m.store == store).map(ServiceModule::database).toList();
    }
}
