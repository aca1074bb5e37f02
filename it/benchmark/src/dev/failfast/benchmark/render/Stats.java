package dev.failfast.benchmark.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Medians, percentiles and spreads of measured figures. */
final class Stats {

  private Stats() {}

  static <T> double median(List<T> runs, ToLongFunction<T> figure) {
    return median(runs.stream().map(figure::applyAsLong).toList());
  }

  static double median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  /** Nearest-rank percentile; 100 = max. */
  static double percentile(List<Long> xs, int p) {
    if (xs.isEmpty()) return Double.NaN;
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.size());
    return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
  }

  /** Seconds: "median [min–max]". */
  static <T> String spread(List<T> runs, ToLongFunction<T> ms) {
    List<Long> xs = runs.stream().map(ms::applyAsLong).toList();
    return String.format("%.2f [%.2f–%.2f]", median(xs) / 1e3, Collections.min(xs) / 1e3, Collections.max(xs) / 1e3);
  }

  static String ms(double nanos) {
    return Double.isNaN(nanos) ? "–" : String.format("%.2f ms", nanos / 1e6);
  }

  /** The distinct values, comma-separated: "200" when all runs agree, "199,198" when they did not. */
  static String distinct(Collection<?> values) {
    return values.stream().map(String::valueOf).distinct().collect(Collectors.joining(","));
  }
}
