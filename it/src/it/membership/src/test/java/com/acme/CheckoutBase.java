package com.acme;

import dev.failfast.junit.FailFastGroup;

/** Subclasses belong to 'checkout' (docs/rules.md G1: the annotation on a superclass). */
@FailFastGroup("checkout")
abstract class CheckoutBase {}
