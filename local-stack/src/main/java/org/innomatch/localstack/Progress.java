package org.innomatch.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The console lines the stack prints about itself: one per part and step, aligned. */
final class Progress {

    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    /** e.g. {@code   kafka                 ready    2.1 s  127.0.0.1:9092, 7 topics} */
    void step(String part, String what, Duration took, String detail) {
        line(String.format(Locale.ROOT, "  %-22s %-8s %6s  %s", part, what, seconds(took), detail).stripTrailing());
    }

    void step(String part, String what, String detail) {
        line(String.format(Locale.ROOT, "  %-22s %-8s %6s  %s", part, what, "", detail).stripTrailing());
    }

    void problem(String text) {
        line("!! " + text);
    }

    void block(String title, List<String> lines) {
        StringBuilder text = new StringBuilder(title).append(System.lineSeparator());
        for (String l : lines) {
            text.append("   | ").append(l).append(System.lineSeparator());
        }
        synchronized (out) {
            out.print(text);
            out.flush();
        }
    }

    void line(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
