package dev.failfast.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Puts a test class in a fail-fast group: the members of a group run concurrently, and the first
 * fatal failure in the group cancels the rest of it. Tests that had not started are reported
 * stopped; running ones see {@link GroupSignal#isCancelled()} turn true and are interrupted.
 *
 * <p>Membership follows the class hierarchy: the annotation counts on the class, a superclass, an
 * annotation the class carries, or an enclosing class of a {@code @Nested} class; the nearest one
 * wins. Classes in any number of files share a group by naming it.
 *
 * <p>Concurrency comes from Jupiter's parallel execution, which must be enabled
 * ({@code junit.jupiter.execution.parallel.enabled=true}; {@code failfast:run} does this). Only
 * group members are marked concurrent: ungrouped classes keep the project's own configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FailFastExtension.class)
@Execution(ExecutionMode.CONCURRENT)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface FailFastGroup {

  /** The group's name; classes that name the same group are cancelled together. */
  String value();

  /**
   * Failure types that cancel the group, matched against the failure and its cause chain. Empty:
   * the {@code failfast.fatal} configuration parameter decides, and if that is empty too, every
   * failure is fatal.
   */
  Class<? extends Throwable>[] fatal() default {};

  /**
   * Failure types that are reported as failures but never cancel the group; they win over
   * {@link #fatal()}. Empty: the {@code failfast.nonFatal} configuration parameter decides.
   */
  Class<? extends Throwable>[] nonFatal() default {};

  /**
   * {@code false}: the group runs one test at a time and stops after its first fatal failure.
   */
  boolean parallel() default true;
}
