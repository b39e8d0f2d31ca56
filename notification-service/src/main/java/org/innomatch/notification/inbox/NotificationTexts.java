package org.innomatch.notification.inbox;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Localised titles and bodies. English and Chinese; English when the recipient speaks neither. */
public final class NotificationTexts {

    public static final List<String> SUPPORTED = List.of("en", "zh");
    public static final String FALLBACK = "en";
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

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

    /** A message from {@code senderName}; {@code preview} is the start of its text, may be null. */
    public static Text messageReceived(String language, String senderName, String preview) {
        boolean quoted = preview != null && !preview.isBlank();
        return switch (language) {
            case "zh" -> new Text("zh", "新消息", senderName + "给您发来消息" + (quoted ? "：" + preview : "。"));
            default -> new Text("en", "New message",
                    senderName + " sent you a message" + (quoted ? ": " + preview : "."));
        };
    }

    /** A recommendation; {@code reason} is the strongest reason's detail, may be null. */
    public static Text recommendation(String language, String targetName, String reason) {
        return switch (language) {
            case "zh" -> new Text("zh", "新的推荐", "推荐给您：" + targetName + (reason == null ? "" : "（" + reason + "）"));
            default -> new Text("en", "New recommendation",
                    "We recommend " + targetName + (reason == null ? "" : " (" + reason + ")") + ".");
        };
    }

    public static Text projectPublished(String language, String title, List<String> sectors) {
        String list = String.join(", ", sectors);
        return switch (language) {
            case "zh" -> new Text("zh", "您所在领域的新项目", "新项目已发布：" + title + "（" + list + "）");
            default -> new Text("en", "New project in your sectors", "A new project was published: " + title + " (" + list + ").");
        };
    }

    /** A meeting changed; {@code status} one of the MeetingChanged statuses. */
    public static Text meeting(String language, String status, String otherName, OffsetDateTime slotStart,
            Integer table, String message, OffsetDateTime proposedSlotStart) {
        String slot = slotStart == null ? "" : SLOT.format(slotStart);
        String proposed = proposedSlotStart == null ? null : SLOT.format(proposedSlotStart);
        boolean zh = "zh".equals(language);
        return switch (status) {
            case "PENDING" -> zh
                    ? new Text("zh", "新的会面请求", otherName + "请求与您会面" + (message == null ? "。" : "：" + message))
                    : new Text("en", "New meeting request", otherName + " asks to meet you" + (message == null ? "." : ": " + message));
            case "PROPOSED" -> zh
                    ? new Text("zh", "对方提议了新的会面时间", otherName + (proposed == null
                            ? "提议改在其他时间会面。" : "提议改在" + proposed + "会面。"))
                    : new Text("en", "Another time proposed", otherName + (proposed == null
                            ? " proposed another time to meet." : " proposed to meet at " + proposed + " instead."));
            case "ACCEPTED" -> zh
                    ? new Text("zh", "会面已接受", otherName + "接受了您的会面请求。")
                    : new Text("en", "Meeting accepted", otherName + " accepted your meeting request.");
            case "DECLINED" -> zh
                    ? new Text("zh", "会面被婉拒", otherName + "婉拒了您的会面请求。")
                    : new Text("en", "Meeting declined", otherName + " declined your meeting request.");
            case "CANCELLED" -> zh
                    ? new Text("zh", "会面已取消", "您与" + otherName + "的会面已取消。")
                    : new Text("en", "Meeting cancelled", "Your meeting with " + otherName + " was cancelled.");
            case "EXPIRED" -> zh
                    ? new Text("zh", "会面请求已过期", "您向" + otherName + "发出的会面请求已过期。")
                    : new Text("en", "Meeting request expired", "Your meeting request to " + otherName + " expired.");
            case "SCHEDULED" -> zh
                    ? new Text("zh", "会面已排定", "您与" + otherName + "的会面定于" + slot + (table == null ? "" : "，" + table + "号桌") + "。")
                    : new Text("en", "Meeting scheduled", "You meet " + otherName + " at " + slot
                            + (table == null ? "" : ", table " + table) + ".");
            case "NO_SHOW" -> zh
                    ? new Text("zh", "会面被记为缺席", "您与" + otherName + "的会面" + (slot.isEmpty() ? "" : "（" + slot + "）")
                            + "被记为缺席，桌位已让给其他会面。")
                    : new Text("en", "Marked absent from a meeting", "Your meeting with " + otherName
                            + (slot.isEmpty() ? "" : " at " + slot) + " was marked as a no-show; its table went to "
                            + "another meeting.");
            default -> throw new IllegalArgumentException("unknown meeting status " + status);
        };
    }

    /**
     * A session the recipient follows or speaks at changed; {@code change} is MOVED, CANCELLED, REMOVED or
     * REINSTATED. Times at the venue's offset, as the programme shows them.
     */
    public static Text session(String language, String change, String title, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String room) {
        String when = SLOT.format(startsAt) + "–" + (endsAt == null ? "" : TIME.format(endsAt));
        boolean zh = "zh".equals(language);
        return switch (change) {
            case "MOVED" -> zh
                    ? new Text("zh", "日程已变更", "“" + title + "”改为" + when
                            + (room == null ? "" : "，地点：" + room) + "。")
                    : new Text("en", "Session moved", "\u201c" + title + "\u201d now takes place " + when
                            + (room == null ? "" : ", room " + room) + ".");
            case "CANCELLED" -> zh
                    ? new Text("zh", "日程已取消", "“" + title + "”（" + when + "）已取消。")
                    : new Text("en", "Session cancelled", "\u201c" + title + "\u201d (" + when + ") was cancelled.");
            case "REMOVED" -> zh
                    ? new Text("zh", "日程已移除", "“" + title + "”（" + when + "）已从议程中移除。")
                    : new Text("en", "Session removed", "\u201c" + title + "\u201d (" + when
                            + ") was removed from the programme.");
            case "REINSTATED" -> zh
                    ? new Text("zh", "日程已恢复", "“" + title + "”将照常举行：" + when
                            + (room == null ? "" : "，地点：" + room) + "。")
                    : new Text("en", "Session back on the programme", "\u201c" + title
                            + "\u201d takes place after all: " + when + (room == null ? "" : ", room " + room) + ".");
            default -> throw new IllegalArgumentException("unknown session change " + change);
        };
    }
}
