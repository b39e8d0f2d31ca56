package org.innomatch.profile.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One list of reference codes: the entries as served, and every code they define (sub-codes included). */
public final class CodeList {

    private final List<TaxonomyEntry> entries;
    private final List<String> codes;
    private final Set<String> codeSet;

    CodeList(List<TaxonomyEntry> entries) {
        this.entries = List.copyOf(entries);
        List<String> all = new ArrayList<>();
        collect(this.entries, all);
        this.codes = List.copyOf(all);
        this.codeSet = Set.copyOf(new LinkedHashSet<>(all));
    }

    private static void collect(List<TaxonomyEntry> entries, List<String> into) {
        for (TaxonomyEntry e : entries) {
            into.add(e.code());
            if (e.children() != null) {
                collect(e.children(), into);
            }
        }
    }

    public List<TaxonomyEntry> entries() {
        return entries;
    }

    /** Every code in document order, parents before their sub-codes. */
    public List<String> codes() {
        return codes;
    }

    public boolean contains(String code) {
        return code != null && codeSet.contains(code);
    }
}
