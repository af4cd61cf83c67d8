package app.velocity.feedback.results;

import java.util.BitSet;
import java.util.List;

/**
 * The differencing audit. Every published cell is a sum over a set of raters (a mean times its
 * count, a count of "improved", a count per follow-up frequency). Whatever an attacker computes by
 * adding and subtracting published cells, scaled any way, is a linear combination of those sets'
 * indicator vectors. One rater's answer can be computed exactly that way if and only if the rater's
 * unit vector lies in the span of the published vectors, which is the case exactly when the rater's
 * column is a pivot whose row in the reduced row echelon form has no other non-zero entry.
 *
 * <p>Arithmetic is modulo the Mersenne prime 2^61 - 1. For 0/1 matrices the result equals the one
 * over the rationals whenever no non-zero minor is a multiple of the prime; by Hadamard's bound a
 * k-by-k 0/1 minor is below (k+1)^((k+1)/2) / 2^k, which stays under the prime up to k = 36, so the
 * audit is exact for any survey with up to 36 raters (a mini-survey has 6 to 12).
 */
final class SpanAudit {

  private static final long P = (1L << 61) - 1;

  private SpanAudit() {}

  /** The raters (columns) whose answer follows from the published sets, leaving out exempt ones. */
  static BitSet exposed(List<BitSet> published, int raters, BitSet exempt) {
    int rows = published.size();
    var m = new long[rows][];
    for (int r = 0; r < rows; r++) {
      m[r] = new long[raters];
      BitSet set = published.get(r);
      for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
        m[r][c] = 1;
      }
    }
    var pivotColumnOfRow = new int[rows];
    int rank = 0;
    for (int c = 0; c < raters && rank < rows; c++) {
      int pivot = -1;
      for (int r = rank; r < rows; r++) {
        if (m[r][c] != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      long[] swap = m[pivot];
      m[pivot] = m[rank];
      m[rank] = swap;
      long inverse = inverse(m[rank][c]);
      if (inverse != 1) {
        for (int k = c; k < raters; k++) {
          m[rank][k] = mul(m[rank][k], inverse);
        }
      }
      for (int r = 0; r < rows; r++) {
        long factor = m[r][c];
        if (r != rank && factor != 0) {
          for (int k = c; k < raters; k++) {
            if (m[rank][k] != 0) {
              m[r][k] = sub(m[r][k], mul(factor, m[rank][k]));
            }
          }
        }
      }
      pivotColumnOfRow[rank++] = c;
    }
    var exposed = new BitSet();
    for (int r = 0; r < rank; r++) {
      int c = pivotColumnOfRow[r];
      if (exempt.get(c)) {
        continue;
      }
      boolean alone = true;
      for (int k = c + 1; k < raters && alone; k++) {
        alone = m[r][k] == 0;
      }
      if (alone) {
        exposed.set(c);
      }
    }
    return exposed;
  }

  private static long sub(long a, long b) {
    long d = a - b;
    return d < 0 ? d + P : d;
  }

  static long mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    long r = (lo & P) + ((hi << 3) | (lo >>> 61));
    r = (r & P) + (r >>> 61);
    return r >= P ? r - P : r;
  }

  private static long inverse(long a) {
    long result = 1;
    long base = a;
    for (long e = P - 2; e > 0; e >>= 1) {
      if ((e & 1) == 1) {
        result = mul(result, base);
      }
      base = mul(base, base);
    }
    return result;
  }
}
