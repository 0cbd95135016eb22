package dev.league.agents.learning;

import dev.league.agents.policy.LinearSoftmaxPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * REINFORCE with a mean baseline (Williams 1992) for {@link LinearSoftmaxPolicy}: the walking
 * skeleton's learner. V-trace and PPO learners replace it.
 *
 * <p>Loss over one trajectory of length T: L = -(1/T) sum_t (G_t - mean(G)) log pi(a_t | x_t), with
 * G_t = sum_{k >= t} discount^(k-t) r_k. Its gradient w.r.t. the logits is
 * (pi_t - onehot(a_t)) (G_t - mean(G)) / T, so dL/dW = dlogits^T X and dL/db = column sums.
 *
 * @param discount gamma in [0, 1]
 */
public record PolicyGradientLearner(double discount) {

    public PolicyGradientLearner {
        if (!(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("learner.discount must be in [0, 1], was " + discount);
        }
    }

    /** Result of one update. */
    public record Update(LinearSoftmaxPolicy policy, double loss, double meanReturn) {}

    /** Gradients of {@link #loss}: W shape [A, D], b shape [1, A]. */
    public record Gradients(INDArray weights, INDArray bias) {}

    /** One plain gradient step: theta' = theta - learningRate * dL/dtheta. */
    public Update update(LinearSoftmaxPolicy policy, Trajectory trajectory, double learningRate) {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learningRate must be > 0, was " + learningRate);
        }
        Gradients gradients = gradients(policy, trajectory);
        LinearSoftmaxPolicy next = new LinearSoftmaxPolicy(
                policy.weights().sub(gradients.weights().mul(learningRate)),
                policy.bias().sub(gradients.bias().mul(learningRate)));
        double[] returns = returns(trajectory.rewards());
        double mean = 0;
        for (double value : returns) {
            mean += value;
        }
        return new Update(next, loss(policy, trajectory), mean / returns.length);
    }

    /** L(theta) as defined in the class comment. */
    public double loss(LinearSoftmaxPolicy policy, Trajectory trajectory) {
        INDArray probabilities = policy.probabilities(observations(policy, trajectory), null);  // [T, A]
        double[] advantages = advantages(trajectory);
        double loss = 0;
        for (int t = 0; t < trajectory.length(); t++) {
            loss -= advantages[t] * Math.log(probabilities.getDouble(t, trajectory.actions()[t]));
        }
        return loss / trajectory.length();
    }

    /** Analytic dL/dW and dL/db. */
    public Gradients gradients(LinearSoftmaxPolicy policy, Trajectory trajectory) {
        int steps = trajectory.length();
        INDArray x = observations(policy, trajectory);                       // [T, D]
        INDArray logitGradient = policy.probabilities(x, null);              // [T, A], becomes dL/dlogits
        double[] advantages = advantages(trajectory);
        for (int t = 0; t < steps; t++) {
            int action = trajectory.actions()[t];
            logitGradient.putScalar(t, action, logitGradient.getDouble(t, action) - 1.0);
        }
        INDArray scale = Nd4j.create(advantages, new long[] {steps, 1}).castTo(x.dataType()).divi(steps);
        logitGradient.muliColumnVector(scale);
        return new Gradients(logitGradient.transpose().mmul(x), logitGradient.sum(true, 0));
    }

    private static INDArray observations(LinearSoftmaxPolicy policy, Trajectory trajectory) {
        return Nd4j.create(trajectory.observations(), new long[] {trajectory.length(), trajectory.observationSize()}, 'c')
                .castTo(policy.weights().dataType());
    }

    private double[] advantages(Trajectory trajectory) {
        double[] returns = returns(trajectory.rewards());
        double mean = 0;
        for (double value : returns) {
            mean += value;
        }
        mean /= returns.length;
        for (int t = 0; t < returns.length; t++) {
            returns[t] -= mean;
        }
        return returns;
    }

    private double[] returns(float[] rewards) {
        double[] returns = new double[rewards.length];
        double running = 0;
        for (int t = rewards.length - 1; t >= 0; t--) {
            running = rewards[t] + discount * running;
            returns[t] = running;
        }
        return returns;
    }
}
