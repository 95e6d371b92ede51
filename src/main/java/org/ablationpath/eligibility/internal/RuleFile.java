package org.ablationpath.eligibility.internal;

/** One DRL file from the classpath: its path below {@code rules/} and its text. */
public record RuleFile(String path, String content) {
}
