package io.matchday.models;

import java.util.function.Function;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Smooth minimisation with analytic gradients: Hipparchus' non-linear conjugate gradient
 * (Polak–Ribière). Deterministic: the same start and objective give the same optimum.
 */
final class Minimizer {

    /** Value and gradient at a point. */
    record Evaluation(double value, double[] gradient) { }

    private Minimizer() {
    }

    static double[] minimize(Function<double[], Evaluation> objective, double[] start, int maxEvaluations) {
        // The optimiser asks for value and gradient separately at the same point; compute once.
        Function<double[], Evaluation> cached = new Function<>() {
            private double[] lastPoint;
            private Evaluation last;

            @Override
            public Evaluation apply(double[] x) {
                if (lastPoint == null || !java.util.Arrays.equals(lastPoint, x)) {
                    lastPoint = x.clone();
                    last = objective.apply(x);
                }
                return last;
            }
        };
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-10, 1e-12));
        try {
            PointValuePair result = optimizer.optimize(new MaxEval(maxEvaluations),
                    new ObjectiveFunction(x -> cached.apply(x).value()),
                    new ObjectiveFunctionGradient(x -> cached.apply(x).gradient()),
                    GoalType.MINIMIZE, new InitialGuess(start));
            return result.getPoint();
        } catch (MathIllegalStateException tooManyEvaluations) {
            throw new IllegalStateException("optimisation did not converge in " + maxEvaluations + " evaluations",
                    tooManyEvaluations);
        }
    }
}
