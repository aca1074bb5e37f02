/**
 * The order sequential groups ({@code parallel = false}, docs/rules.md G9) run in: the launcher's test plan
 * ({@link dev.failfast.junit.schedule.PlanOrder}, filled by
 * {@link dev.failfast.junit.schedule.PlanOrderListener}) and the turns its members take one after
 * another ({@link dev.failfast.junit.schedule.Turns}). Nothing here decides a cancellation; a
 * cancellation only releases whoever waits for a turn.
 *
 * <p>{@link dev.failfast.junit.schedule.PlanOrder} must stay free of launcher types, so the
 * extension works where no launcher listener ran (then members take turns as they arrive).
 */
package dev.failfast.junit.schedule;
