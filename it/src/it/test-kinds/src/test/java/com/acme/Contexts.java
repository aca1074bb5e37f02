package com.acme;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Invokes a @TestTemplate three times for the Template* classes, twice otherwise. */
class Contexts implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return true;
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    int count = context.getRequiredTestClass().getSimpleName().startsWith("Template") ? 3 : 2;
    return IntStream.rangeClosed(1, count).mapToObj(i -> new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int invocationIndex) {
        return "context " + invocationIndex;
      }
    });
  }
}
