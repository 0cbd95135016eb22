package dev.league.agents.learning;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.MultiDiscrete;
import dev.league.agents.nn.Adam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Actor-critic learner for an {@link ActorNetwork} (policy and value heads), with two objectives:
 *
 * <ul>
 *   <li>{@link Objective#IMPALA}: L_π = −ρ^pg_t Â_t log π(a_t|x_t) (Espeholt et al. 2018, eq. 2);
 *   <li>{@link Objective#PPO_CLIP} (APPO): L_π = −min(r_t Â_t, clip(r_t, 1/(1+ε), 1+ε) Â_t), with
 *       r_t = π/μ (Schulman et al. 2017, eq. 7; Sample Factory's symmetric-in-log clip),
 * </ul>
 *
 * and advantages Â / value targets from {@link Advantages#VTRACE} (off-policy correction; Â_t =
 * r_t + γ_t v_{t+1} − V(x_t)) or {@link Advantages#GAE} (on-policy data). The loss per sample is
 * L_π + c_v · ½(V(x_t) − target_t)² − c_e · H(π(·|x_t)), averaged over all T·R samples of the
 * update; targets and advantages are constants (computed from the same pass, no gradient), the
 * advantages optionally scaled to mean 0 and deviation 1 over the update's samples. One
 * Adam step with global-norm clipping follows. Recurrent actors are trained by backpropagation
 * through the T steps, with the state reset after {@code done}.
 */
public final class ActorCriticLearner {

    public enum Objective { IMPALA, PPO_CLIP }

    public enum Advantages { VTRACE, GAE }

    /** Diagnostics of one update (means over samples). */
    public record Statistics(double loss, double policyLoss, double valueLoss, double entropy, double gradientNorm,
            double clipFraction, long optimizerSteps) {}

    private final ActorNetwork network;
    private final Objective objective;
    private final Advantages estimator;
    private final Adam optimizer;
    private final boolean normalizeAdvantages;
    private LearnerHyperparameters hyperparameters;

    public ActorCriticLearner(ActorNetwork network, LearnerHyperparameters hyperparameters, Objective objective,
            Advantages estimator) {
        this(network, hyperparameters, objective, estimator, false);
    }

    /**
     * @param normalizeAdvantages scale each update's advantages to mean 0 and standard deviation 1
     *     (Sample Factory's, CleanRL's and Stable-Baselines3's default for PPO): the policy gradient's
     *     size then no longer follows the reward scale
     */
    public ActorCriticLearner(ActorNetwork network, LearnerHyperparameters hyperparameters, Objective objective,
            Advantages estimator, boolean normalizeAdvantages) {
        this.network = network;
        this.objective = objective;
        this.estimator = estimator;
        this.normalizeAdvantages = normalizeAdvantages;
        this.optimizer = new Adam(network.parameters());
        setHyperparameters(hyperparameters);
    }

    public ActorNetwork network() {
        return network;
    }

    /** The optimizer, whose state the codec saves alongside the parameters. */
    public Adam optimizer() {
        return optimizer;
    }

    public LearnerHyperparameters hyperparameters() {
        return hyperparameters;
    }

    /** Takes effect at the next update; Adam's moments and step count are kept. */
    public void setHyperparameters(LearnerHyperparameters replacement) {
        if (replacement == null) {
            throw new IllegalArgumentException("learner.hyperparameters is required");
        }
        this.hyperparameters = replacement;
    }

    /** One gradient step on all the batches together. */
    public Statistics update(List<RolloutBatch> batches) {
        network.parameters().zeroGradients();
        Evaluation evaluation = evaluate(batches, null, true);
        double norm = optimizer.step(hyperparameters.learningRate(), hyperparameters.maxGradNorm());
        return new Statistics(evaluation.loss, evaluation.policyLoss, evaluation.valueLoss, evaluation.entropy, norm,
                evaluation.clipFraction, optimizer.steps());
    }

    /** Per-batch constants of the loss: advantages, value targets, IMPALA's ρ^pg. Each [T, R]. */
    record Targets(double[] advantages, double[] valueTargets, double[] weights) {}

    /** The loss and its parts for fixed targets (computed from the current values when {@code targets} is null). */
    static final class Evaluation {
        double loss;
        double policyLoss;
        double valueLoss;
        double entropy;
        double clipFraction;
        List<Targets> targets = new ArrayList<>();
    }

    /** Forward passes for one batch: per step for a recurrent actor, one pass over all T + 1 steps otherwise. */
    private List<ActorNetwork.Pass> passes(RolloutBatch batch) {
        int rows = batch.rows();
        int steps = batch.steps();
        int d = network.spec().observationSize();
        List<ActorNetwork.Pass> passes = new ArrayList<>();
        if (!network.spec().recurrent()) {
            int[] ids = new int[(steps + 1) * rows];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = batch.agentIds()[i % rows];
            }
            passes.add(network.forward(batch.unitType(), network.input(batch.observations(), ids), null));
            return passes;
        }
        int h = network.spec().hiddenSize();
        if (batch.initialHidden() == null || batch.initialHidden().length != rows * h) {
            throw new IllegalArgumentException("rollout.initialHidden must be [R, H] = " + rows * h + " floats for a recurrent actor");
        }
        INDArray hidden = Nd4j.create(batch.initialHidden(), new long[] {rows, h}, 'c').castTo(network.parameters().dataType());
        for (int t = 0; t <= steps; t++) {
            float[] observations = new float[rows * d];
            System.arraycopy(batch.observations(), t * rows * d, observations, 0, rows * d);
            ActorNetwork.Pass pass = network.forward(batch.unitType(), network.input(observations, batch.agentIds()), hidden);
            passes.add(pass);
            if (t < steps) {
                hidden = pass.hidden().mul(continuation(batch, t));
            }
        }
        return passes;
    }

    /** [R, 1] of (1 − done_t). */
    private INDArray continuation(RolloutBatch batch, int t) {
        int rows = batch.rows();
        double[] keep = new double[rows];
        for (int r = 0; r < rows; r++) {
            keep[r] = batch.dones()[t * rows + r] ? 0 : 1;
        }
        return Nd4j.createFromArray(keep).reshape(rows, 1).castTo(network.parameters().dataType());
    }

    /** log π(a_t | x_t) under the current network, [T, R] (for tests and diagnostics). */
    double[] logProbabilities(RolloutBatch batch) {
        List<ActorNetwork.Pass> passes = passes(batch);
        MultiDiscrete space = network.actionSpace(batch.unitType());
        int rows = batch.rows();
        int width = space.logitSize();
        int a = network.spec().actions();
        double[] result = new double[batch.steps() * rows];
        for (int t = 0; t < batch.steps(); t++) {
            double[] logits = passes.size() == 1 ? toDoubles(passes.get(0).logits()) : toDoubles(passes.get(t).logits());
            int base = passes.size() == 1 ? t * rows : 0;
            for (int r = 0; r < rows; r++) {
                int i = t * rows + r;
                result[i] = space.evaluate(logits, (base + r) * width, batch.masks(), i * a, batch.actions()[i], 0, 0, null)
                        .logProbability();
            }
        }
        return result;
    }

    private static double[] toDoubles(INDArray array) {
        return array.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }

    /** One batch after the forward pass: logits [(T+1)·R, W], values [(T+1)·R], per-sample terms [T·R]. */
    private record Forward(List<ActorNetwork.Pass> passes, double[] logits, double[] values, double[] logRhos,
            double[] entropies, double[] logProbabilities) {}

    /**
     * Evaluates the loss over {@code batches}; with {@code gradients}, accumulates dL/dθ into the
     * network's gradients (the caller zeroes them).
     */
    Evaluation evaluate(List<RolloutBatch> batches, List<Targets> fixedTargets, boolean gradients) {
        long samples = 0;
        for (RolloutBatch batch : batches) {
            samples += (long) batch.steps() * batch.rows();
        }
        LearnerHyperparameters hp = hyperparameters;
        Evaluation evaluation = new Evaluation();
        List<Forward> forwards = new ArrayList<>();
        for (int index = 0; index < batches.size(); index++) {
            Forward forward = forward(batches.get(index));
            forwards.add(forward);
            evaluation.targets.add(fixedTargets != null ? fixedTargets.get(index)
                    : targets(batches.get(index), forward.values(), forward.logRhos(), hp));
        }
        if (fixedTargets == null && normalizeAdvantages) {
            evaluation.targets = normalized(evaluation.targets);
        }
        for (int index = 0; index < batches.size(); index++) {
            RolloutBatch batch = batches.get(index);
            Forward forward = forwards.get(index);
            Targets targets = evaluation.targets.get(index);
            int n = batch.steps() * batch.rows();
            int a = network.spec().actions();
            MultiDiscrete space = network.actionSpace(batch.unitType());
            int width = space.logitSize();
            double[] logits = forward.logits();
            double[] values = forward.values();
            double[] logitGradients = gradients ? new double[logits.length] : null;
            double[] valueGradients = gradients ? new double[values.length] : null;
            double lower = 1 / (1 + hp.clipRatio());
            double upper = 1 + hp.clipRatio();
            for (int i = 0; i < n; i++) {
                double advantage = targets.advantages()[i];
                double policyLoss;
                double dLogProbability;
                if (objective == Objective.IMPALA) {
                    policyLoss = -targets.weights()[i] * advantage * forward.logProbabilities()[i];
                    dLogProbability = -targets.weights()[i] * advantage;
                } else {
                    double ratio = Math.exp(forward.logRhos()[i]);
                    double clipped = Math.min(upper, Math.max(lower, ratio));
                    double unclippedTerm = ratio * advantage;
                    double clippedTerm = clipped * advantage;
                    policyLoss = -Math.min(unclippedTerm, clippedTerm);
                    boolean active = unclippedTerm <= clippedTerm || ratio >= lower && ratio <= upper;
                    dLogProbability = active ? -advantage * ratio : 0;
                    evaluation.clipFraction += ratio < lower || ratio > upper ? 1.0 / samples : 0;
                }
                double error = values[i] - targets.valueTargets()[i];
                evaluation.policyLoss += policyLoss / samples;
                evaluation.valueLoss += 0.5 * error * error / samples;
                evaluation.entropy += forward.entropies()[i] / samples;
                if (gradients) {
                    space.evaluate(logits, i * width, batch.masks(), i * a, batch.actions()[i], dLogProbability / samples,
                            -hp.entropyCoefficient() / samples, logitGradients);
                    valueGradients[i] = hp.valueCoefficient() * error / samples;
                }
            }
            if (gradients) {
                backward(batch, forward.passes(), logitGradients, valueGradients, width);
            }
        }
        evaluation.loss = evaluation.policyLoss + hp.valueCoefficient() * evaluation.valueLoss
                - hp.entropyCoefficient() * evaluation.entropy;
        return evaluation;
    }

    /** The forward pass of one batch and the per-sample log-probabilities, importance log-ratios and entropies. */
    private Forward forward(RolloutBatch batch) {
        int rows = batch.rows();
        int steps = batch.steps();
        int n = steps * rows;
        int a = network.spec().actions();
        MultiDiscrete space = network.actionSpace(batch.unitType());
        int width = space.logitSize();
        List<ActorNetwork.Pass> passes = passes(batch);
        double[] logits;
        double[] values;
        if (passes.size() == 1) {
            logits = toDoubles(passes.get(0).logits());
            values = toDoubles(passes.get(0).values());
        } else {
            logits = new double[(steps + 1) * rows * width];
            values = new double[(steps + 1) * rows];
            for (int t = 0; t <= steps; t++) {
                System.arraycopy(toDoubles(passes.get(t).logits()), 0, logits, t * rows * width, rows * width);
                System.arraycopy(toDoubles(passes.get(t).values()), 0, values, t * rows, rows);
            }
        }
        double[] logRhos = new double[n];
        double[] entropies = new double[n];
        double[] logProbabilities = new double[n];
        for (int i = 0; i < n; i++) {
            MultiDiscrete.Evaluation e = space.evaluate(logits, i * width, batch.masks(), i * a, batch.actions()[i], 0, 0, null);
            logProbabilities[i] = e.logProbability();
            entropies[i] = e.entropy();
            logRhos[i] = e.logProbability() - batch.behaviourLogProbabilities()[i];
        }
        return new Forward(passes, logits, values, logRhos, entropies, logProbabilities);
    }

    /** The same targets with the advantages scaled to mean 0 and standard deviation 1 over all batches. */
    static List<Targets> normalized(List<Targets> targets) {
        double[] all = targets.stream().flatMapToDouble(t -> Arrays.stream(t.advantages())).toArray();
        double[] scaled = AdvantageNormalization.normalized(all);
        List<Targets> result = new ArrayList<>();
        int offset = 0;
        for (Targets t : targets) {
            int n = t.advantages().length;
            result.add(new Targets(Arrays.copyOfRange(scaled, offset, offset + n), t.valueTargets(), t.weights()));
            offset += n;
        }
        return result;
    }

    private Targets targets(RolloutBatch batch, double[] values, double[] logRhos, LearnerHyperparameters hp) {
        int rows = batch.rows();
        int n = batch.steps() * rows;
        double[] discounts = new double[n];
        double[] rewards = new double[n];
        double[] stepValues = new double[n];
        double[] bootstrap = new double[rows];
        for (int i = 0; i < n; i++) {
            discounts[i] = batch.dones()[i] ? 0 : hp.discount();
            rewards[i] = batch.rewards()[i];
            stepValues[i] = values[i];
        }
        System.arraycopy(values, n, bootstrap, 0, rows);
        if (estimator == Advantages.VTRACE) {
            VTrace.Returns returns = VTrace.compute(logRhos, discounts, rewards, stepValues, bootstrap, hp.rhoBar(), hp.cBar());
            return new Targets(returns.advantages(), returns.valueTargets(), returns.policyGradientWeights());
        }
        Gae.Returns returns = Gae.compute(discounts, rewards, stepValues, bootstrap, hp.gaeLambda());
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        return new Targets(returns.advantages(), returns.valueTargets(), ones);
    }

    private void backward(RolloutBatch batch, List<ActorNetwork.Pass> passes, double[] logitGradients, double[] valueGradients,
            int width) {
        int rows = batch.rows();
        int steps = batch.steps();
        DataType type = network.parameters().dataType();
        if (passes.size() == 1) {
            int total = (steps + 1) * rows;
            network.backward(passes.get(0), Nd4j.createFromArray(logitGradients).reshape(total, width).castTo(type),
                    Nd4j.createFromArray(valueGradients).reshape(total, 1).castTo(type), null);
            return;
        }
        INDArray hiddenGradient = null;
        for (int t = steps - 1; t >= 0; t--) {
            double[] stepLogits = new double[rows * width];
            double[] stepValues = new double[rows];
            System.arraycopy(logitGradients, t * rows * width, stepLogits, 0, rows * width);
            System.arraycopy(valueGradients, t * rows, stepValues, 0, rows);
            INDArray input = network.backward(passes.get(t), Nd4j.createFromArray(stepLogits).reshape(rows, width).castTo(type),
                    Nd4j.createFromArray(stepValues).reshape(rows, 1).castTo(type), hiddenGradient);
            hiddenGradient = t > 0 ? input.mul(continuation(batch, t - 1)) : null;
        }
    }
}
