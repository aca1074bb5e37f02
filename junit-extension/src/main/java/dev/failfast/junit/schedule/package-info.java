/**
 * The order sequential groups ({@code parallel = false}, G9) run in: the launcher's test plan
 * ({@link dev.failfast.junit.schedule.PlanOrder}, filled by
 * {@link dev.failfast.junit.schedule.PlanOrderListener}) and the turns its members take one after
 * another ({@link dev.failfast.junit.schedule.Turns}). Nothing here decides a cancellation; a
 * cancellation only releases whoever waits for a turn.
 */
package dev.failfast.junit.schedule;
