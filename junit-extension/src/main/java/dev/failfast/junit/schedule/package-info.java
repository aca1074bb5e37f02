/**
 * The order of each launched test plan, recorded by a launcher listener under any launcher, so a
 * sequential group ({@code parallel = false}) runs its tests one at a time in plan order
 * (docs/rules.md G9).
 *
 * <p>It only records and answers "who is next"; admission and waiting belong to {@code group}'s
 * turns. {@link dev.failfast.junit.schedule.PlanOrder} must stay free of launcher types, so the
 * extension works where no launcher listener ran (then members take turns as they arrive).
 */
package dev.failfast.junit.schedule;
