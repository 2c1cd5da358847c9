package io.matchday.models;

import java.util.function.Function;

/**
 * Smooth minimisation with analytic derivatives: damped Newton's method to a stated gradient
 * tolerance. Deterministic: the same start and objective give the same optimum.
 */
final class Minimizer {

    /** Value and gradient at a point. */
    record Evaluation(double value, double[] gradient) { }

    /** Value, gradient and Hessian (dense) at a point. */
    record Curvature(double value, double[] gradient, double[][] hessian) { }

    /** Where Newton's method stopped and how flat the objective is there. */
    record Optimum(double[] point, double maxGradient, int iterations) { }

    /**
     * Damped Newton's method: each step solves {@code (H + δI) d = −g} by Cholesky (Hipparchus), with
     * δ raised until the system is positive definite and lowered again after a good step, and a
     * backtracking (Armijo) line search on {@code value}. Stops when every gradient component is at
     * most {@code tolerance} in absolute value: a converged fit, not just a slow one.
     */
    static Optimum newton(Function<double[], Curvature> curvature, Function<double[], Evaluation> value, double[] start,
                          double tolerance, int maxIterations) {
        double[] x = start.clone();
        double damping = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Curvature c = curvature.apply(x);
            double maxGradient = maxAbs(c.gradient());
            if (maxGradient <= tolerance) {
                return new Optimum(x, maxGradient, iteration);
            }
            double[] step = null;
            while (step == null) {
                step = solve(c.hessian(), c.gradient(), damping);
                if (step == null) {
                    damping = damping == 0 ? 1e-8 : damping * 10;
                }
            }
            double slope = 0;
            for (int i = 0; i < x.length; i++) {
                slope += c.gradient()[i] * step[i];
            }
            if (slope >= 0) {
                // Not a descent direction (indefinite Hessian): damp more and try again.
                damping = damping == 0 ? 1e-6 : damping * 10;
                continue;
            }
            double t = 1;
            double[] next = new double[x.length];
            while (true) {
                for (int i = 0; i < x.length; i++) {
                    next[i] = x[i] + t * step[i];
                }
                double v = value.apply(next).value();
                if (v <= c.value() + 1e-4 * t * slope || t < 1e-12) {
                    break;
                }
                t /= 2;
            }
            x = next.clone();
            damping = t == 1 ? damping / 10 : damping;
            if (damping < 1e-12) {
                damping = 0;
            }
        }
        Curvature last = curvature.apply(x);
        throw new IllegalStateException("Newton's method did not converge in " + maxIterations + " iterations (max |gradient| "
                + maxAbs(last.gradient()) + ")");
    }

    /** The Newton step −(H + δI)⁻¹ g, or null when H + δI is not positive definite. */
    private static double[] solve(double[][] hessian, double[] gradient, double damping) {
        int k = gradient.length;
        double[][] a = new double[k][];
        for (int i = 0; i < k; i++) {
            a[i] = hessian[i].clone();
            a[i][i] += damping;
        }
        try {
            org.hipparchus.linear.RealVector d = new org.hipparchus.linear.CholeskyDecomposition(
                    new org.hipparchus.linear.Array2DRowRealMatrix(a, false), 1e-12, 1e-14).getSolver()
                    .solve(new org.hipparchus.linear.ArrayRealVector(gradient, false));
            double[] step = d.toArray();
            for (int i = 0; i < k; i++) {
                step[i] = -step[i];
            }
            return step;
        } catch (org.hipparchus.exception.MathIllegalArgumentException notPositiveDefinite) {
            return null;
        }
    }

    static double maxAbs(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }

    private Minimizer() {
    }

}
