package org.innomatch.matching.recommendations;

/**
 * One factor evaluated for a pair.
 *
 * @param value  0..1
 * @param detail human-readable, naming the matched terms or codes on both sides; empty when nothing matched
 */
public record FactorValue(Factor factor, double value, String detail) {
}
