package org.innomatch.localstack;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

import org.slf4j.LoggerFactory;

/**
 * Configures java.util.logging (which SLF4J feeds through slf4j-jdk14) so the console shows only the
 * stack's own progress and real problems, while the embedded servers' chatter goes to one file per part.
 */
final class StackLogging {

    /** Logger name prefix → log file name under {@code <dir>/logs}. */
    static final Map<String, String> FILES_BY_LOGGER = orderedMap(
            "org.apache.kafka", "kafka.log",
            "kafka", "kafka.log",
            "state.change.logger", "kafka.log",
            "org.apache.zookeeper", "kafka.log",
            "com.yammer.metrics", "kafka.log",
            "de.bwaldvogel", "mongo.log",
            "io.netty", "mongo.log",
            "io.zonky", "postgres.log",
            "org.postgresql", "postgres.log");

    // java.util.logging holds loggers weakly: without these references the configuration could be collected.
    private static final List<Logger> CONFIGURED = new ArrayList<>();
    private static final List<Handler> HANDLERS = new ArrayList<>();

    private StackLogging() {
    }

    static synchronized void configure(Path logsDir) {
        closeHandlers();
        try {
            Files.createDirectories(logsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logsDir, e);
        }
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new ShortFormatter());
        root.addHandler(console);
        root.setLevel(Level.WARNING);
        HANDLERS.add(console);

        Map<String, Handler> handlersByFile = new HashMap<>();
        Function<String, Handler> open = file -> {
            Handler handler = new AppendingFileHandler(logsDir.resolve(file));
            HANDLERS.add(handler);
            return handler;
        };
        for (Map.Entry<String, String> route : FILES_BY_LOGGER.entrySet()) {
            Logger logger = Logger.getLogger(route.getKey());
            for (Handler handler : logger.getHandlers()) {
                logger.removeHandler(handler);
            }
            logger.setLevel(Level.INFO);
            logger.setUseParentHandlers(false);
            logger.addHandler(handlersByFile.computeIfAbsent(route.getValue(), open));
            CONFIGURED.add(logger);
        }
        // Bind SLF4J now, on one thread: binding it from the parts starting in parallel makes it print a
        // "replaying intercepted calls" warning to the console.
        LoggerFactory.getILoggerFactory();
    }

    private static void closeHandlers() {
        for (Logger logger : CONFIGURED) {
            for (Handler handler : logger.getHandlers()) {
                logger.removeHandler(handler);
            }
        }
        CONFIGURED.clear();
        for (Handler handler : HANDLERS) {
            handler.close();
        }
        HANDLERS.clear();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Appends to a file and flushes every record, so a tail of the file is always current. */
    private static final class AppendingFileHandler extends StreamHandler {

        AppendingFileHandler(Path file) {
            try {
                setOutputStream(new FileOutputStream(file.toFile(), true));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open " + file, e);
            }
            setFormatter(new FileFormatter());
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }

        @Override
        public synchronized void close() {
            flush();
            super.close();
        }
    }

    private static final class FileFormatter extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

        @Override
        public String format(LogRecord record) {
            String time = LocalDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault()).format(TIME);
            return time + " " + record.getLevel() + " [" + record.getLoggerName() + "] " + formatMessage(record)
                    + System.lineSeparator() + stackTrace(record);
        }
    }

    /** One line per record on the console: level, the logger's last name segment, the message. */
    private static final class ShortFormatter extends Formatter {

        @Override
        public String format(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            String shortName = logger.substring(logger.lastIndexOf('.') + 1);
            return record.getLevel() + " [" + shortName + "] " + formatMessage(record) + System.lineSeparator()
                    + stackTrace(record);
        }
    }

    private static String stackTrace(LogRecord record) {
        if (record.getThrown() == null) {
            return "";
        }
        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
