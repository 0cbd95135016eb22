package dev.league.agents.learning;

import dev.league.agents.actor.ActorNetwork;
import dev.league.agents.actor.MultiDiscrete;
import dev.league.agents.critic.CounterfactualBaseline;
import dev.league.agents.critic.CriticBatch;
import dev.league.agents.critic.MaacCritic;
import dev.league.agents.nn.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Actor-Attention-Critic (Iqbal &amp; Sha, ICML 2019, Sec. 3.2-3.3; the authors'
 * {@code AttentionSAC}): a soft actor-critic with the attention critic shared by all agents and
 * decentralized actors. One {@link #update} on a minibatch of transitions:
 *
 * <ol>
 *   <li>critic: y_i = r_i + γ(1 − done) Q̄_i(o', a') − α log π̄(a'_i | o'_i) with a' ~ π̄ (target
 *       actors) and Q̄ the target critic (eq. 4); loss Σ_i mean (Q_i(o, a) − y_i)² + attention
 *       regularizer; Adam, clip 10·N;
 *   <li>actors: a ~ π, A_i = Q_i(o, a) − Σ_{a'} π_i(a'|o_i) Q_i(o, (a', a_−i)) (eq. 8); loss
 *       Σ_i mean log π_i(a_i) · (α log π_i(a_i) − A_i) [detached] + c · mean(logits_i²); Adam, clip 0.5;
 *   <li>targets: θ̄ ← (1 − τ) θ̄ + τ θ for the critic and the actors.
 * </ol>
 *
 * α = 1 / rewardScale. Differences from the reference: actors of one unit type share a network
 * (with the agent-id input) and are clipped together; no input BatchNorm; no Adam weight decay.
 */
public final class MaacLearner {

    /** Diagnostics of one update. */
    public record Statistics(double criticLoss, double policyLoss, double meanAdvantage, double meanLogProbability,
            double criticGradientNorm, double policyGradientNorm) {}

    private final MaacCritic critic;
    private final MaacCritic targetCritic;
    private final ActorNetwork actor;
    private final ActorNetwork targetActor;
    private final Adam criticOptimizer;
    private final Adam actorOptimizer;
    private final RandomGenerator random;
    private MaacHyperparameters hyperparameters;

    /** Targets start as copies of {@code critic} and {@code actor}; {@code random} draws the sampled actions. */
    public MaacLearner(MaacCritic critic, ActorNetwork actor, MaacHyperparameters hyperparameters, RandomGenerator random) {
        if (critic.spec().agents() != actor.spec().agents()) {
            throw new IllegalArgumentException("critic has " + critic.spec().agents() + " agents, actor " + actor.spec().agents());
        }
        for (int i = 0; i < actor.spec().agents(); i++) {
            if (critic.spec().actionCounts().get(i) != actor.spec().actions()
                    || critic.spec().observationSizes().get(i) != actor.spec().observationSize()) {
                throw new IllegalArgumentException("critic agent " + i + " must see D = " + actor.spec().observationSize() + " and A = "
                        + actor.spec().actions() + " like the actor");
            }
        }
        this.critic = critic;
        this.targetCritic = critic.copy();
        this.actor = actor;
        this.targetActor = ActorNetwork.of(actor.spec(), actor.parameters().copy());
        this.criticOptimizer = new Adam(critic.parameters());
        this.actorOptimizer = new Adam(actor.parameters());
        this.random = random;
        setHyperparameters(hyperparameters);
    }

    public void setHyperparameters(MaacHyperparameters replacement) {
        if (replacement == null) {
            throw new IllegalArgumentException("maac.hyperparameters is required");
        }
        this.hyperparameters = replacement;
    }

    public MaacHyperparameters hyperparameters() {
        return hyperparameters;
    }

    public MaacCritic critic() {
        return critic;
    }

    public MaacCritic targetCritic() {
        return targetCritic;
    }

    public ActorNetwork actor() {
        return actor;
    }

    public ActorNetwork targetActor() {
        return targetActor;
    }

    public Adam criticOptimizer() {
        return criticOptimizer;
    }

    public Adam actorOptimizer() {
        return actorOptimizer;
    }

    public Statistics update(Transitions batch) {
        MaacHyperparameters hp = hyperparameters;
        int b = batch.size();
        int n = batch.agents();
        int d = actor.spec().observationSize();
        DataType type = critic.parameters().dataType();
        double alpha = 1 / hp.rewardScale();

        ActorNetwork.Acting next = targetActor.act(batch.nextObservations(), batch.nextMasks(), b, null, random);
        List<INDArray> nextQ = targetCritic.qValues(CriticBatch.fromJoint(batch.nextObservations(), b, n, d, next.actions(), type));
        double[] targets = new double[b * n];
        for (int row = 0; row < b; row++) {
            double continuation = batch.dones()[row] ? 0 : hp.discount();
            for (int i = 0; i < n; i++) {
                int k = row * n + i;
                targets[k] = batch.rewards()[k] + continuation * nextQ.get(i).getDouble(row, next.actions()[k])
                        - alpha * next.logProbabilities()[k];
            }
        }
        MaacCritic.CriticLoss criticLoss = critic.computeGradients(
                CriticBatch.fromJoint(batch.observations(), b, n, d, batch.actions(), type),
                Nd4j.createFromArray(targets).reshape(b, n).castTo(type));
        double criticNorm = criticOptimizer.step(hp.criticLearningRate(), hp.criticMaxGradNormPerAgent() * n);

        ActorNetwork.Acting current = actor.act(batch.observations(), batch.masks(), b, null, random);
        List<INDArray> q = critic.qValues(CriticBatch.fromJoint(batch.observations(), b, n, d, current.actions(), type));
        actor.parameters().zeroGradients();
        PolicyEvaluation policy = policyLoss(batch.observations(), batch.masks(), b, current.actions(), q, null, true);
        double policyNorm = actorOptimizer.step(hp.policyLearningRate(), hp.policyMaxGradNorm());

        targetCritic.softUpdateFrom(critic, hp.tau());
        targetActor.parameters().softUpdateFrom(actor.parameters(), hp.tau());
        return new Statistics(criticLoss.total(), policy.loss, policy.meanAdvantage, policy.meanLogProbability, criticNorm, policyNorm);
    }

    /** The policy loss, the detached weights α log π − A it used ([B, N]) and summaries. */
    static final class PolicyEvaluation {
        double loss;
        double meanAdvantage;
        double meanLogProbability;
        double[] weights;
    }

    /**
     * Policy loss for actions {@code actions} [B, N] given Q for every action of every agent; with
     * {@code fixedWeights} null the weights come from the current policy and critic, else they are
     * taken as given. With {@code gradients}, accumulates dL/dθ into the actor's gradients.
     */
    PolicyEvaluation policyLoss(float[] observations, boolean[] masks, int batch, int[] actions, List<INDArray> qValues,
            double[] fixedWeights, boolean gradients) {
        int n = actor.spec().agents();
        int d = actor.spec().observationSize();
        int a = actor.spec().actions();
        double alpha = 1 / hyperparameters.rewardScale();
        double regularization = hyperparameters.logitRegularization();
        PolicyEvaluation evaluation = new PolicyEvaluation();
        evaluation.weights = fixedWeights != null ? fixedWeights : new double[batch * n];
        double[][] q = new double[n][];  // per agent [B, A]
        for (int i = 0; i < n && fixedWeights == null; i++) {
            q[i] = qValues.get(i).castTo(DataType.DOUBLE).dup('c').data().asDouble();
        }
        double[] policy = new double[a];
        for (int u = 0; u < actor.spec().unitTypes().size(); u++) {
            List<Integer> rows = new ArrayList<>();
            for (int row = 0; row < batch * n; row++) {
                if (actor.spec().agentTypes().get(row % n) == u) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            int r = rows.size();
            float[] rowObservations = new float[r * d];
            int[] ids = new int[r];
            for (int k = 0; k < r; k++) {
                System.arraycopy(observations, rows.get(k) * d, rowObservations, k * d, d);
                ids[k] = rows.get(k) % n;
            }
            ActorNetwork.Pass pass = actor.forward(u, actor.input(rowObservations, ids), null);
            MultiDiscrete space = actor.actionSpace(u);
            int width = space.logitSize();
            double[] logits = pass.logits().castTo(DataType.DOUBLE).dup('c').data().asDouble();
            double[] logitGradients = gradients ? new double[logits.length] : null;
            for (int k = 0; k < r; k++) {
                int row = rows.get(k);
                int agent = row % n;
                int sample = row / n;
                double logProbability = space.evaluate(logits, k * width, masks, row * a, actions[row], 0, 0, null).logProbability();
                if (fixedWeights == null) {
                    space.flatProbabilities(logits, k * width, masks, row * a, policy, 0);
                    double advantage = CounterfactualBaseline.advantage(q[agent], sample * a, policy, a, actions[row]);
                    evaluation.weights[row] = alpha * logProbability - advantage;
                    evaluation.meanAdvantage += advantage / (batch * n);
                }
                evaluation.meanLogProbability += logProbability / (batch * n);
                evaluation.loss += logProbability * evaluation.weights[row] / batch;
                for (int l = 0; l < width; l++) {
                    double logit = logits[k * width + l];
                    evaluation.loss += regularization * logit * logit / (batch * width);
                    if (gradients) {
                        logitGradients[k * width + l] += 2 * regularization * logit / (batch * width);
                    }
                }
                if (gradients) {
                    space.evaluate(logits, k * width, masks, row * a, actions[row], evaluation.weights[row] / batch, 0, logitGradients);
                }
            }
            if (gradients) {
                DataType type = actor.parameters().dataType();
                actor.backward(pass, Nd4j.createFromArray(logitGradients).reshape(r, width).castTo(type), Nd4j.zeros(type, r, 1), null);
            }
        }
        return evaluation;
    }
}
