/**
 * What failfast takes over from a project set up for Surefire or Failsafe: the plugin's
 * configuration in the pom, where failfast's own block leaves a setting unset, and the plugin's
 * user properties as its users type them.
 */
package dev.failfast.maven.surefire;
