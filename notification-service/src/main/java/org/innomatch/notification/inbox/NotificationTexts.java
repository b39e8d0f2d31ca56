package org.innomatch.notification.inbox;

import java.util.List;
import java.util.Locale;

/** Localised titles and bodies. English and Chinese; English when the recipient speaks neither. */
public final class NotificationTexts {

    public static final List<String> SUPPORTED = List.of("en", "zh");
    public static final String FALLBACK = "en";

    public record Text(String language, String title, String body) {
    }

    private NotificationTexts() {
    }

    /** The recipient's first language that we support, or English. */
    public static String languageFor(List<String> preferred) {
        if (preferred != null) {
            for (String code : preferred) {
                if (code == null) {
                    continue;
                }
                // "zh-Hans", "zh_CN" → "zh"
                String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
                if (SUPPORTED.contains(primary)) {
                    return primary;
                }
            }
        }
        return FALLBACK;
    }

    public static Text matchFound(String language, String otherName) {
        return switch (language) {
            case "zh" -> new Text("zh", "新的双向匹配", "您和" + otherName + "互相感兴趣——请预约一次会面。");
            default -> new Text("en", "New mutual match",
                    "You and " + otherName + " are both interested — request a meeting.");
        };
    }
}
