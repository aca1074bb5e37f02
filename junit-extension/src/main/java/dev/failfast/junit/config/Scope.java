package dev.failfast.junit.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** How far a fatal failure reaches ({@code failfast.scope}). */
@API(status = INTERNAL, since = "0.1")
public enum Scope {
  /** A group's cancellation never touches another group or an ungrouped test. */
  GROUP,
  /** The first fatal failure anywhere, an ungrouped test's included, cancels the whole run. */
  RUN
}
