package app.velocity.delegation.analysis;

/**
 * McFadden's conditional logit with up to three covariates, fitted by Newton–Raphson.
 *
 * <p>For decision {@code t} with candidate slots {@code s}, {@code P(s chosen) = exp(b·x_s) / Σ_r
 * exp(b·x_r)} over the decision's slots. A ridge penalty {@code RIDGE/2 · |b|²} is subtracted from
 * the log-likelihood: negligible for real effects on standardised covariates (it is a Normal(0,
 * 10²) prior on each coefficient), but it keeps the maximum finite and the Hessian negative
 * definite under complete separation, for example when the best-fitting candidate was always
 * chosen. Newton steps are halved until the penalised log-likelihood does not fall, and iterations
 * are capped, so the fit ends on every input.
 *
 * <p>Data are held in flat primitive arrays: slot {@code s} of decision {@code t} lies in {@code
 * [offsets[t], offsets[t+1])}, {@code chosen[t]} is the absolute index of the chosen slot, and
 * {@code x[j][s]} is covariate {@code j} of slot {@code s}.
 */
final class ConditionalLogit {

  static final double RIDGE = 0.01;
  static final int MAX_ITERATIONS = 60;
  static final int MAX_COVARIATES = 3;
  private static final int MAX_HALVINGS = 40;

  /**
   * A fitted model.
   *
   * @param coefficients one per covariate used
   * @param standardErrors Wald standard errors from the penalised information
   * @param logLikelihood the penalised log-likelihood at the estimate
   */
  record Estimate(
      double[] coefficients,
      double[] standardErrors,
      double logLikelihood,
      int iterations,
      boolean converged) {}

  private final int[] offsets;
  private final int[] chosen;
  private final double[][] x;
  private final double[] utility;
  private final double[] zeros;

  ConditionalLogit(int[] offsets, int[] chosen, double[]... covariates) {
    if (offsets.length != chosen.length + 1
        || covariates.length == 0
        || covariates.length > MAX_COVARIATES) {
      throw new IllegalArgumentException("array lengths disagree");
    }
    for (double[] c : covariates) {
      if (c.length != offsets[chosen.length]) {
        throw new IllegalArgumentException("a covariate has the wrong number of slots");
      }
    }
    this.offsets = offsets;
    this.chosen = chosen;
    this.x = covariates;
    this.utility = new double[offsets[chosen.length]];
    this.zeros = covariates.length < MAX_COVARIATES ? new double[offsets[chosen.length]] : null;
  }

  /**
   * Fits the model on the first {@code used} covariates, starting from {@code start} (padded with
   * zeros; a smaller model's estimate is a good start).
   */
  Estimate fit(int used, double[] start) {
    if (used < 1 || used > x.length) {
      throw new IllegalArgumentException("cannot use " + used + " covariates");
    }
    int m = used;
    double[] b = new double[m];
    System.arraycopy(start, 0, b, 0, Math.min(m, start.length));
    double[] grad = new double[m];
    double[][] hess = new double[m][m];
    double[] nextGrad = new double[m];
    double[][] nextHess = new double[m][m];
    double[] trial = new double[m];
    double ll = evaluate(b, grad, hess);
    boolean converged = false;
    int iteration = 0;
    while (iteration < MAX_ITERATIONS && !converged) {
      iteration++;
      double[] direction = solveNegated(hess, grad);
      // Newton decrement: half of g'(−H)⁻¹g estimates how much the log-likelihood can still gain
      double decrement = 0;
      for (int j = 0; j < m; j++) {
        decrement += grad[j] * direction[j];
      }
      if (decrement / 2 < 1e-10) {
        converged = true;
        break;
      }
      double step = 1;
      double nextLl = Double.NEGATIVE_INFINITY;
      boolean accepted = false;
      for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
        for (int j = 0; j < m; j++) {
          trial[j] = b[j] + step * direction[j];
        }
        nextLl = evaluate(trial, nextGrad, nextHess);
        if (nextLl >= ll - 1e-12 * (1 + Math.abs(ll))) {
          accepted = true;
          break;
        }
        step /= 2;
      }
      if (!accepted) {
        // no step improves on the current point: it is the maximum to machine precision
        converged = true;
        break;
      }
      double moved = 0;
      for (int j = 0; j < m; j++) {
        moved = Math.max(moved, Math.abs(trial[j] - b[j]));
      }
      double gain = nextLl - ll;
      System.arraycopy(trial, 0, b, 0, m);
      System.arraycopy(nextGrad, 0, grad, 0, m);
      for (int j = 0; j < m; j++) {
        System.arraycopy(nextHess[j], 0, hess[j], 0, m);
      }
      ll = nextLl;
      converged = moved < 1e-9 || (gain < 1e-12 * (1 + Math.abs(ll)) && moved < 1e-6);
      // otherwise the next iteration's decrement decides, before any further evaluation
    }
    double[][] covariance = inverseNegated(hess);
    double[] se = new double[m];
    for (int j = 0; j < m; j++) {
      se[j] = Math.sqrt(covariance[j][j]);
    }
    return new Estimate(b, se, ll, iteration, converged);
  }

  /**
   * Penalised log-likelihood at {@code b}; fills its gradient and Hessian. Written out for up to
   * {@value #MAX_COVARIATES} covariates with scalar accumulators (a missing covariate reads as
   * zeros), because this loop is most of the analysis's time.
   */
  private double evaluate(double[] b, double[] grad, double[][] hess) {
    int m = b.length;
    double[] xa = x[0];
    double[] xb = m > 1 ? x[1] : zeros;
    double[] xc = m > 2 ? x[2] : zeros;
    double ba = b[0];
    double bb = m > 1 ? b[1] : 0;
    double bc = m > 2 ? b[2] : 0;
    double ll = 0;
    double ga = 0;
    double gb = 0;
    double gc = 0;
    double haa = 0;
    double hab = 0;
    double hac = 0;
    double hbb = 0;
    double hbc = 0;
    double hcc = 0;
    int decisions = chosen.length;
    for (int t = 0; t < decisions; t++) {
      int from = offsets[t];
      int to = offsets[t + 1];
      double max = Double.NEGATIVE_INFINITY;
      for (int s = from; s < to; s++) {
        double u = ba * xa[s] + bb * xb[s] + bc * xc[s];
        utility[s] = u;
        max = Math.max(max, u);
      }
      double s0 = 0;
      double sa = 0;
      double sb = 0;
      double sc = 0;
      double saa = 0;
      double sab = 0;
      double sac = 0;
      double sbb = 0;
      double sbc = 0;
      double scc = 0;
      for (int s = from; s < to; s++) {
        double e = Math.exp(utility[s] - max);
        double va = xa[s];
        double vb = xb[s];
        double vc = xc[s];
        double ea = e * va;
        double eb = e * vb;
        double ec = e * vc;
        s0 += e;
        sa += ea;
        sb += eb;
        sc += ec;
        saa += ea * va;
        sab += ea * vb;
        sac += ea * vc;
        sbb += eb * vb;
        sbc += eb * vc;
        scc += ec * vc;
      }
      int c = chosen[t];
      ll += utility[c] - max - Math.log(s0);
      double inv = 1 / s0;
      double ma = sa * inv;
      double mb = sb * inv;
      double mc = sc * inv;
      ga += xa[c] - ma;
      gb += xb[c] - mb;
      gc += xc[c] - mc;
      haa -= saa * inv - ma * ma;
      hab -= sab * inv - ma * mb;
      hac -= sac * inv - ma * mc;
      hbb -= sbb * inv - mb * mb;
      hbc -= sbc * inv - mb * mc;
      hcc -= scc * inv - mc * mc;
    }
    double[] g = {ga, gb, gc};
    double[][] h = {{haa, hab, hac}, {hab, hbb, hbc}, {hac, hbc, hcc}};
    double penalty = 0;
    for (int j = 0; j < m; j++) {
      penalty += b[j] * b[j];
      grad[j] = g[j] - RIDGE * b[j];
      for (int l = 0; l < m; l++) {
        hess[j][l] = h[j][l] - (j == l ? RIDGE : 0);
      }
    }
    return ll - 0.5 * RIDGE * penalty;
  }

  /** Solves {@code (−H) d = g} by Gaussian elimination with partial pivoting; −H is SPD. */
  private static double[] solveNegated(double[][] hess, double[] grad) {
    int m = grad.length;
    double[][] a = new double[m][m + 1];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        a[i][j] = -hess[i][j];
      }
      a[i][m] = grad[i];
    }
    for (int col = 0; col < m; col++) {
      int pivot = col;
      for (int r = col + 1; r < m; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      for (int r = col + 1; r < m; r++) {
        double f = a[r][col] / a[col][col];
        for (int j = col; j <= m; j++) {
          a[r][j] -= f * a[col][j];
        }
      }
    }
    double[] d = new double[m];
    for (int i = m - 1; i >= 0; i--) {
      double v = a[i][m];
      for (int j = i + 1; j < m; j++) {
        v -= a[i][j] * d[j];
      }
      d[i] = v / a[i][i];
    }
    return d;
  }

  private static double[][] inverseNegated(double[][] hess) {
    int m = hess.length;
    double[][] inverse = new double[m][m];
    for (int k = 0; k < m; k++) {
      double[] unit = new double[m];
      unit[k] = 1;
      double[] col = solveNegated(hess, unit);
      for (int i = 0; i < m; i++) {
        inverse[i][k] = col[i];
      }
    }
    return inverse;
  }
}
