package org.innomatch.matching.index;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Sector codes are {@code PARENT} or {@code PARENT.CHILD}; a refined code also belongs to its parent. */
public final class SectorCodes {

    private SectorCodes() {
    }

    public static String parentOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /** The codes with the parent of every refined code added: {@code HEALTH.MEDTECH -> HEALTH.MEDTECH, HEALTH}. */
    public static Set<String> withParents(Collection<String> codes) {
        Set<String> all = new LinkedHashSet<>();
        for (String code : codes) {
            all.add(code);
            all.add(parentOf(code));
        }
        return all;
    }

    /** 1 for the same code, 0.5 for codes of one family (parent/child or siblings), 0 otherwise. */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        return parentOf(a).equals(parentOf(b)) ? 0.5 : 0.0;
    }
}
