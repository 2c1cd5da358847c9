package io.matchday.models;

import java.util.random.RandomGenerator;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * A Gaussian approximation N(0, Σ) of a fit's parameter error, Σ the inverse of the objective's curvature
 * at the optimum (the Laplace approximation: penalties act as the prior). Kept as the lower Cholesky factor
 * of Σ, so a draw is one triangular product.
 *
 * @param lower row-major lower triangle of Σ's Cholesky factor, {@code size (size + 1) / 2} numbers
 */
record Laplace(int size, double[] lower) {

    /** Σ = precision⁻¹, restricted to the first {@code keep} parameters (their marginal). */
    static Laplace ofPrecision(double[][] precision, int keep) {
        RealMatrix p = MatrixUtils.createRealMatrix(precision);
        RealMatrix covariance = new CholeskyDecomposition(p, 1e-12, 1e-14).getSolver().getInverse()
                .getSubMatrix(0, keep - 1, 0, keep - 1);
        // symmetrise rounding before factoring
        return ofCovariance(covariance.add(covariance.transpose()).scalarMultiply(0.5), keep);
    }

    /**
     * The sandwich {@code A⁻¹ B A⁻¹} (A the curvature, B the score's spread), restricted to the first {@code keep}
     * parameters: the variance of an M-estimator whose objective is not the data's own likelihood, such as a
     * time-weighted one.
     */
    static Laplace sandwich(double[][] curvature, double[][] spread, int keep) {
        RealMatrix inverse = new CholeskyDecomposition(MatrixUtils.createRealMatrix(curvature), 1e-12, 1e-14)
                .getSolver().getInverse();
        RealMatrix covariance = inverse.multiply(MatrixUtils.createRealMatrix(spread)).multiply(inverse)
                .getSubMatrix(0, keep - 1, 0, keep - 1);
        return ofCovariance(covariance.add(covariance.transpose()).scalarMultiply(0.5), keep);
    }

    private static Laplace ofCovariance(RealMatrix covariance, int keep) {
        // Directions the data cannot move (ratings shifted together against the goal level) have no variance at all;
        // a jitter far below any real variance keeps the factorisation defined.
        double jitter = 1e-10 * covariance.getTrace() / keep;
        for (int i = 0; i < keep; i++) {
            covariance.addToEntry(i, i, jitter);
        }
        RealMatrix l = new CholeskyDecomposition(covariance, 1e-12, 1e-16).getL();
        double[] lower = new double[keep * (keep + 1) / 2];
        int k = 0;
        for (int i = 0; i < keep; i++) {
            for (int j = 0; j <= i; j++) {
                lower[k++] = l.getEntry(i, j);
            }
        }
        return new Laplace(keep, lower);
    }

    /** One draw of the parameter error. */
    double[] draw(RandomGenerator random) {
        double[] z = new double[size];
        for (int i = 0; i < size; i++) {
            z[i] = random.nextGaussian();
        }
        double[] x = new double[size];
        int k = 0;
        for (int i = 0; i < size; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += lower[k++] * z[j];
            }
            x[i] = s;
        }
        return x;
    }
}
