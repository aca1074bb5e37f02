package dev.failfast.junit.harness;

/** What a user sees for one test. */
public enum Status {
  PASSED,
  FAILED,
  /** Aborted by an assumption, i.e. skipped at run time, with no failfast involvement. */
  ABORTED,
  /** Aborted with a {@code TestStoppedException}: failfast stopped it. */
  STOPPED,
  /** Disabled: reported skipped without starting. */
  SKIPPED,
  /** No finished or skipped event at all. */
  NOT_REPORTED
}
