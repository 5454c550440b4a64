package io.github.maprace.plugin.model;

/**
 * What a report says about a rule: SARIF's {@code tool.driver.rules} entry and the site catalog.
 *
 * @param id               stable id users suppress and baseline by
 * @param title            one-line title
 * @param defaultSeverity  severity of its findings unless the rule says otherwise
 * @param rationale        why the flagged code is wrong
 * @param fix              how to fix it in general
 */
public record RuleInfo(String id, String title, Severity defaultSeverity, String rationale, String fix) {
}
