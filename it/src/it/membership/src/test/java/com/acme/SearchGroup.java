package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Classes carrying this annotation belong to 'search' (docs/rules.md G1: a meta-annotation). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@FailFastGroup("search")
@interface SearchGroup {}
