package io.matchday.models;

import java.util.List;

/**
 * Multinomial logistic regression (home, draw, away) with an L2 penalty on the slopes, fitted by
 * maximum likelihood. Inputs are standardised with the training means and deviations, which the
 * fitted model keeps, so a forecast applies exactly the transformation it was trained with.
 */
final class SoftmaxRegression {

    static final int CLASSES = 3;

    private final double[] means;
    private final double[] scales;
    private final double[] weights;   // CLASSES × (features + 1), intercept first
    /** The error of the home and draw weights relative to the away ones (the identified part); null if unknown. */
    private final Laplace uncertainty;

    private SoftmaxRegression(double[] means, double[] scales, double[] weights, Laplace uncertainty) {
        this.means = means;
        this.scales = scales;
        this.weights = weights;
        this.uncertainty = uncertainty;
    }

    static SoftmaxRegression fit(List<double[]> x, int[] outcome, double l2) {
        int n = x.size();
        int d = x.get(0).length;
        double[] means = new double[d];
        double[] scales = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                means[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scales[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scales[j] = scales[j] > 1e-12 ? Math.sqrt(scales[j]) : 1;
        }
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = standardise(x.get(i), means, scales);
        }
        double[] w = newton(z, outcome, l2);
        return new SoftmaxRegression(means, scales, w, uncertainty(w, z, l2));
    }

    /**
     * The Laplace approximation of the weights' error. Softmax weights are identified only relative to one class,
     * so the away weights are held and the home and draw weights vary: the curvature of the (summed) penalised
     * log-likelihood restricted to them, inverted. Null when it is not positive definite.
     */
    private static Laplace uncertainty(double[] w, double[][] z, double l2) {
        double[][] h = hessian(w, z, l2);
        int keep = 2 * (z[0].length + 1);
        double[][] block = new double[keep][keep];
        for (int i = 0; i < keep; i++) {
            for (int j = 0; j < keep; j++) {
                block[i][j] = h[i][j] * z.length;
            }
        }
        try {
            return Laplace.ofPrecision(block, keep);
        } catch (org.hipparchus.exception.MathRuntimeException e) {
            return null;
        }
    }

    Laplace uncertainty() {
        return uncertainty;
    }

    /** The same regression with its home and draw weights moved by one draw of their error; empty if unknown. */
    java.util.Optional<SoftmaxRegression> draw(java.util.random.RandomGenerator random) {
        if (uncertainty == null) {
            return java.util.Optional.empty();
        }
        double[] d = uncertainty.draw(random);
        double[] w = weights.clone();
        for (int i = 0; i < d.length; i++) {
            w[i] += d[i];
        }
        return java.util.Optional.of(new SoftmaxRegression(means, scales, w, null));
    }

    /** The inputs as the weights see them: standardised with the training means and deviations. */
    double[] standardised(double[] features) {
        return standardise(features, means, scales);
    }

    /** Class {@code k}'s weight on standardised feature {@code j}, or its intercept for {@code j = −1}. */
    double weight(int k, int j) {
        return weights[k * (means.length + 1) + 1 + j];
    }

    /** Probabilities from logits. */
    static double[] softmax(double[] logits) {
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double[] p = new double[CLASSES];
        double total = 0;
        for (int k = 0; k < CLASSES; k++) {
            p[k] = Math.exp(logits[k] - max);
            total += p[k];
        }
        p[0] /= total;
        p[1] /= total;
        p[2] = 1 - p[0] - p[1];
        return p;
    }

    /**
     * Newton's method with a backtracking line search: the objective is convex and has only
     * {@code 3 (d + 1)} parameters, so a few exact Hessian steps reach the optimum to machine
     * precision, several times faster than a first-order method. Softmax weights are identified only
     * up to a shift shared by the classes; the tiny ridge on the Hessian keeps steps out of that
     * direction (the gradient never has a component along it).
     */
    private static double[] newton(double[][] z, int[] outcome, double l2) {
        int size = CLASSES * (z[0].length + 1);
        double[] w = new double[size];
        Minimizer.Evaluation current = objective(w, z, outcome, l2);
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] g = current.gradient();
            double gradientNorm = maxAbs(g);
            if (gradientNorm < 1e-12) {
                break;
            }
            double[] step = solve(hessian(w, z, l2), g);
            double slope = 0;
            for (int j = 0; j < size; j++) {
                slope -= g[j] * step[j];
            }
            double t = 1;
            Minimizer.Evaluation next;
            boolean closer;
            double[] candidate = new double[size];
            while (true) {
                for (int j = 0; j < size; j++) {
                    candidate[j] = w[j] - t * step[j];
                }
                next = objective(candidate, z, outcome, l2);
                // Near the optimum the loss changes below its rounding; a full step that leaves it
                // unchanged to rounding and shrinks the gradient is then still progress.
                closer = t == 1 && next.value() <= current.value() + 1e-12 * Math.abs(current.value())
                        && maxAbs(next.gradient()) < gradientNorm;
                if (next.value() <= current.value() + 1e-4 * t * slope || closer || t < 1e-8) {
                    break;
                }
                t /= 2;
            }
            if (next.value() > current.value() && !closer) {
                break;   // no progress left: at the optimum to rounding
            }
            w = candidate.clone();
            current = next;
        }
        return w;
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** Hessian of the mean log-likelihood plus the L2 penalty: blocks p_k (δ_kl − p_l) x xᵀ. */
    private static double[][] hessian(double[] w, double[][] z, double l2) {
        int d = z[0].length;
        int stride = d + 1;
        int size = CLASSES * stride;
        double[][] h = new double[size][size];
        double[] x = new double[stride];
        x[0] = 1;
        int n = z.length;
        for (double[] row : z) {
            System.arraycopy(row, 0, x, 1, d);
            double[] p = softmax(w, row);
            for (int k = 0; k < CLASSES; k++) {
                for (int l = k; l < CLASSES; l++) {
                    double c = p[k] * ((k == l ? 1 : 0) - p[l]) / n;
                    for (int a = 0; a < stride; a++) {
                        double ca = c * x[a];
                        double[] target = h[k * stride + a];
                        int offset = l * stride;
                        // every block is a sum of symmetric x xᵀ: its upper triangle is enough
                        for (int b = a; b < stride; b++) {
                            target[offset + b] += ca * x[b];
                        }
                    }
                }
            }
        }
        for (int k = 0; k < CLASSES; k++) {
            for (int l = k + 1; l < CLASSES; l++) {
                for (int a = 1; a < stride; a++) {
                    for (int b = 0; b < a; b++) {
                        h[k * stride + a][l * stride + b] = h[k * stride + b][l * stride + a];
                    }
                }
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                h[i][j] = h[j][i];
            }
            h[i][i] += 1e-9 + (i % stride == 0 ? 0 : 2 * l2);
        }
        return h;
    }

    private static double[] solve(double[][] matrix, double[] vector) {
        return new org.hipparchus.linear.CholeskyDecomposition(
                        org.hipparchus.linear.MatrixUtils.createRealMatrix(matrix), 1e-15, 1e-15)
                .getSolver().solve(org.hipparchus.linear.MatrixUtils.createRealVector(vector)).toArray();
    }

    java.util.Map<String, Object> toMap() {
        return java.util.Map.of("means", means, "scales", scales, "weights", weights);
    }

    static SoftmaxRegression fromMap(double[] means, double[] scales, double[] weights, Laplace uncertainty) {
        return new SoftmaxRegression(means, scales, weights, uncertainty);
    }

    double[] probabilities(double[] features) {
        return softmax(weights, standardise(features, means, scales));
    }

    private static double[] standardise(double[] row, double[] means, double[] scales) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - means[j]) / scales[j];
        }
        return z;
    }

    private static double[] softmax(double[] w, double[] z) {
        int stride = z.length + 1;
        double[] logits = new double[CLASSES];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < CLASSES; k++) {
            double s = w[k * stride];
            for (int j = 0; j < z.length; j++) {
                s += w[k * stride + 1 + j] * z[j];
            }
            logits[k] = s;
            max = Math.max(max, s);
        }
        double total = 0;
        for (int k = 0; k < CLASSES; k++) {
            logits[k] = Math.exp(logits[k] - max);
            total += logits[k];
        }
        for (int k = 0; k < CLASSES; k++) {
            logits[k] /= total;
        }
        logits[2] = 1 - logits[0] - logits[1];
        return logits;
    }

    /** Mean negative log-likelihood plus the L2 penalty, and its gradient. */
    private static Minimizer.Evaluation objective(double[] w, double[][] z, int[] outcome, double l2) {
        int n = z.length;
        int stride = z[0].length + 1;
        double[] grad = new double[w.length];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double[] p = softmax(w, z[i]);
            loss -= Math.log(Math.max(p[outcome[i]], 1e-300));
            for (int k = 0; k < CLASSES; k++) {
                double g = (p[k] - (outcome[i] == k ? 1 : 0)) / n;
                grad[k * stride] += g;
                for (int j = 0; j < z[i].length; j++) {
                    grad[k * stride + 1 + j] += g * z[i][j];
                }
            }
        }
        loss /= n;
        for (int k = 0; k < CLASSES; k++) {
            for (int j = 1; j < stride; j++) {
                double v = w[k * stride + j];
                loss += l2 * v * v;
                grad[k * stride + j] += 2 * l2 * v;
            }
        }
        return new Minimizer.Evaluation(loss, grad);
    }
}
